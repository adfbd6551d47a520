# @file check.py
# @path src/mason/checks/coverage/check.py
# @version 0.1.0
"""The ``coverage`` check: the project's tests under coverage, in the project's environment.

pytest runs once under coverage (the adapter keeps its data in a scratch directory, so an
audit leaves no ``.coverage`` behind); the totals are coverage's own, so they equal
``coverage report``. A coverage file the user already has can be read instead.

The run keeps its data, recorded per test; after a change, only the tests that can reach the
changed files run again, and their data replaces theirs in the kept data (``selection``).
Where a test may run the project in another process (``spawning``), no context records what
it ran, and a change to the project's code runs every test.

This module only declares the check; its work is in ``run.py``, loaded when the unit runs.
"""

from mason.checks.coverage.rules import RULES
from mason.checks.coverage.settings import CoverageConfig
from mason.domain.check import Check
from mason.domain.inputs import EVERY_FILE, PYTHON, Inputs
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

SHARD_TESTS = "shard_tests"
"""A shard's metric: how many tests it ran (the merge needs their data)."""


def run_coverage(ctx: UnitContext) -> UnitOutcome:
    """Run the tests with coverage (or read ``--coverage-file``) and judge the gates."""
    from mason.checks.coverage import run

    return run.run_coverage(ctx)


CHECK = Check(
    name="coverage",
    settings=CoverageConfig,
    title="the tests pass, with coverage at or above the gates",
    tools="pytest, coverage.py",
    rules=RULES,
    units=(
        Unit(
            name="pytest",
            inputs=Inputs(
                files=EVERY_FILE,
                tables=("tool.coverage",),
                facts=("package", "source_root"),
                environment=True,
                options=("coverage_file",),
            ),
            run=run_coverage,
            cost=100,
            subjects=PYTHON,
            reads_imports=True,
            sees="runtime",
            keeps_files=True,
        ),
    ),
)
