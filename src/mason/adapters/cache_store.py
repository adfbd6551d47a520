# @file cache_store.py
# @path src/mason/adapters/cache_store.py
# @version 0.1.0
"""The audit cache on disk: one JSON file per result, named by the hash of its inputs.

Keys are content hashes, never modification times, so a fresh CI checkout hits the cache an
earlier run wrote. Writes go to a temporary file and are renamed into place, so two audits
running at once never read a half-written entry.

An entry is only ever a result when it proves it is the one asked for: each file is an
envelope holding its schema, its own key and a checksum of its payload. A file that does not
parse, was truncated, was edited, was written for another key (swapped or copied by hand) or
by another cache format is a miss, never a result (ccache validates its entries the same way).
"""

import hashlib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from mason.adapters.files import write_atomic

CACHE_DIR = ".mason_cache"
_VERSION = "2"
"""The cache format: entries of another format live in another directory, never read."""
_FORMAT = "mason-cache-entry/2"


def _checksum(payload: str) -> str:
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class _Entry(BaseModel):
    """One stored result: its format, the key it answers, a checksum and the payload."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: str
    key: str
    sha256: str
    payload: str


def envelope(key: str, payload: str) -> str:
    """Return the text stored for ``payload`` under ``key``."""
    entry = _Entry(format=_FORMAT, key=key, sha256=_checksum(payload), payload=payload)
    return entry.model_dump_json()


def opened(key: str, text: str) -> str | None:
    """Return the payload of a stored entry if it is the valid entry of ``key``, else ``None``."""
    try:
        entry = _Entry.model_validate_json(text)
    except ValidationError:
        return None
    valid = entry.format == _FORMAT and entry.key == key
    return entry.payload if valid and entry.sha256 == _checksum(entry.payload) else None


class CacheStore:
    """Results by key, under ``<root>/.mason_cache/``; a disabled store never hits."""

    def __init__(self, root: Path, *, enabled: bool = True) -> None:
        """Use the cache directory of the project at ``root``."""
        self.directory = root / CACHE_DIR / f"v{_VERSION}"
        self.enabled = enabled

    def get(self, key: str) -> str | None:
        """Return the payload stored for ``key``, or ``None`` on a miss or an invalid entry."""
        if not self.enabled:
            return None
        try:
            text = (self.directory / f"{key}.json").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        return opened(key, text)

    def put(self, key: str, payload: str) -> None:
        """Store ``payload`` under ``key`` (best effort: a read-only tree just has no cache)."""
        if not self.enabled:
            return
        try:
            ignore = self.directory.parent / ".gitignore"
            if not ignore.exists():
                write_atomic(ignore, "# written by mason: never commit the audit cache\n*\n")
            write_atomic(self.directory / f"{key}.json", envelope(key, payload))
        except OSError:
            return
