# @file check.py
# @path src/mason/checks/lint/check.py
# @version 0.1.0
"""The ``lint`` check: one ruff run over the project, its diagnostics as findings.

This module only declares the check; its work is in ``run.py``, loaded when a unit runs.
"""

from mason.checks.lint.rules import RUFF, RULES
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

RUFF_CONFIGS = ("pyproject.toml", "ruff.toml", ".ruff.toml")
"""Every file ruff reads its configuration from (at any depth: ruff's config is hierarchical)."""

LINTED = (*PYTHON, "*.ipynb")
"""The files ruff check lints."""


def run_ruff_check(ctx: UnitContext) -> UnitOutcome:
    """Run ``ruff check`` and return one finding per diagnostic."""
    from mason.checks.lint import run

    return run.run_ruff_check(ctx)


CHECK = Check(
    name="lint",
    title="ruff's lint rules, with the project's configuration",
    tools="ruff",
    rules=RULES,
    families=(RUFF,),
    units=(
        Unit(
            name="ruff",
            inputs=Inputs(files=(*LINTED, *RUFF_CONFIGS), config=("exclude",), tools=("ruff",)),
            run=run_ruff_check,
            cost=10,
            subjects=LINTED,
        ),
    ),
)
