# @file check.py
# @path src/mason/checks/lint/check.py
# @version 0.1.0
"""The ``lint`` check: one ruff run over the project, its diagnostics as findings."""

from pathlib import PurePath

from mason.checks.lint.parse import parse_check
from mason.checks.lint.rules import RUFF, RULES
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.patterns import matches
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

RUFF_CONFIGS = ("pyproject.toml", "ruff.toml", ".ruff.toml")
"""Every file ruff reads its configuration from (at any depth: ruff's config is hierarchical)."""
LINTED = (*PYTHON, "*.ipynb")
"""The files ruff check lints."""


def focused(ctx: UnitContext, patterns: tuple[str, ...]) -> list[str] | None:
    """Return the ``--files`` the tool should check (those matching ``patterns``), or ``None``."""
    if ctx.focus is None:
        return None
    return [path for path in ctx.focus if matches(path, patterns)]


def run_ruff_check(ctx: UnitContext) -> UnitOutcome:
    """Run ``ruff check`` and return one finding per diagnostic."""
    paths = focused(ctx, LINTED)
    if paths == []:
        return UnitOutcome.counted([], "no files to lint")
    output = ctx.tools.ruff_check(paths)
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
            inputs=Inputs(files=(*LINTED, *RUFF_CONFIGS), config=("exclude",), tools=("ruff",)),
            run=run_ruff_check,
            cost=10,
            subjects=LINTED,
        ),
    ),
)
