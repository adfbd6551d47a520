# @file check.py
# @path src/mason/checks/lint/check.py
# @version 0.1.0
"""The ``lint`` check: one ruff run over the project, its diagnostics as findings."""

from pathlib import PurePath

from mason.checks.lint.parse import parse_check
from mason.checks.lint.rules import RUFF, RULES
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

RUFF_CONFIGS = ("pyproject.toml", "ruff.toml", ".ruff.toml")
"""Every file ruff reads its configuration from (at any depth: ruff's config is hierarchical)."""


def run_ruff_check(ctx: UnitContext) -> UnitOutcome:
    """Run ``ruff check`` and return one finding per diagnostic."""
    output = ctx.tools.ruff_check()
    if output.returncode not in {0, 1}:
        return UnitOutcome.crashed("ruff check", output)
    return UnitOutcome.counted(parse_check(output.stdout, PurePath(ctx.facts.root)), "ruff check")


CHECK = Check(
    name="lint",
    title="ruff's lint rules, with the project's configuration",
    tools="ruff",
    rules=RULES,
    families=(RUFF,),
    units=(
        Unit(
            name="ruff",
            inputs=Inputs(
                files=(*PYTHON, "*.ipynb", *RUFF_CONFIGS), config=("exclude",), tools=("ruff",)
            ),
            run=run_ruff_check,
            cost=10,
        ),
    ),
)
