# @file mypy.py
# @path src/mason/checks/parsers/mypy.py
# @version 0.1.0
"""mypy's ``--output json`` (one JSON object per line) as findings."""

from pathlib import PurePath

from mason.checks.parsers.json_input import get_int, get_str, load
from mason.checks.parsers.paths import relative
from mason.domain.finding import Finding
from mason.domain.severity import Severity


def parse(text: str, root: PurePath) -> list[Finding]:
    """Return one ``TYP010`` finding per mypy error; notes are folded into their error."""
    findings: list[Finding] = []
    for raw in text.splitlines():
        if not raw.startswith("{"):
            continue
        item = load(raw, "mypy")
        if not isinstance(item, dict):
            continue
        severity = get_str(item, "severity")
        message = get_str(item, "message") or ""
        if severity == "note" and findings:
            previous = findings[-1]
            findings[-1] = previous.model_copy(update={"message": f"{previous.message}; {message}"})
            continue
        if severity != "error":
            continue
        code = get_str(item, "code")
        column = get_int(item, "column")
        findings.append(
            Finding(
                rule="TYP010",
                severity=Severity.ERROR,
                path=relative(get_str(item, "file") or "", root),
                line=get_int(item, "line"),
                column=None if column is None else column + 1,
                message=f"mypy [{code}] {message}" if code else f"mypy: {message}",
            )
        )
    return findings
