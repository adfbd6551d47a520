# @file process.py
# @path src/mason/adapters/process.py
# @version 0.1.0
"""Run external programs: one function, argument lists only, a timeout, typed failures.

A program that is missing or that outlives its timeout raises ``ToolError`` (exit code 3) with
the command and what to do; a program that runs and fails returns its exit status and output,
because for a linter "found problems" is a result, not an error.

Every program runs in a process group of its own, and every live group is known here, so that
when mason is asked to stop (``adapters/stop.py``) no program it started outlives it: the
signal handler calls ``stop_all`` (SIGTERM to each group at once), the threads waiting on them
end them (SIGKILL after a grace period) and start no new program; the main thread, unwinding,
may still run the programs that roll its work back (``git worktree remove``, ``git reset``).
"""

import contextlib
import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from mason.adapters import stop
from mason.domain.errors import ToolError
from mason.domain.tool_output import ToolOutput

GRACE_SECONDS = 2
"""How long a timed-out program's group may take to end after SIGTERM before SIGKILL."""
POLL_SECONDS = 0.2
"""How often a thread waiting on a program looks whether mason was asked to stop."""

_live: dict[int, "subprocess.Popen[str]"] = {}
"""Every running program mason started, by process id (= its process group id)."""


def stop_all() -> None:
    """Send SIGTERM to every program group mason runs (after a stop was requested).

    Safe to call from a signal handler: it takes no lock. The threads waiting on those programs
    finish ending them (``run``) and start no new one.
    """
    for pid in tuple(_live):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGTERM)


def end_all() -> None:
    """End every program group still running (SIGTERM, a grace period, then SIGKILL)."""
    for process in tuple(_live.values()):
        _end_group(process)
        _live.pop(process.pid, None)


def _refuse_when_stopping() -> None:
    """In a worker thread, after a stop was asked for: raise instead of going on."""
    asked = stop.requested()
    if asked is not None and threading.current_thread() is not threading.main_thread():
        raise asked


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
    _refuse_when_stopping()
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
    _live[process.pid] = process
    try:
        stdout, stderr = _wait(process, stdin, timeout)
    except subprocess.TimeoutExpired:
        _end_group(process)
        process.communicate()
        msg = f"{Path(command[0]).name} did not finish within {timeout:g} s"
        raise ToolError(msg, hint="raise [tool.mason].timeout, or look for a hang") from None
    except BaseException:
        _end_group(process)
        raise
    finally:
        _live.pop(process.pid, None)
    _end_group(process)  # what the program left running in its group is no result of it
    _refuse_when_stopping()  # a program ended by the stop is no result either
    return ToolOutput(command, process.returncode, stdout, stderr)


def _wait(process: subprocess.Popen[str], stdin: str | None, timeout: float) -> tuple[str, str]:
    """Return the program's output; look every ``POLL_SECONDS`` whether mason must stop.

    Raises:
        subprocess.TimeoutExpired: ``timeout`` seconds passed.
        Interrupted: mason was asked to stop (in a worker thread; the main thread gets it from
            the signal handler).

    """
    deadline = time.monotonic() + timeout
    text = stdin  # communicate takes the input once; a later call goes on with what is left
    while True:
        remaining = deadline - time.monotonic()
        try:
            return process.communicate(text, timeout=max(0.0, min(remaining, POLL_SECONDS)))
        except subprocess.TimeoutExpired:
            _refuse_when_stopping()
            if remaining <= POLL_SECONDS:
                raise
        text = None
