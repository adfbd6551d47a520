# @file rules.py
# @path src/mason/checks/lint/rules.py
# @version 0.1.0
"""The lint check reports ruff's rules under ruff's own codes (``E501``, ``UP007``)."""

from mason.domain.rule import Rule
from mason.domain.rule_family import RuleFamily

RUFF = RuleFamily(
    check="lint",
    tool="ruff",
    pattern=r"[A-Z]{1,6}[0-9]{1,4}",
    seed="004 (PY-RUFF), 003",
    help_uri="https://docs.astral.sh/ruff/rules/#{lower}",
    explain="ruff rule {code}",
)

LNT001 = Rule(
    id="LNT001",
    check="lint",
    tool="ruff",
    title="Syntax the project's Python does not have (ruff's invalid-syntax)",
    rationale="Code that uses syntax newer than the oldest Python the project supports (a "
    '`match` statement under `requires-python = ">=3.8"`) breaks on that Python; ruff '
    "checks syntax against the project's target version.",
    seed="004 (PY-RUFF)",
    fix="Raise requires-python (or ruff's target-version), or write the code the older way.",
    help_uri="https://docs.astral.sh/ruff/settings/#target-version",
)
RUFF_SYNTAX = "invalid-syntax"
"""What ruff 0.15 and later call a syntax error; earlier releases gave no code at all."""

RULES = (LNT001,)
