# @file api_usage.py
# @path tests/api_typing/api_usage.py
# @version 0.1.0
"""``mason.api`` as users write it, for mypy --strict and pyright strict to check.

stamina's idea: a signature that loses its types breaks this file's type check, not a user.
A test imports it and calls each function once, so it cannot rot either.
"""

from pathlib import Path

from mason import api


def gate(path: Path) -> int:
    """Audit ``path`` and return the exit code the command would return."""
    report: api.AuditReport = api.audit(path, checks=["lint"], skip=(), jobs=2, cache=False)
    failing: list[api.Finding] = [f for check in report.checks for f in check.findings]
    statuses: list[api.CheckStatus] = [check.status for check in report.checks]
    return int(report.exit_code) if failing or statuses else 0


def describe(rule_id: str) -> str:
    """Return a rule's title and the checks mason knows."""
    rule: api.Rule = api.explain(rule_id)
    names = [check.name for check in api.checks()]
    return f"{rule.title} ({rule.severity}) of {len(names)} checks"


def my_check() -> api.Check:
    """Return a plugin check, typed the way a plugin author writes one."""
    rule = api.Rule(id="MY001", check="mine", title="t", rationale="r", seed="s", fix="f")

    def run(ctx: api.UnitContext) -> api.UnitOutcome:
        found = [rule.finding("m", path=path, line=1) for path in ctx.python_files]
        return api.UnitOutcome.counted(found, "mine")

    unit = api.Unit(name="scan", inputs=api.Inputs(files=api.PYTHON), run=run, cost=2)
    return api.Check(name="mine", title="mine", tools="mason", rules=(rule,), units=(unit,))


def upgrade(path: Path) -> bool:
    """Return whether the project at ``path`` is on the newest template."""
    result: api.UpgradeResult = api.upgrade(path, pretend=True)
    return result.up_to_date and not result.conflicts
