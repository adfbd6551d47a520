# @file check.py
# @path src/mason/checks/properties/check.py
# @version 0.1.0
"""The ``properties`` check: pure layers have Hypothesis property tests that run enough examples.

PRP001 judges the project as a whole (a layer is covered by some test module, anywhere);
PRP002 judges files one by one, so ``--files`` and the edit loop narrow it.

This module only declares the check; its work is in ``run.py``, loaded when a unit runs.
"""

from mason.checks.declared_packages import DEPENDENCY_TABLES
from mason.checks.properties.rules import RULES
from mason.checks.properties.settings import PropertiesConfig
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome


def run_examples(ctx: UnitContext) -> UnitOutcome:
    """Find settings and profiles that run property tests on fewer examples than the floor."""
    from mason.checks.properties import run

    return run.run_examples(ctx)


def run_property_tests(ctx: UnitContext) -> UnitOutcome:
    """Find the pure layers with code that no test module tests by properties."""
    from mason.checks.properties import run

    return run.run_property_tests(ctx)


CHECK = Check(
    name="properties",
    title="pure layers have Hypothesis property tests, each running at least 100 examples",
    tools="mason",
    rules=RULES,
    settings=PropertiesConfig,
    units=(
        Unit(
            name="property tests",
            inputs=Inputs(
                files=PYTHON,
                tables=DEPENDENCY_TABLES,
                facts=("package", "source_root", "layers", "layout", "pure_layers"),
            ),
            run=run_property_tests,
            cost=3,
        ),
        Unit(
            name="examples",
            inputs=Inputs(files=PYTHON),
            run=run_examples,
            cost=2,
            subjects=PYTHON,
        ),
    ),
)
