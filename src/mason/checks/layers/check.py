# @file check.py
# @path src/mason/checks/layers/check.py
# @version 0.1.0
"""The ``layers`` check: one finding per import that breaks a contract.

Contracts come from ``[tool.importlinter]`` (or ``.importlinter``); a project that declares
none but names its layout in ``[tool.mason]`` is checked against the layout's contracts.

This module only declares the check; its work is in ``run.py``, loaded when a unit runs.
"""

from mason.checks.layers.contracts import LEGACY_CONFIG
from mason.checks.layers.rules import RULES
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome


def run_layers(ctx: UnitContext) -> UnitOutcome:
    """Check the contracts; one finding per illegal import."""
    from mason.checks.layers import run

    return run.run_layers(ctx)


CHECK = Check(
    name="layers",
    title="import-linter layer contracts, declared or derived from the layout",
    tools="import-linter",
    rules=RULES,
    units=(
        Unit(
            name="import-linter",
            inputs=Inputs(
                files=(*PYTHON, "/pyproject.toml", f"/{LEGACY_CONFIG}", "/setup.cfg"),
                listing=True,
                tables=("tool.importlinter",),
                facts=("package", "source_root", "layers", "layout"),
                tools=("import-linter",),
            ),
            run=run_layers,
            cost=30,
        ),
    ),
)
