# @file cache_store.py
# @path src/mason/adapters/cache_store.py
# @version 0.1.0
"""The audit cache on disk: one JSON file per result, named by the hash of its inputs.

Keys are content hashes, never modification times, so a fresh CI checkout hits the cache an
earlier run wrote. Writes go to a temporary file and are renamed into place, so two audits
running at once never read a half-written entry; unreadable entries are simply misses.
"""

from pathlib import Path

from mason.adapters.files import write_atomic

CACHE_DIR = ".mason_cache"
_VERSION = "1"


class CacheStore:
    """Results by key, under ``<root>/.mason_cache/``; a disabled store never hits."""

    def __init__(self, root: Path, *, enabled: bool = True) -> None:
        """Use the cache directory of the project at ``root``."""
        self.directory = root / CACHE_DIR / f"v{_VERSION}"
        self.enabled = enabled

    def get(self, key: str) -> str | None:
        """Return the stored text for ``key``, or ``None`` on a miss."""
        if not self.enabled:
            return None
        try:
            return (self.directory / f"{key}.json").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def put(self, key: str, text: str) -> None:
        """Store ``text`` under ``key`` (best effort: a read-only tree just has no cache)."""
        if not self.enabled:
            return
        try:
            ignore = self.directory.parent / ".gitignore"
            if not ignore.exists():
                write_atomic(ignore, "# written by mason: never commit the audit cache\n*\n")
            write_atomic(self.directory / f"{key}.json", text)
        except OSError:
            return
