# @file output_paths.py
# @path src/mason/adapters/output_paths.py
# @version 0.1.0
"""Files a user names for output (``--output``, ``--baseline``): checked first, written as asked.

What a demanding user expects of any Unix program that takes an output path:

- a symlink is written through to its target, and stays a symlink;
- a FIFO or a character device (``/dev/stdout``, ``/dev/null``, ``>(gzip > r.gz)``) gets the
  text as a stream and stays what it is; a full device is an error, not a regular file;
- a regular file (or a new one) is replaced atomically (``write_atomic``), never half-written;
- a directory, a path below a file, a socket or a block device cannot take a report.

``problem`` says why a path cannot take output, without opening it (opening a FIFO waits for
its reader), so a command can refuse before it does any work.
"""

import os
import stat
from pathlib import Path

from mason.adapters.files import write_atomic


def _is_stream(mode: int) -> bool:
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def problem(path: Path) -> str | None:
    """Return why ``path`` cannot take output, or None when it can."""
    target = path.resolve()
    try:
        mode = target.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return _parent_problem(target)
    except OSError as error:
        return error.strerror or str(error)
    if stat.S_ISDIR(mode):
        return "it is a directory"
    if not (stat.S_ISREG(mode) or _is_stream(mode)):
        return "it is not a file, a pipe or a character device"
    if not os.access(target, os.W_OK):
        return "it is not writable"
    return None


def _parent_problem(target: Path) -> str | None:
    """Return why a new file at ``target`` cannot be created (parents are made as needed)."""
    for parent in target.parents:
        if parent.exists():
            if not parent.is_dir():
                return f"{parent} is not a directory"
            if not os.access(parent, os.W_OK):
                return f"{parent} is not writable"
            return None
    return None


def same_file_key(path: Path) -> Path:
    """Return what two names of one file have in common (their resolved path)."""
    return path.resolve()


def write_output(path: Path, text: str) -> None:
    """Write ``text`` to the file ``path`` names: through a symlink, as a stream to a pipe.

    Raises:
        OSError: the file cannot be written (a full device, a missing permission).

    """
    target = path.resolve()
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = 0
    if _is_stream(mode):
        with target.open("w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        return
    write_atomic(target, text)
