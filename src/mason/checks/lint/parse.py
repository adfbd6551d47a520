# @file parse.py
# @path src/mason/checks/lint/parse.py
# @version 0.1.0
"""ruff's ``check --output-format json`` as findings, one per diagnostic."""

from pathlib import PurePath

from mason.checks.lint.rules import RUFF
from mason.checks.tool_output import get_int, get_str, load, objects, relative
from mason.domain.finding import Finding


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
            RUFF.rule(code).finding(
                get_str(item, "message") or code,
                path=relative(get_str(item, "filename") or "", root),
                line=get_int(item, "location", "row"),
                column=get_int(item, "location", "column"),
            )
        )
    return findings


def parse_rule_codes(text: str) -> frozenset[str]:
    """Return the codes in ``ruff rule --all --output-format json``."""
    return frozenset(
        code for item in objects(load(text, "ruff rule")) if (code := get_str(item, "code"))
    )
