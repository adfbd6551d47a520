# @file ruff.py
# @path src/mason/checks/parsers/ruff.py
# @version 0.1.0
"""ruff's ``--output-format json`` (check and format --check) as findings."""

from pathlib import PurePath

from mason.checks.parsers.json_input import get_int, get_str, load, objects
from mason.checks.parsers.paths import relative
from mason.domain.finding import Finding
from mason.domain.severity import Severity


def parse_check(text: str, root: PurePath) -> list[Finding]:
    """Return one finding per ruff diagnostic; the rule is ruff's own code (e.g. ``E501``).

    Syntax errors (no code) are left to the design check, which reports each file once.
    """
    findings: list[Finding] = []
    for item in objects(load(text, "ruff check")):
        code = get_str(item, "code")
        if code is None:
            continue
        findings.append(
            Finding(
                rule=code,
                severity=Severity.ERROR,
                path=relative(get_str(item, "filename") or "", root),
                line=get_int(item, "location", "row"),
                column=get_int(item, "location", "column"),
                message=get_str(item, "message") or code,
            )
        )
    return findings


def parse_format(text: str, root: PurePath) -> list[Finding]:
    """Return one ``FMT001`` finding per file ``ruff format --check`` would change."""
    return [
        Finding(
            rule="FMT001",
            severity=Severity.ERROR,
            path=relative(get_str(item, "filename") or "", root),
            line=get_int(item, "location", "row"),
            message="would be reformatted by ruff format",
        )
        for item in objects(load(text, "ruff format"))
        if get_str(item, "code") == "unformatted"
    ]


def parse_format_text(text: str, root: PurePath) -> list[Finding]:
    """Return one ``FMT001`` finding per ``Would reformat: PATH`` line (ruff before 0.13.3).

    Older ruff has no ``--output-format`` for ``ruff format``; its text output has said
    ``Would reformat: PATH`` since the formatter first shipped.
    """
    prefix = "Would reformat: "
    return [
        Finding(
            rule="FMT001",
            severity=Severity.ERROR,
            path=relative(line.removeprefix(prefix).strip(), root),
            line=None,
            message="would be reformatted by ruff format",
        )
        for line in text.splitlines()
        if line.startswith(prefix)
    ]
