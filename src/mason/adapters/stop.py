# @file stop.py
# @path src/mason/adapters/stop.py
# @version 0.1.0
"""Whether mason was asked to stop, and the few steps a stop must not cut in half.

A stop (SIGINT, SIGTERM, SIGHUP: see ``cli/stop_policy.py``) raises ``Interrupted`` in the main
thread wherever it is, so that what is in flight unwinds through its rollbacks. Some steps must
finish once begun, or they would leave what a rollback exists to prevent: removing a temporary
worktree (git would keep it registered), putting a reset repository back, moving a finished
project into place. They run ``shielded()``: a stop that arrives meanwhile is raised when the
step is done. Once a stop is under way, later signals are noted and ignored, so the rollback
itself is never cut short.

What a delivered stop must also do (end the programs mason runs, and what libraries started)
is registered with ``on_delivery`` and runs when the stop is raised: at once, or when the
shielded step that deferred it ends. A shielded step's own programs are not ended under it:
a ``git restore`` cut short would leave the project half put back.
"""

import contextlib
import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass

from mason.domain.interruption import Interrupted


@dataclass
class _State:
    stop: Interrupted | None = None
    delivered: bool = False
    shields: int = 0
    closed: bool = False


_state = _State()
"""One per process: signals are a process's, and so is the stop they ask for."""

_on_delivery: list[Callable[[], None]] = []
"""What runs when a stop is raised (``on_delivery``), in the order registered."""


def on_delivery(action: Callable[[], None]) -> None:
    """Run ``action`` whenever a stop is raised from now on (once per process is enough)."""
    if action not in _on_delivery:
        _on_delivery.append(action)


def _deliver(interruption: Interrupted) -> Interrupted:
    _state.delivered = True
    for action in _on_delivery:
        action()
    return interruption


def requested() -> Interrupted | None:
    """Return the stop that was asked for, if one was."""
    return _state.stop


def request(signal_number: int) -> Interrupted | None:
    """Record a stop; return the exception to raise now (after ``on_delivery``'s actions), or None.

    None when a stop is already under way (this signal is ignored), a shielded step runs (the
    stop is raised when it ends) or the command is over (``close``: the exit code says it).
    Safe in a signal handler: it takes no lock.
    """
    if _state.stop is not None:
        return None
    _state.stop = Interrupted(signal_number)
    if _state.shields or _state.closed:
        return None
    return _deliver(_state.stop)


def forget() -> None:
    """Forget any stop (a command starts; in-process callers such as tests run many)."""
    _state.stop = None
    _state.delivered = False
    _state.shields = 0
    _state.closed = False


def close() -> None:
    """Mark the command over: a stop asked for from now on is recorded, never raised."""
    _state.closed = True


@contextlib.contextmanager
def shielded() -> Generator[None]:
    """Run the block to its end even if a stop arrives; then raise that stop.

    Only the main thread receives signals, so only there does a shield do anything.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _state.shields += 1
    try:
        yield
    finally:
        _state.shields -= 1
    if not _state.shields and _state.stop is not None and not _state.delivered:
        raise _deliver(_state.stop)
