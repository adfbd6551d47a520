# @file check.py
# @path src/mason/checks/decorators/check.py
# @version 0.1.0
"""The ``decorators`` check: ParamSpec-preserving signatures and functools.wraps."""

from typing import TYPE_CHECKING

from mason.checks.decorators.judge import check_decorators
from mason.checks.decorators.rules import RULES
from mason.checks.parsed import modules, parsed
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.unit import Unit
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


CHECK = Check(
    name="decorators",
    title="decorators keep the signature (ParamSpec) and the identity (functools.wraps)",
    tools="mason",
    rules=RULES,
    units=(
        Unit(
            name="decorators",
            inputs=Inputs(files=PYTHON),
            run=run_decorators,
            cost=5,
            subjects=PYTHON,
        ),
    ),
)
