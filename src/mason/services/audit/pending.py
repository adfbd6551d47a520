# @file pending.py
# @path src/mason/services/audit/pending.py
# @version 0.1.0
"""What an audit keeps for the next one, kept only once its inputs are shown to have held still.

A unit's result (and, for the edit loop, its state and kept files) describes the bytes its
tools read. The audit cannot see what a tool read, only what the files held before the unit
ran (their digests are the cache key) and after: so every write to the cache waits here until
the whole audit is done, and is kept only if every file the unit declares still holds what
the audit read, the file list is the same and ``pyproject.toml`` says the same. Otherwise it
is dropped (its kept files removed): the next audit runs that unit again.
"""

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class _Write:
    paths: tuple[str, ...]
    keep: Callable[[], None]
    drop: Callable[[], None]


class Pending:
    """Writes waiting for the end of the audit (thread-safe: units finish in parallel)."""

    def __init__(self) -> None:
        """Start with nothing waiting."""
        self._lock = threading.Lock()
        self._writes: list[_Write] = []

    def later(
        self,
        paths: Iterable[str],
        keep: Callable[[], None],
        drop: Callable[[], None] = lambda: None,
    ) -> None:
        """Run ``keep`` at the end if ``paths`` held still, else ``drop``."""
        with self._lock:
            self._writes.append(_Write(tuple(paths), keep, drop))

    def settle(self, held: Callable[[Iterable[str]], bool], *, same_tree: bool) -> int:
        """Keep each write whose files ``held``; drop the others (all, unless ``same_tree``).

        Returns how many writes were dropped.
        """
        with self._lock:
            writes, self._writes = self._writes, []
        dropped = 0
        for write in writes:
            if same_tree and held(write.paths):
                write.keep()
            else:
                write.drop()
                dropped += 1
        return dropped

    def drop_all(self) -> None:
        """Drop every waiting write (the audit was interrupted or failed)."""
        self.settle(lambda _paths: False, same_tree=False)
