# @file file_watch.py
# @path src/mason/adapters/file_watch.py
# @version 0.1.0
"""The project's file changes as the operating system reports them (watchfiles: inotify, FSEvents).

Only changes a fresh audit could see count: the project's own files, not what tools and the
audit write into caches, environments and build output (the listing skips those too), and not
a file rewritten with the bytes it already had (a tool that rewrites a report each run would
otherwise make the audit run forever).
"""

import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path

from watchfiles import Change, watch

from mason.adapters.file_listing import SKIPPED_DIRS

DEBOUNCE_MS = 200
"""How long the changes of one save (an editor writes, renames, touches) are gathered."""


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


class Changes:
    """The changes to the files of the project at ``root``, a batch at a time."""

    def __init__(self, root: Path) -> None:
        """Watch ``root``; nothing is read until the first batch."""
        self.root = root
        self._known: dict[str, str] = {}

    def _relevant(self, _change: Change, path: str) -> bool:
        try:
            parts = Path(path).relative_to(self.root).parts
        except ValueError:
            return False
        return (
            bool(parts)
            and not any(part in SKIPPED_DIRS or part.endswith(".egg-info") for part in parts[:-1])
            and parts[-1] not in SKIPPED_DIRS
        )

    def _news(self, batch: set[tuple[Change, str]]) -> list[str]:
        """Return the paths of ``batch`` whose bytes differ from the last ones seen."""
        news: list[str] = []
        for _, path in batch:
            relative = Path(path).relative_to(self.root).as_posix()
            digest = _digest(Path(path))
            if self._known.get(relative) != digest:
                self._known[relative] = digest
                news.append(relative)
        return sorted(set(news))

    def batches(self, stop: threading.Event) -> Iterator[list[str]]:
        """Yield the changed files (relative, POSIX) after each batch of changes, until ``stop``."""
        for batch in watch(
            self.root,
            watch_filter=self._relevant,
            debounce=DEBOUNCE_MS,
            stop_event=stop,
            raise_interrupt=True,
        ):
            news = self._news(batch)
            if news:
                yield news
