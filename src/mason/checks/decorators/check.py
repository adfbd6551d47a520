# @file check.py
# @path src/mason/checks/decorators/check.py
# @version 0.1.0
"""The ``decorators`` check: ParamSpec-preserving signatures and functools.wraps."""

from typing import TYPE_CHECKING

from mason.checks.decorators.judge import check_decorators
from mason.checks.decorators.rules import RULES
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
    for path in ctx.python_files:
        tree = ctx.tree(path)
        if tree is None or isinstance(tree, SyntaxError):
            continue  # unreadable or broken: the headers and design checks report it
        findings.extend(check_decorators(tree, path))
    count = len(ctx.python_files)
    return UnitOutcome.counted(findings, f"{count} module{'' if count == 1 else 's'}")


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
