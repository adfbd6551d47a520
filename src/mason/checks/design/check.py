# @file check.py
# @path src/mason/checks/design/check.py
# @version 0.1.0
"""The ``design`` check: classes per file, Protocol shape, frozen models, module length.

This module only declares the check; its work is in ``run.py``, loaded when a unit runs.
"""

from mason.checks.design.rules import RULES
from mason.checks.design.settings import DesignConfig
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome


def run_design(ctx: UnitContext) -> UnitOutcome:
    """Judge every Python file's classes; a file that does not parse is one finding."""
    from mason.checks.design import run

    return run.run_design(ctx)


CHECK = Check(
    name="design",
    title="one public class per file, Protocol shape, frozen models in value layers, module length",
    tools="mason",
    rules=RULES,
    settings=DesignConfig,
    units=(
        Unit(
            name="design",
            inputs=Inputs(files=PYTHON, facts=("package", "source_root", "pure_layers", "layout")),
            run=run_design,
            cost=5,
            subjects=PYTHON,
        ),
    ),
)
