# @file check.py
# @path src/mason/checks/results/check.py
# @version 0.1.0
"""The ``results`` check: in Result layers, expected failures are values, not exceptions.

Files are judged one by one (``subjects``), so ``--files``, the edit loop and the cache narrow
the check to the files that changed. Only the modules of Result layers are judged; a layout
without Result layers (and a project without a layout) skips the check.

This module only declares the check; its work is in ``run.py``, loaded when a unit runs.
"""

from mason.checks.results.rules import RULES
from mason.checks.results.settings import ResultsConfig
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome


def run_results(ctx: UnitContext) -> UnitOutcome:
    """Judge the modules of the Result layers."""
    from mason.checks.results import run

    return run.run_results(ctx)


CHECK = Check(
    name="results",
    title="expected failures in Result layers are Err values, not exceptions",
    tools="mason",
    rules=RULES,
    settings=ResultsConfig,
    units=(
        Unit(
            name="results",
            inputs=Inputs(files=PYTHON, facts=("package", "source_root", "layout")),
            run=run_results,
            cost=2,
            subjects=PYTHON,
        ),
    ),
)
