# @file file_listing.py
# @path src/mason/adapters/file_listing.py
# @version 0.1.0
"""The project's files, listed once: what git tracks (or would), else a careful walk.

In a git repository the list is ``git ls-files`` plus untracked files that are not ignored, so
``.gitignore`` decides, exactly as it does for the project's own tools. Elsewhere the walk skips
environments, caches and build output, and never follows symbolic links (no loops).
"""

import os
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from mason.adapters.git import git
from mason.domain.errors import ToolError

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


def _git_files(root: Path) -> list[str] | None:
    try:
        listed = git(
            "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=root, check=False
        )
    except ToolError:
        return None
    if not listed.ok:
        return None
    names = {name for name in listed.stdout.split("\0") if name}
    return sorted(
        name for name in names if (root / name).is_file() and not (root / name).is_symlink()
    )


def _walked_files(root: Path) -> list[str]:
    found: list[str] = []
    for directory, subdirectories, names in os.walk(root, followlinks=False):
        subdirectories[:] = sorted(
            name
            for name in subdirectories
            if name not in SKIPPED_DIRS and not name.endswith(".egg-info")
        )
        base = Path(directory)
        found.extend(
            (base / name).relative_to(root).as_posix()
            for name in names
            if not (base / name).is_symlink()
        )
    return sorted(found)


def excluded(path: str, patterns: tuple[str, ...]) -> bool:
    """Return whether ``path`` matches one of the ``[tool.mason].exclude`` globs."""
    pure = PurePosixPath(path)
    return any(
        fnmatch(path, pattern) or pure.match(pattern) or path.startswith(pattern.rstrip("/") + "/")
        for pattern in patterns
    )


def list_files(root: Path, exclude: tuple[str, ...] = ()) -> list[str]:
    """Return the project's files (POSIX paths relative to ``root``), minus ``exclude`` globs."""
    files = _git_files(root) if (root / ".git").exists() else None
    if files is None:
        files = _walked_files(root)
    return [path for path in files if not excluded(path, exclude)]
