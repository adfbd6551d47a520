# @file run.py
# @path src/mason/checks/decorators/run.py
# @version 0.1.0
"""The ``decorators`` check's work; ``check.py`` declares it and loads this when a unit runs."""

from typing import TYPE_CHECKING

from mason.checks.decorators.judge import check_decorators
from mason.checks.parsed import modules, parsed
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

if TYPE_CHECKING:
    from mason.domain.finding import Finding


def run_decorators(ctx: UnitContext) -> UnitOutcome:
    """Judge every Python file's functions."""
    findings: list[Finding] = []
    for path, tree in parsed(ctx, ctx.python_files):
        findings.extend(check_decorators(tree, path))
    return UnitOutcome.counted(findings, modules(len(ctx.python_files)))
