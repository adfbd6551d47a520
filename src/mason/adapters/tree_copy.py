# @file tree_copy.py
# @path src/mason/adapters/tree_copy.py
# @version 0.1.0
"""Staging copies of a project: where adoption's edits are tried before the tree is touched.

A copy holds every file of the project (ignored ones too: generated version files, built
extensions) except version control, environments and caches; its ``.venv`` is a link to the
project's environment, so the tools run exactly as they do in the project. Edits are applied
to a copy and taken back from the project's own files, so one copy serves many trials.
"""

import contextlib
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path

from mason.adapters.file_listing import SKIPPED_DIRS
from mason.adapters.files import write_atomic

ENVIRONMENT = ".venv"


def _ignored(directory: str, names: list[str]) -> set[str]:
    del directory
    return {name for name in names if name in SKIPPED_DIRS and name not in {"build", "dist"}}


def copy_project(project: Path, target: Path, *, venv: Path | None) -> Path:
    """Copy ``project`` to ``target`` (links kept as links) and link ``venv`` as its ``.venv``."""
    shutil.copytree(project, target, symlinks=True, ignore=_ignored)
    if venv is not None and venv.is_dir():
        (target / ENVIRONMENT).symlink_to(venv.resolve(), target_is_directory=True)
    return target


def apply_edits(
    copy: Path, project: Path, writes: Mapping[str, str], previous: Iterable[str] = ()
) -> None:
    """Make ``copy`` hold ``writes``, and the project's own content for ``previous`` others."""
    for relative in set(previous) - set(writes):
        original = project / relative
        target = copy / relative
        if original.is_file():
            shutil.copy2(original, target)
            continue
        target.unlink(missing_ok=True)
        for folder in target.parents:  # folders the edit made go too: a build sees folders
            if folder == copy or (project / folder.relative_to(copy)).exists():
                break
            with contextlib.suppress(OSError):
                folder.rmdir()
    for relative, content in writes.items():
        write_atomic(copy / relative, content)
