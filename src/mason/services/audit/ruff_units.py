# @file ruff_units.py
# @path src/mason/services/audit/ruff_units.py
# @version 0.1.0
"""The ``lint`` and ``format`` checks: ruff, with the project's configuration, JSON output."""

import re
from pathlib import PurePath

from mason.adapters.process import run
from mason.checks.parsers import ruff
from mason.domain.unit_outcome import UnitOutcome
from mason.services.audit.context import AuditContext
from mason.services.audit.outcomes import counted, crashed
from mason.services.audit.unit import Unit

_CONFIGS = ("pyproject.toml", "ruff.toml", ".ruff.toml")
_FORMAT_JSON_SINCE = (0, 13, 3)
"""The first ruff whose ``ruff format`` takes ``--output-format`` (older ones print text)."""


def _inputs(ctx: AuditContext) -> list[str]:
    return [
        *ctx.python_files,
        *(path for path in ctx.files if path.endswith(".ipynb")),
        *ctx.existing(*_CONFIGS),
    ]


def _ruff(ctx: AuditContext, *args: str, json: bool = True) -> list[str]:
    program, _ = ctx.env.tool("ruff")
    excludes = [f"--extend-exclude={pattern}" for pattern in ctx.config.exclude]
    output = ["--output-format", "json"] if json else []
    return [str(program), *args, *output, *excludes, "."]


def _formats_json(ctx: AuditContext) -> bool:
    """Return whether the project's ruff can report ``ruff format`` findings as JSON."""
    installed = ctx.env.versions().get("ruff")
    if installed is None:
        return True  # mason's own ruff, which is new enough
    parts = tuple(int(part) for part in re.findall(r"\d+", installed)[:3])
    return parts >= _FORMAT_JSON_SINCE


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
    json = _formats_json(ctx)
    command = _ruff(ctx, "format", "--check", json=json)
    completed = run(command, cwd=ctx.root, timeout=ctx.config.timeout)
    if completed.returncode not in {0, 1}:
        return crashed("ruff format", completed)
    parse = ruff.parse_format if json else ruff.parse_format_text
    return counted(parse(completed.stdout, PurePath(ctx.root)), "ruff format")


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
