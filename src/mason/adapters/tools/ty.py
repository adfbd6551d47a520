# @file ty.py
# @path src/mason/adapters/tools/ty.py
# @version 0.1.0
"""ty, with its diagnostics as GitLab Code Quality JSON on stdout."""

from collections.abc import Sequence
from pathlib import Path

from mason.adapters.process import run
from mason.domain.tool_output import ToolOutput


def check(
    program: Path, root: Path, files: Sequence[str] = (), *, python: Path, timeout: float
) -> ToolOutput:
    """Run ``ty check`` on the project at ``root`` (on ``files`` only, when given).

    ``python`` is the project's interpreter, so ty resolves the project's dependencies whether
    the project's own ty runs or mason's.
    """
    argv = [
        str(program), "check", "--output-format", "gitlab", "--no-progress",
        "--python", str(python), *files,
    ]  # fmt: skip
    return run(argv, cwd=root, timeout=timeout)
