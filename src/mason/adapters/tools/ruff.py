# @file ruff.py
# @path src/mason/adapters/tools/ruff.py
# @version 0.1.0
"""ruff: ``ruff check`` and ``ruff format --check`` with JSON output, and ruff's rule list.

``ruff format`` learned ``--output-format`` late; when the installed ruff rejects the option,
the check runs again without it and the text it prints is parsed instead, so every ruff a
project may pin gives a verdict.
"""

from collections.abc import Sequence
from pathlib import Path

from mason.adapters.process import run
from mason.domain.tool_output import ToolOutput

RULES_TIMEOUT = 30
_USAGE_ERROR = 2


def _command(program: Path, subcommand: Sequence[str], excludes: Sequence[str]) -> list[str]:
    return [str(program), *subcommand, *(f"--extend-exclude={pattern}" for pattern in excludes)]


def _targets(paths: Sequence[str] | None) -> list[str]:
    """Return what ruff checks: the project (``.``), or the files named (excludes still apply)."""
    if paths is None:
        return ["."]
    return ["--force-exclude", "--", *paths]


def check(
    program: Path,
    root: Path,
    excludes: Sequence[str],
    paths: Sequence[str] | None = None,
    *,
    timeout: float,
) -> ToolOutput:
    """Run ``ruff check`` on ``root`` (or ``paths`` in it) with JSON output, fixing nothing."""
    argv = [*_command(program, ("check", "--no-fix"), excludes), "--output-format", "json"]
    return run([*argv, *_targets(paths)], cwd=root, timeout=timeout)


def format_check(
    program: Path,
    root: Path,
    excludes: Sequence[str],
    paths: Sequence[str] | None = None,
    *,
    timeout: float,
) -> ToolOutput:
    """Run ``ruff format --check``: JSON output where this ruff has it, else its text form."""
    base = _command(program, ("format", "--check"), excludes)
    targets = _targets(paths)
    output = run([*base, "--output-format", "json", *targets], cwd=root, timeout=timeout)
    if output.returncode == _USAGE_ERROR and "--output-format" in output.stderr:
        return run([*base, *targets], cwd=root, timeout=timeout)
    return output


def rule_list(program: Path) -> ToolOutput:
    """Return ``ruff rule --all`` as JSON: every rule this ruff knows."""
    argv = [str(program), "rule", "--all", "--output-format", "json"]
    return run(argv, cwd=Path.cwd(), timeout=RULES_TIMEOUT)
