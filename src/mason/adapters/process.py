# @file process.py
# @path src/mason/adapters/process.py
# @version 0.1.0
"""Run external programs: one function, argument lists only, a timeout, typed failures.

A program that is missing or that outlives its timeout raises ``ToolError`` (exit code 3) with
the command and what to do; a program that runs and fails returns its exit status and output,
because for a linter "found problems" is a result, not an error.
"""

import contextlib
import os
import shutil
import signal
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

from mason.domain.errors import ToolError
from mason.domain.tool_output import ToolOutput

GRACE_SECONDS = 2
"""How long a timed-out program's group may take to end after SIGTERM before SIGKILL."""


def find_program(name: str, *, search: Sequence[Path] = ()) -> Path | None:
    """Return the path of ``name``, looking in ``search`` directories first, then on PATH."""
    for directory in search:
        candidate = directory / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(name)
    return Path(found) if found else None


def _end_group(process: subprocess.Popen[str]) -> None:
    """End ``process`` and every process it started: TERM, a grace period, then KILL."""
    for signal_number in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal_number)
        try:
            process.wait(timeout=GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            continue
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)  # the leader is gone; its children may not be
        return


def run(
    argv: Sequence[str | Path],
    *,
    cwd: Path,
    timeout: float,
    env: Mapping[str, str] | None = None,
    stdin: str | None = None,
) -> ToolOutput:
    """Run ``argv`` in ``cwd`` and return its result.

    The program runs in a process group of its own. When it outlives ``timeout``, or mason is
    interrupted (Ctrl-C) or fails while waiting, the whole group is ended: pyright's node, a
    test run's workers and anything else the program started never outlive mason.

    Raises:
        ToolError: the program does not exist or did not finish within ``timeout`` seconds.

    """
    command = tuple(str(part) for part in argv)
    full_env = {**os.environ, **env} if env is not None else None
    try:
        process = subprocess.Popen(
            command,
            cwd=cwd,
            env=full_env,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            start_new_session=True,
        )
    except FileNotFoundError:
        msg = f"{command[0]} is not installed (or not on PATH)"
        raise ToolError(msg, hint=f"install {Path(command[0]).name} and run again") from None
    try:
        stdout, stderr = process.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        _end_group(process)
        process.communicate()
        msg = f"{Path(command[0]).name} did not finish within {timeout:g} s"
        raise ToolError(msg, hint="raise [tool.mason].timeout, or look for a hang") from None
    except BaseException:
        _end_group(process)
        raise
    _end_group(process)  # what the program left running in its group is no result of it
    return ToolOutput(command, process.returncode, stdout, stderr)
