# @file stop_policy.py
# @path src/mason/cli/stop_policy.py
# @version 0.1.0
"""One way to stop, for every command: SIGINT, SIGTERM and SIGHUP all roll back and exit.

While a command runs, each of the three signals raises ``Interrupted`` (a ``KeyboardInterrupt``)
in the main thread and sends SIGTERM to every program group mason started (the threads waiting
on them end them and start no new one) and to every other process below mason (a template
task copier started, and what that started: ``adapters/descendants.py``); during a step that
must finish once begun (``stop.shielded``) all that waits for the step. The command unwinds
through the same rollbacks as a Ctrl-C: staging directories and temporary worktrees are
removed, an upgrade or adoption resets the repository, every temporary folder of the command
goes with its private root, and the exit code is 128 + the signal (130, 143, 129). A second
signal while that runs is ignored, so the rollback is never cut short; SIGKILL still ends mason
at once, and undoes nothing.

``mason`` the program installs the handlers first thing and keeps them until it exits, so a
signal that arrives as it starts or after the command finished still gives the signal's exit
code (the command then did nothing, or everything). In-process callers (typer's test runner)
get them for the command only.

A signal that was ignored when mason started stays ignored, as POSIX programs do: ``nohup
mason ...`` keeps running when the terminal closes, and a background job of a non-interactive
shell is not stopped by the Ctrl-C meant for the foreground.
"""

import contextlib
import signal
import threading
from collections.abc import Callable, Generator
from types import FrameType

from mason.adapters import process, stop
from mason.adapters.descendants import end_descendants
from mason.adapters.staging import private_temp_root
from mason.domain.interruption import STOPPING_SIGNALS

type Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None

_for_the_process: list[bool] = []
"""Non-empty once ``install`` ran for the whole process (``mason`` the program)."""


def _on_signal(signal_number: int, frame: FrameType | None) -> None:
    del frame
    interruption = stop.request(signal_number)
    if interruption is not None:
        raise interruption


def _end_programs() -> None:
    """End mason's programs, and what libraries started (copier's tasks), as a stop is raised."""
    process.stop_all()
    end_descendants()


def install() -> dict[int, Handler]:
    """Handle the stopping signals that are not ignored; return the handlers they replace."""
    stop.on_delivery(_end_programs)
    previous: dict[int, Handler] = {}
    if threading.current_thread() is threading.main_thread():
        for number in STOPPING_SIGNALS:
            if signal.getsignal(number) is not signal.SIG_IGN:
                previous[number] = signal.signal(number, _on_signal)
    return previous


def install_for_the_process() -> None:
    """Handle the stopping signals from now until the process exits (``mason``'s entry point)."""
    stop.forget()
    install()
    _for_the_process.append(True)


@contextlib.contextmanager
def stop_policy() -> Generator[None]:
    """Run a command under the stop policy; ``stop.requested()`` says afterwards if it stopped."""
    stop.forget()
    previous = {} if _for_the_process else install()
    try:
        with private_temp_root():
            try:
                yield
            finally:
                with stop.shielded():
                    process.end_all()
    finally:
        stop.close()
        for restored, handler in previous.items():
            signal.signal(restored, handler)
