# @file paths.py
# @path src/mason/checks/parsers/paths.py
# @version 0.1.0
"""Make the paths tools report relative to the project root, with POSIX separators."""

from pathlib import PurePath


def relative(path: str, root: PurePath) -> str:
    """Return ``path`` relative to ``root`` when it lies below it, else unchanged (POSIX)."""
    pure = PurePath(path)
    if pure.is_absolute() and pure.is_relative_to(root):
        pure = pure.relative_to(root)
    return pure.as_posix()
