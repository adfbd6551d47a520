# @file descendants.py
# @path src/mason/adapters/descendants.py
# @version 0.1.0
"""The processes below mason that it did not start itself, ended when mason is asked to stop.

mason's own programs run in process groups it knows (``adapters/process.py``). Libraries start
processes too: copier runs a template's tasks with ``subprocess.run(..., shell=True)`` in
mason's own process group, and on a stop it kills the shell but not what the shell started (a
``sleep``, a ``uv sync``), which then outlives mason and holds its output open. So when a stop
is delivered, every process below mason's gets SIGTERM: found through ``/proc`` where there is
one, through ``ps`` elsewhere. mason itself, its parent and its process group are never
signalled.
"""

import contextlib
import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

_PROC = Path("/proc")


def parents_from_proc() -> Iterator[tuple[int, int]]:
    """Yield ``(pid, parent pid)`` of every process, read from Linux's ``/proc``."""
    for entry in _PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue  # the process ended while the table was read
        # pid (comm) state ppid ...: comm may hold spaces and parentheses, so split at the last
        fields = stat.rsplit(")", 1)[-1].split()
        if len(fields) > 1 and fields[1].isdigit():
            yield int(entry.name), int(fields[1])


def parents_from_ps() -> Iterator[tuple[int, int]]:
    """Yield ``(pid, parent pid)`` of every process, as POSIX ``ps`` lists them."""
    try:
        listed = subprocess.run(
            ["ps", "-A", "-o", "pid=", "-o", "ppid="],  # noqa: S607 - POSIX ps, where no /proc
            capture_output=True, text=True, check=False, timeout=5,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return
    for line in listed.stdout.splitlines():
        match line.split():
            case [pid, parent] if pid.isdigit() and parent.isdigit():
                yield int(pid), int(parent)
            case _:
                continue


def descendants(root: int) -> list[int]:
    """Return every process below ``root`` (children first, then theirs)."""
    children: dict[int, list[int]] = {}
    pairs = parents_from_proc() if (_PROC / "self").is_dir() else parents_from_ps()
    for pid, parent in pairs:
        children.setdefault(parent, []).append(pid)
    found: list[int] = []
    waiting = list(children.get(root, ()))
    while waiting:
        pid = waiting.pop(0)
        found.append(pid)
        waiting.extend(children.get(pid, ()))
    return found


def end_descendants(signal_number: int = signal.SIGTERM) -> int:
    """Send ``signal_number`` to every process below mason; return how many were signalled."""
    sent = 0
    for pid in descendants(os.getpid()):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal_number)
            sent += 1
    return sent
