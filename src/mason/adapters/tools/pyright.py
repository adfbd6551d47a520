# @file pyright.py
# @path src/mason/adapters/tools/pyright.py
# @version 0.1.0
"""pyright, with its JSON report on stdout."""

from collections.abc import Sequence
from pathlib import Path

from mason.adapters.process import run
from mason.domain.tool_output import ToolOutput


def check(  # noqa: PLR0913 - what to check, where, and how
    program: Path,
    root: Path,
    files: Sequence[str] = (),
    *,
    python: Path | None,
    timeout: float,
    threads: int = 1,
) -> ToolOutput:
    """Run pyright on the project at ``root`` (on ``files`` only, when given).

    ``python`` points mason's own pyright at the project's interpreter; ``None`` when the
    project's own pyright runs. ``threads`` above 1 checks files in that many threads.
    """
    interpreter = ["--pythonpath", str(python)] if python else []
    parallel = ["--threads", str(threads)] if threads > 1 else []
    argv = [str(program), "--outputjson", *interpreter, *parallel, *files]
    return run(argv, cwd=root, timeout=timeout)
