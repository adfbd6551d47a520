# @file run.py
# @path src/mason/checks/format/run.py
# @version 0.1.0
"""The ``format`` check's work; ``check.py`` declares it and loads this when a unit runs."""

from pathlib import PurePath

from mason.checks.format.check import FORMATTED
from mason.checks.format.parse import parse_format, unformattable
from mason.checks.lint.run import focused
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

RUFF_ERRORS = 2
"""ruff format's status when some files could not be parsed; the rest is still reported."""


def run_ruff_format(ctx: UnitContext) -> UnitOutcome:
    """Run ``ruff format --check`` and return one finding per file it would change."""
    paths = focused(ctx, FORMATTED)
    if paths == []:
        return UnitOutcome.counted([], "no files to format")
    output = ctx.tools.ruff_format_check(paths)
    unparsable = unformattable(output.stdout, output.stderr)
    if output.returncode not in {0, 1} and not (output.returncode == RUFF_ERRORS and unparsable):
        return UnitOutcome.crashed("ruff format", output)
    findings = parse_format(output.stdout, PurePath(ctx.facts.root))
    outcome = UnitOutcome.counted(findings, "ruff format")
    if not unparsable:
        return outcome
    files = "file" if unparsable == 1 else "files"
    note = f"; {unparsable} {files} ruff cannot format (the lint check says why)"
    return outcome.model_copy(update={"summary": outcome.summary + note})
