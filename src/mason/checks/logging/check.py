# @file check.py
# @path src/mason/checks/logging/check.py
# @version 0.1.0
"""The ``logging`` check: structured log calls, no secrets in them, a JSON set-up.

LOG001 and LOG003 judge files one by one (``subjects``), so ``--files`` and the edit loop
narrow them; LOG002 judges the package as a whole. The package's modules are judged (a
project without a package: its modules outside the tests).

This module only declares the check; its work is in ``run.py``, loaded when a unit runs.
"""

from mason.checks.declared_packages import DEPENDENCY_TABLES
from mason.checks.logging.rules import RULES
from mason.checks.logging.settings import LoggingConfig
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome


def run_json_setup(ctx: UnitContext) -> UnitOutcome:
    """Find the module that sets up JSON logging, where the program must have one."""
    from mason.checks.logging import run

    return run.run_json_setup(ctx)


def run_log_calls(ctx: UnitContext) -> UnitOutcome:
    """Judge every log call of the judged modules (LOG001 where structured, LOG003 always)."""
    from mason.checks.logging import run

    return run.run_log_calls(ctx)


CHECK = Check(
    name="logging",
    title="log calls are constant events with key-value context; the program logs JSON lines",
    tools="mason",
    rules=RULES,
    settings=LoggingConfig,
    units=(
        Unit(
            name="log calls",
            inputs=Inputs(
                files=PYTHON,
                tables=DEPENDENCY_TABLES,
                facts=("package", "source_root", "layout"),
            ),
            run=run_log_calls,
            cost=3,
            subjects=PYTHON,
        ),
        Unit(
            name="json set-up",
            inputs=Inputs(files=PYTHON, listing=True, facts=("package", "source_root", "layout")),
            run=run_json_setup,
            cost=2,
        ),
    ),
)
