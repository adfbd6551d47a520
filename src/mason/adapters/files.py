# @file files.py
# @path src/mason/adapters/files.py
# @version 0.1.0
"""Write files atomically: a reader (or a crash) sees the old file or the new one, never half.

Every file mason writes into a project (headers, adopted configuration, baselines, reports,
cache entries) goes through ``write_atomic``: the text goes to a temporary file beside the
target, keeps the target's permissions (a new file gets the mode the umask gives, as with any
program's ``open``), and replaces it in one rename. A stop (SIGINT, SIGTERM, SIGHUP) that comes
meanwhile is raised once the write is done: a stop between making the temporary and entering
its cleanup would leave it behind in the user's project.
"""

import contextlib
import functools
import os
import re
import tempfile
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from mason.adapters import stop

_UMASK_LOCK = threading.Lock()


@functools.cache
def umask() -> int:
    """Return the process's umask (read once: reading it means setting it, briefly)."""
    with _UMASK_LOCK:
        current = os.umask(0o077)
        os.umask(current)
    return current


def new_file_mode() -> int:
    """Return the mode a new file gets from ``open``: 0o666 less the umask."""
    return 0o666 & ~umask()


def new_directory_mode() -> int:
    """Return the mode a new directory gets from ``mkdir``: 0o777 less the umask."""
    return 0o777 & ~umask()


def write_atomic(path: Path, text: str, *, mode: int | None = None) -> None:
    """Replace ``path`` with ``text`` (UTF-8, newlines as given) in one rename.

    ``mode`` sets the permissions of a new file (default: what the umask gives); an existing
    file keeps its own.

    Raises:
        OSError: the directory cannot be written (callers turn this into their own error).

    """
    path.parent.mkdir(parents=True, exist_ok=True)
    keep = path.stat().st_mode if path.exists() else (new_file_mode() if mode is None else mode)
    with stop.shielded():
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                stream.write(text)
            Path(temporary).chmod(keep & 0o7777)  # mkstemp makes it private; the file is not
            Path(temporary).replace(path)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
            raise


def read_exact(path: Path) -> str:
    """Return the UTF-8 text of ``path`` with its line endings as they are (CRLF kept).

    ``Path.read_text`` turns CRLF into LF; a file read that way and written back would change
    every line of a file the team keeps with Windows line endings.

    Raises:
        OSError: the file cannot be read.
        UnicodeDecodeError: the file is not UTF-8.

    """
    return path.read_bytes().decode("utf-8")


def keep_newlines(original: str, edited: str) -> str:
    """Return ``edited`` with the line endings of ``original`` (an editor's new lines use LF)."""
    if "\r\n" not in original:
        return edited
    return re.sub(r"(?<!\r)\n", "\r\n", edited)


def write_all(
    root: Path, writes: Mapping[str, str], modes: Mapping[str, int]
) -> Callable[[], None]:
    """Write every file of ``writes`` under ``root``, or none; return what undoes them all.

    On a failure, a stop (SIGINT, SIGTERM, SIGHUP: raised once the files are written, never
    between two of them), or when the returned function is called, files that existed get their old
    bytes back and files and folders that did not are removed. Nothing outside the files named
    is touched (no ``git reset``: the rest of a monorepo may hold work of its own).

    Raises:
        OSError: a file cannot be written (after everything written is undone).

    """
    saved: dict[Path, bytes] = {}
    created: list[Path] = []

    def undo() -> None:
        for target, content in saved.items():
            target.write_bytes(content)
        for path in reversed(created):
            with contextlib.suppress(OSError):
                if path.is_dir():
                    path.rmdir()
                else:
                    path.unlink()

    try:
        with stop.shielded():  # a stop comes out here, once every file is written, and undoes all
            for relative, content in writes.items():
                target = root / relative
                if target.exists():
                    saved[target] = target.read_bytes()
                else:
                    missing = [parent for parent in target.parents if not parent.exists()]
                    created.extend(reversed(missing))
                    created.append(target)
                write_atomic(target, content, mode=modes.get(relative))
    except BaseException:
        undo()
        raise
    return undo
