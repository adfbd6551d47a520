# @file file_listing.py
# @path src/mason/adapters/file_listing.py
# @version 0.1.0
"""The project's files, listed once: what git tracks (or would), else a careful walk.

In a git repository the list is ``git ls-files`` plus untracked files that are not ignored, so
``.gitignore`` decides, exactly as it does for the project's own tools. Elsewhere the walk skips
environments, caches and build output, and never follows symbolic links (no loops).

Symbolic links are not files of the project for mason's own checks (a link is judged where it
points), but the tools mason runs read through them: the listing names them apart, so the
audit can bind its results to what they point at.
"""

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from mason.adapters.git import git
from mason.domain.errors import ToolError
from mason.domain.patterns import matches

SKIPPED_DIRS = frozenset(
    {
        ".git",
        ".venv",
        "venv",
        "env",
        "__pycache__",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
        ".hypothesis",
        ".mason_cache",
        ".import_linter_cache",
        ".tox",
        ".nox",
        "node_modules",
        "build",
        "dist",
        "htmlcov",
        ".eggs",
    }
)


def _tool_made(path: str) -> bool:
    """Return whether an untracked ``path`` lies in a cache, environment or build directory."""
    folders = path.split("/")[:-1]
    return any(part in SKIPPED_DIRS or part.endswith(".egg-info") for part in folders)


@dataclass(frozen=True, slots=True)
class Listing:
    """The project's files and, apart, its symbolic links (POSIX paths relative to the root)."""

    files: tuple[str, ...]
    links: tuple[str, ...]


def _split(root: Path, names: list[str]) -> Listing:
    """Return the regular files and the symbolic links among ``names``, sorted.

    One ``lstat`` per name, on plain strings: the listing runs up to three times per audit
    (before a ``--fix``, before the checks, and after them to see that nothing moved), and a
    pre-commit hook on one file pays for it on every file of the project.
    """
    base = os.fspath(root)
    files: list[str] = []
    links: list[str] = []
    for name in sorted(names):
        try:
            mode = os.lstat(f"{base}/{name}").st_mode
        except OSError:
            continue  # listed by git, gone from the work tree
        if stat.S_ISLNK(mode):
            links.append(name)
        elif stat.S_ISREG(mode):
            files.append(name)
    return Listing(tuple(files), tuple(links))


def _git_files(root: Path) -> Listing | None:
    """Return what git tracks under ``root`` and the untracked files it does not ignore.

    Untracked files in caches, environments and build output are left out even where the
    project's .gitignore forgets them (a source distribution ships none): the tools mason runs
    write there, and an audit must not read its own droppings.
    """
    try:
        tracked = git("ls-files", "-z", "--cached", cwd=root, check=False)
        others = git("ls-files", "-z", "--others", "--exclude-standard", cwd=root, check=False)
    except ToolError:
        return None
    if not tracked.ok or not others.ok:
        return None
    names = {name for name in tracked.stdout.split("\0") if name}
    names |= {name for name in others.stdout.split("\0") if name and not _tool_made(name)}
    return _split(root, list(names))


def _walked_files(root: Path) -> Listing:
    found: list[str] = []
    for directory, subdirectories, names in os.walk(root, followlinks=False):
        subdirectories[:] = sorted(
            name
            for name in subdirectories
            if name not in SKIPPED_DIRS and not name.endswith(".egg-info")
        )
        base = Path(directory)
        found.extend((base / name).relative_to(root).as_posix() for name in names)
        found.extend(
            (base / name).relative_to(root).as_posix()
            for name in subdirectories
            if (base / name).is_symlink()
        )
    return _split(root, found)


def listing(root: Path, exclude: tuple[str, ...] = ()) -> Listing:
    """Return the project's files and symbolic links, minus ``exclude`` (see ``list_files``)."""
    found = _git_files(root)
    if found is None:
        found = _walked_files(root)
    return Listing(
        tuple(path for path in found.files if not matches(path, exclude)),
        tuple(path for path in found.links if not matches(path, exclude)),
    )


def list_files(root: Path, exclude: tuple[str, ...] = ()) -> list[str]:
    """Return the project's files (POSIX paths relative to ``root``), minus ``exclude``.

    Inside a git work tree (at its top or in a sub-project of a monorepo) git decides, as it
    does for the project's own tools; elsewhere a careful walk. ``exclude`` holds
    gitignore-style patterns (``[tool.mason].exclude``).
    """
    return list(listing(root, exclude).files)
