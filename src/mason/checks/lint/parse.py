# @file parse.py
# @path src/mason/checks/lint/parse.py
# @version 0.1.0
"""ruff's ``check --output-format json`` as findings, one per diagnostic."""

from pathlib import PurePath

from mason.checks.lint.rules import LNT001, RUFF, RUFF_SYNTAX
from mason.checks.tool_output import get_int, get_str, load, objects, relative
from mason.domain.finding import Finding


def parse_check(text: str, root: PurePath) -> list[Finding]:
    """Return one finding per ruff diagnostic; the rule is ruff's own code (e.g. ``E501``).

    Syntax errors are ``LNT001`` (``invalid-syntax`` in ruff 0.15+, no code before): above all
    syntax the project's target Python lacks, which only ruff knows the target of.
    """
    findings: list[Finding] = []
    for item in objects(load(text, "ruff check")):
        code = get_str(item, "code")
        rule = LNT001 if code in {None, RUFF_SYNTAX} else RUFF.rule(code or "")
        url = get_str(item, "url")
        name = url.rstrip("/").rsplit("/", 1)[-1] if url else None
        findings.append(
            rule.finding(
                get_str(item, "message") or code or RUFF_SYNTAX,
                path=relative(get_str(item, "filename") or "", root),
                line=get_int(item, "location", "row"),
                column=get_int(item, "location", "column"),
                code=name,
            )
        )
    return findings


def parse_rule_codes(text: str) -> frozenset[str]:
    """Return the codes in ``ruff rule --all --output-format json``."""
    return frozenset(
        code for item in objects(load(text, "ruff rule")) if (code := get_str(item, "code"))
    )
