# @file check.py
# @path src/mason/checks/decorators/check.py
# @version 0.1.0
"""The ``decorators`` check: ParamSpec-preserving signatures and functools.wraps.

This module only declares the check; its work is in ``run.py``, loaded when a unit runs.
"""

from mason.checks.decorators.rules import RULES
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome


def run_decorators(ctx: UnitContext) -> UnitOutcome:
    """Judge every Python file's functions."""
    from mason.checks.decorators import run

    return run.run_decorators(ctx)


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
