# @file stopping.py
# @path tests/stopping.py
# @version 0.1.0
"""Test support for stopping mason with a signal, and for proving it left nothing behind.

``Stopper.start`` runs the installed ``mason`` program the way a CI runner does: in a session
of its own, with the default disposition of SIGINT, SIGTERM and SIGHUP (a background job of a
non-interactive shell starts with SIGINT ignored, and mason keeps ignored signals ignored), a
private ``TMPDIR``, and a marker in its environment that every process it starts inherits.
``survivors`` finds those processes by the marker; the fixture's teardown ends whatever a test
started, so one failing test never leaves work behind for the next.
"""

import contextlib
import os
import signal
import subprocess
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support import MASON

MARKER = "MASON_SIGNAL_TEST"
EXIT_CODES: dict[int, int] = {signal.SIGINT: 130, signal.SIGTERM: 143, signal.SIGHUP: 129}
STOPPING_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


def default_dispositions() -> None:
    """Give a child the default action for every stopping signal (``preexec_fn``).

    A background job of a non-interactive shell starts with SIGINT ignored, and mason keeps a
    signal that was ignored at its start ignored: a test that sends one must undo that first.
    """
    _dispositions(())()


def _dispositions(ignored: tuple[int, ...]) -> Callable[[], None]:
    def apply() -> None:
        for number in STOPPING_SIGNALS:
            signal.signal(number, signal.SIG_IGN if number in ignored else signal.SIG_DFL)

    return apply


def _environ(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return b""


def alive(pid: int) -> bool:
    """Return whether ``pid`` runs (a zombie, ended and not yet reaped, does not)."""
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    try:
        return (
            Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()[0]
            == "Z"
        )
    except (OSError, IndexError):
        return True


def survivors(token: str) -> list[int]:
    """Return the live processes whose environment carries ``token`` (mason's descendants)."""
    needle = f"{MARKER}={token}".encode()
    return [
        int(entry.name)
        for entry in Path("/proc").iterdir()
        if entry.name.isdigit()
        and int(entry.name) != os.getpid()
        and needle in _environ(int(entry.name)).split(b"\0")
        and not _zombie(int(entry.name))
    ]


@dataclass
class Stopper:
    """Starts mason processes to be stopped, and ends everything they started."""

    scratch: Path
    token: str = field(default_factory=lambda: uuid.uuid4().hex)
    started: list[subprocess.Popen[str]] = field(default_factory=list[subprocess.Popen[str]])

    @property
    def tmpdir(self) -> Path:
        """Return the ``TMPDIR`` mason runs with (empty again once it has stopped cleanly)."""
        path = self.scratch / "tmp"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def start(
        self, args: Sequence[str], *, cwd: Path | None = None, ignore: tuple[int, ...] = ()
    ) -> subprocess.Popen[str]:
        """Start ``mason ARGS`` in a session of its own, with default signal dispositions.

        ``ignore`` names signals to start ignored instead (what ``nohup`` does to SIGHUP).
        """
        env = {**os.environ, "NO_COLOR": "1", MARKER: self.token, "TMPDIR": str(self.tmpdir)}
        env.pop("MASON_DEBUG", None)
        process = subprocess.Popen(
            [str(MASON), *args],
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            preexec_fn=_dispositions(ignore),  # noqa: PLW1509 - sets dispositions only
        )
        self.started.append(process)
        return process

    def stop(self, process: subprocess.Popen[str], number: int) -> tuple[int, str]:
        """Send ``number`` to ``process``; return its exit code and stderr once it ended."""
        process.send_signal(number)
        _, stderr = process.communicate(timeout=120)
        return process.returncode, stderr

    def running(self, program: str) -> bool:
        """Return whether a process mason started runs ``program`` (a word of its command)."""
        for pid in survivors(self.token):
            with contextlib.suppress(OSError):
                argv = Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")
                if program in {Path(word).name for word in argv}:
                    return True
        return False

    def left_behind(self) -> list[int]:
        """Return mason's descendants still running, after a moment to finish ending."""
        deadline = time.monotonic() + 10
        while (alive := survivors(self.token)) and time.monotonic() < deadline:
            time.sleep(0.1)
        return alive

    def end_everything(self) -> None:
        """Kill what a test started and everything that carries its marker."""
        for process in self.started:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.communicate(timeout=30)
        for pid in survivors(self.token):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)


def wait_until(condition: Callable[[], bool], process: subprocess.Popen[str], what: str) -> None:
    """Wait (up to two minutes) until ``condition`` holds while ``process`` still runs."""
    deadline = time.monotonic() + 120
    while not condition():
        if process.poll() is not None:
            pytest.fail(f"mason ended before {what}: {process.communicate()}")
        assert time.monotonic() < deadline, f"never saw {what}"
        time.sleep(0.05)
