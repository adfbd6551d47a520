# @file rules.py
# @path src/mason/checks/lint/rules.py
# @version 0.1.0
"""The lint check reports ruff's rules under ruff's own codes (``E501``, ``UP007``)."""

from mason.domain.rule_family import RuleFamily

RUFF = RuleFamily(
    check="lint",
    tool="ruff",
    pattern=r"[A-Z]{1,6}[0-9]{1,4}",
    seed="004 (PY-RUFF), 003",
    help_uri="https://docs.astral.sh/ruff/rules/#{lower}",
    explain="ruff rule {code}",
)
