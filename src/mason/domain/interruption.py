# @file interruption.py
# @path src/mason/domain/interruption.py
# @version 0.1.0
"""Being asked to stop: SIGINT, SIGTERM and SIGHUP mean the same to mason, and end the same way.

Ctrl-C sends SIGINT, a cancelled CI job SIGTERM, a closed terminal SIGHUP.

``Interrupted`` is a ``KeyboardInterrupt``: every rollback that undoes a Ctrl-C (the staging
directory of ``mason new``, the reset of an interrupted upgrade, the removal of a temporary
worktree) undoes a SIGTERM or a SIGHUP in exactly the same way, and ``except Exception`` code
cannot swallow it. The exit code is the shell's: 128 plus the signal's number.
"""

import signal

STOPPING_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
"""The signals that stop mason cleanly (SIGKILL cannot be caught; nothing can clean up then)."""


class Interrupted(KeyboardInterrupt):
    """mason was asked to stop by a signal; what is in flight unwinds and is rolled back."""

    def __init__(self, signal_number: int) -> None:
        """Remember which signal asked mason to stop."""
        super().__init__(signal_number)
        self.signal_number = signal_number

    @property
    def signal_name(self) -> str:
        """Return the signal's name, e.g. ``SIGTERM``."""
        return signal.Signals(self.signal_number).name

    @property
    def exit_code(self) -> int:
        """Return the exit code a shell gives a program ended by this signal (130, 143, 129)."""
        return 128 + self.signal_number
