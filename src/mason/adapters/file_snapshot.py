# @file file_snapshot.py
# @path src/mason/adapters/file_snapshot.py
# @version 0.1.0
"""What a file held when mason read it, and whether it still holds it.

A cached result is bound to the bytes the tools read (ccache's rule: never cache what moved
under you). A snapshot takes the file's status before and after reading its bytes; if the two
differ, the file was being written while mason read it. Later, ``still`` tells whether the
file is exactly as read: same status (size, inode, modification and change times in
nanoseconds), and, for a file changed so recently that two writes could share one timestamp
tick, the same bytes.
"""

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

RACY_NS = 2_000_000_000
"""A file changed less than this before it was read may change again within one timestamp
tick of a coarse clock without its status showing it: such files are hashed again."""

MISSING = "missing"


type Status = tuple[int, int, int, int, int]
"""``st_dev``, ``st_ino``, ``st_size``, ``st_mtime_ns``, ``st_ctime_ns``."""


def status(path: Path) -> Status | None:
    """Return the status that changes whenever the file's contents can have changed."""
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The digest of a file's bytes as read, and the file's status then."""

    digest: str
    status: Status | None
    steady: bool
    """False: the file changed while it was being read."""
    racy: bool
    """The file had changed so shortly before the read that ``still`` must hash it again."""


def take(path: Path) -> tuple[bytes | OSError, Snapshot]:
    """Read ``path`` once: its bytes (or why not), and their snapshot."""
    before = status(path)
    now = time.time_ns()
    try:
        data: bytes | OSError = path.read_bytes()
    except OSError as error:
        data = error
    after = status(path)
    digest = hashlib.sha256(data).hexdigest() if isinstance(data, bytes) else MISSING
    racy = after is not None and now - max(after[3], after[4]) < RACY_NS
    return data, Snapshot(digest, after, steady=before == after, racy=racy)


def still(path: Path, snapshot: Snapshot) -> bool:
    """Return whether ``path`` holds exactly what ``snapshot`` read."""
    if not snapshot.steady or status(path) != snapshot.status:
        return False
    if not snapshot.racy or snapshot.status is None:
        return True
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == snapshot.digest
    except OSError:
        return False


def link_target(path: Path) -> str:
    """Return what the symbolic link ``path`` points to, as written (``""``: unreadable)."""
    try:
        return path.readlink().as_posix()
    except OSError:
        return ""
