# @file run.py
# @path src/mason/checks/lint/run.py
# @version 0.1.0
"""The ``lint`` check's work; ``check.py`` declares it and loads this when a unit runs."""

from pathlib import PurePath

from mason.checks.lint.check import LINTED
from mason.checks.lint.parse import parse_check
from mason.domain.patterns import matches
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome


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
