# @file staging.py
# @path src/mason/adapters/staging.py
# @version 0.1.0
"""All-or-nothing writes: build in a staging directory, then move into place or roll back.

``mason new`` renders into a hidden directory next to the destination (same filesystem, so the
final move is one rename) and removes it on any failure or stop. With ``--force`` into a
non-empty directory, files are merged one by one; the originals they replace are kept aside
until the merge is complete and restored if it is interrupted. The steps that must not be cut
in half (removing the staging directory, the final move, the restore) run shielded from a stop.

Every temporary folder of a command (mason's, and those of the libraries it calls, such as
copier's) is made inside one private folder (``private_temp_root``), removed when the command
ends however it ends: a stop that cut some library's own clean-up short leaves nothing behind.
"""

import contextlib
import os
import shutil
import tempfile
from collections.abc import Generator
from pathlib import Path

from mason.adapters import stop
from mason.adapters.files import new_directory_mode

STAGING_NAME = 64
"""How much of the destination's name the staging folder's name repeats."""


@contextlib.contextmanager
def staging_directory(destination: Path) -> Generator[Path, None, None]:
    """Yield an empty directory next to ``destination``; it is removed when the block exits."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    prefix = f".{destination.name[:STAGING_NAME]}.mason-"  # a name near the limit still fits
    staging = Path(tempfile.mkdtemp(prefix=prefix, dir=destination.parent))
    staging.chmod(new_directory_mode())  # mkdtemp makes it private; a project is not
    try:
        yield staging
    finally:
        with stop.shielded():
            shutil.rmtree(staging, ignore_errors=True)


@contextlib.contextmanager
def private_temp_root() -> Generator[Path, None, None]:
    """Make the block's temporary folders inside one folder, and remove that folder after.

    ``tempfile``'s default folder and the ``TMPDIR`` of every program started meanwhile (a tool
    ended by a stop may not remove its own, as pyright's node does not) both point into it.
    """
    root = Path(tempfile.mkdtemp(prefix="mason-"))
    previous, environment = tempfile.tempdir, os.environ.get("TMPDIR")
    tempfile.tempdir = os.environ["TMPDIR"] = str(root)
    try:
        yield root
    finally:
        tempfile.tempdir = previous
        if environment is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = environment
        with stop.shielded():
            shutil.rmtree(root, ignore_errors=True)


def missing_parents(path: Path) -> list[Path]:
    """Return the ancestors of ``path`` that do not exist yet, outermost first."""
    return [parent for parent in reversed(path.parents) if not parent.exists()]


def is_empty_directory(path: Path) -> bool:
    """Return whether ``path`` is a directory with nothing in it."""
    return path.is_dir() and next(path.iterdir(), None) is None


def files_under(root: Path) -> list[str]:
    """Return every file below ``root`` (POSIX relative paths, sorted), ``.git`` excluded."""
    return sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if (path.is_file() or path.is_symlink()) and ".git" not in path.relative_to(root).parts
    )


def move_into_place(staging: Path, destination: Path) -> None:
    """Move the finished ``staging`` tree to ``destination`` (absent or empty) in one rename."""
    with stop.shielded():
        if destination.is_dir():
            destination.rmdir()
        staging.rename(destination)


def merge_into(staging: Path, destination: Path, files: list[str]) -> None:
    """Copy ``files`` from ``staging`` into ``destination``; all of them, or none on failure."""
    backup = staging.with_name(staging.name + "-backup")
    backup.mkdir()
    created: list[Path] = []
    replaced: list[str] = []
    try:
        for relative in files:
            target = destination / relative
            if target.exists():
                saved = backup / relative
                saved.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(target, saved)
                replaced.append(relative)
            else:
                created.extend(parent for parent in missing_parents(target) if parent != target)
                created.append(target)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(staging / relative, target)
    except BaseException:
        with stop.shielded():
            _restore(backup, destination, replaced, created)
        raise
    finally:
        shutil.rmtree(backup, ignore_errors=True)


def _restore(backup: Path, destination: Path, replaced: list[str], created: list[Path]) -> None:
    for relative in replaced:
        (backup / relative).replace(destination / relative)
    for path in reversed(created):
        if path.is_dir():
            with contextlib.suppress(OSError):
                path.rmdir()
        else:
            path.unlink(missing_ok=True)
