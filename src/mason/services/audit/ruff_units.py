# @file ruff_units.py
# @path src/mason/services/audit/ruff_units.py
# @version 0.1.0
"""The ``lint`` and ``format`` checks: ruff, with the project's configuration, JSON output."""

from pathlib import PurePath

from mason.adapters.process import run
from mason.checks.parsers import ruff
from mason.domain.unit_outcome import UnitOutcome
from mason.services.audit.context import AuditContext
from mason.services.audit.outcomes import counted, crashed
from mason.services.audit.unit import Unit

_CONFIGS = ("pyproject.toml", "ruff.toml", ".ruff.toml")


def _inputs(ctx: AuditContext) -> list[str]:
    return [
        *ctx.python_files,
        *(path for path in ctx.files if path.endswith(".ipynb")),
        *ctx.existing(*_CONFIGS),
    ]


def _ruff(ctx: AuditContext, *args: str) -> list[str]:
    program, _ = ctx.env.tool("ruff")
    excludes = [f"--extend-exclude={pattern}" for pattern in ctx.config.exclude]
    return [str(program), *args, "--output-format", "json", *excludes, "."]


def _version(ctx: AuditContext) -> str:
    return ctx.env.versions().get("ruff") or ctx.env.tool("ruff")[0].as_posix()


def run_lint(ctx: AuditContext) -> UnitOutcome:
    """Run ``ruff check`` and return one finding per diagnostic."""
    completed = run(_ruff(ctx, "check", "--no-fix"), cwd=ctx.root, timeout=ctx.config.timeout)
    if completed.returncode not in {0, 1}:
        return crashed("ruff check", completed)
    return counted(ruff.parse_check(completed.stdout, PurePath(ctx.root)), "ruff check")


def run_format(ctx: AuditContext) -> UnitOutcome:
    """Run ``ruff format --check`` and return one finding per file it would change."""
    completed = run(_ruff(ctx, "format", "--check"), cwd=ctx.root, timeout=ctx.config.timeout)
    if completed.returncode not in {0, 1}:
        return crashed("ruff format", completed)
    return counted(ruff.parse_format(completed.stdout, PurePath(ctx.root)), "ruff format")


UNITS = (
    Unit(
        "lint",
        "lint",
        lambda ctx: ctx.key("lint", _inputs(ctx), _version(ctx)),
        run_lint,
    ),
    Unit(
        "format",
        "format",
        lambda ctx: ctx.key("format", _inputs(ctx), _version(ctx)),
        run_format,
    ),
)
