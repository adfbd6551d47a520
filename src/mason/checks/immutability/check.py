# @file check.py
# @path src/mason/checks/immutability/check.py
# @version 0.1.0
"""The ``immutability`` check: module state in pure layers, model fields everywhere.

This module only declares the check; its work is in ``run.py``, loaded when a unit runs.
"""

from mason.checks.immutability.rules import RULES
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome


def run_immutability(ctx: UnitContext) -> UnitOutcome:
    """Judge every Python file's model fields, and the module state of pure layers' files."""
    from mason.checks.immutability import run

    return run.run_immutability(ctx)


CHECK = Check(
    name="immutability",
    title="no mutable state in pure layers, no mutable model defaults or fields",
    tools="mason",
    rules=RULES,
    units=(
        Unit(
            name="immutability",
            inputs=Inputs(files=PYTHON, facts=("package", "source_root", "pure_layers")),
            run=run_immutability,
            cost=5,
            subjects=PYTHON,
        ),
    ),
)
