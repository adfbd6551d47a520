# @file mypy.py
# @path src/mason/adapters/tools/mypy.py
# @version 0.1.0
"""mypy, with JSON lines on stdout, run the way the project would run it."""

from collections.abc import Sequence
from pathlib import Path

from mason.adapters.process import run
from mason.domain.tool_output import ToolOutput


def check(
    program: Path,
    root: Path,
    targets: Sequence[str],
    *,
    python: Path | None,
    timeout: float,
) -> ToolOutput:
    """Run mypy on ``targets`` (or on its configured files).

    ``python`` points mason's own mypy at the project's interpreter, so it sees the project's
    dependencies; ``None`` when the project's own mypy runs.
    """
    interpreter = ["--python-executable", str(python)] if python else []
    argv = [str(program), "--output", "json", *interpreter, *targets]
    return run(argv, cwd=root, timeout=timeout)
