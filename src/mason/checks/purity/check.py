# @file check.py
# @path src/mason/checks/purity/check.py
# @version 0.1.0
"""The ``purity`` check: pure layers do no I/O, read no environment, clock or chance.

Files are judged one by one (``subjects``), so ``--files``, the edit loop and the cache narrow
the check to the files that changed. Only the package's files are judged: a test or a script
does I/O by design.

This module only declares the check; its work is in ``run.py``, loaded when a unit runs.
"""

from mason.checks.purity.rules import RULES
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome


def run_purity(ctx: UnitContext) -> UnitOutcome:
    """Judge the package's Python files: all the code of pure layers, import time elsewhere."""
    from mason.checks.purity import run

    return run.run_purity(ctx)


CHECK = Check(
    name="purity",
    title="pure layers do no I/O and read no environment, clock or chance; no import-time clients",
    tools="mason",
    rules=RULES,
    units=(
        Unit(
            name="purity",
            inputs=Inputs(files=PYTHON, facts=("package", "source_root", "pure_layers")),
            run=run_purity,
            cost=5,
            subjects=PYTHON,
        ),
    ),
)
