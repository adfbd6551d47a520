# @file check.py
# @path src/mason/checks/format/check.py
# @version 0.1.0
"""The ``format`` check: ``ruff format --check``, one finding per file it would change.

This module only declares the check; its work is in ``run.py``, loaded when a unit runs.
"""

from mason.checks.format.rules import RULES
from mason.checks.lint.check import RUFF_CONFIGS
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

MARKDOWN = ("*.md", "*.markdown")
"""ruff format formats the Python code blocks of Markdown files since ruff 0.16."""
FORMATTED = (*PYTHON, "*.ipynb", *MARKDOWN)
"""The files ruff format formats."""


def run_ruff_format(ctx: UnitContext) -> UnitOutcome:
    """Run ``ruff format --check`` and return one finding per file it would change."""
    from mason.checks.format import run

    return run.run_ruff_format(ctx)


CHECK = Check(
    name="format",
    title="every file formatted by ruff format",
    tools="ruff format",
    rules=RULES,
    units=(
        Unit(
            name="ruff format",
            inputs=Inputs(
                files=(*FORMATTED, *RUFF_CONFIGS),
                config=("exclude",),
                tools=("ruff",),
            ),
            run=run_ruff_format,
            cost=10,
            subjects=FORMATTED,
        ),
    ),
)
