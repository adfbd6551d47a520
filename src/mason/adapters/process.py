# @file process.py
# @path src/mason/adapters/process.py
# @version 0.1.0
"""Run external programs: one function, argument lists only, a timeout, typed failures.

A program that is missing or that outlives its timeout raises ``ToolError`` (exit code 3) with
the command and what to do; a program that runs and fails returns its exit status and output,
because for a linter "found problems" is a result, not an error.
"""

import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

from mason.domain.errors import ToolError
from mason.domain.tool_output import ToolOutput


def find_program(name: str, *, search: Sequence[Path] = ()) -> Path | None:
    """Return the path of ``name``, looking in ``search`` directories first, then on PATH."""
    for directory in search:
        candidate = directory / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(name)
    return Path(found) if found else None


def run(
    argv: Sequence[str | Path],
    *,
    cwd: Path,
    timeout: float,
    env: Mapping[str, str] | None = None,
    stdin: str | None = None,
) -> ToolOutput:
    """Run ``argv`` in ``cwd`` and return its result.

    Raises:
        ToolError: the program does not exist or did not finish within ``timeout`` seconds.

    """
    command = tuple(str(part) for part in argv)
    full_env = {**os.environ, **env} if env is not None else None
    try:
        completed = subprocess.run(
            command,
            cwd=cwd,
            env=full_env,
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError:
        msg = f"{command[0]} is not installed (or not on PATH)"
        raise ToolError(msg, hint=f"install {Path(command[0]).name} and run again") from None
    except subprocess.TimeoutExpired:
        msg = f"{Path(command[0]).name} did not finish within {timeout:g} s"
        raise ToolError(msg, hint="raise [tool.mason].timeout, or look for a hang") from None
    return ToolOutput(command, completed.returncode, completed.stdout, completed.stderr)
