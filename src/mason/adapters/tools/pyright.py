# @file pyright.py
# @path src/mason/adapters/tools/pyright.py
# @version 0.1.0
"""pyright, with its JSON report on stdout."""

from collections.abc import Sequence
from pathlib import Path

from mason.adapters.process import run
from mason.domain.tool_output import ToolOutput


def check(
    program: Path,
    root: Path,
    files: Sequence[str] = (),
    *,
    python: Path | None,
    timeout: float,
) -> ToolOutput:
    """Run pyright on the project at ``root`` (on ``files`` only, when given).

    ``python`` points mason's own pyright at the project's interpreter; ``None`` when the
    project's own pyright runs.
    """
    interpreter = ["--pythonpath", str(python)] if python else []
    argv = [str(program), "--outputjson", *interpreter, *files]
    return run(argv, cwd=root, timeout=timeout)
