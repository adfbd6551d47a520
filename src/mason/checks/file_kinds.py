# @file file_kinds.py
# @path src/mason/checks/file_kinds.py
# @version 0.1.0
"""Which files need a header, and in which comment syntax (docs/headers.md)."""

from enum import StrEnum
from fnmatch import fnmatch
from pathlib import PurePosixPath


class FileKind(StrEnum):
    """The comment syntax a header is written in."""

    PYTHON = "python"
    """``# @tag value`` lines, then the module docstring as the description."""
    HASH = "hash"
    """``# @tag value`` lines, including ``# @description``."""
    MARKDOWN = "markdown"
    """One ``<!-- ... -->`` block with ``@tag value`` lines."""


_BY_SUFFIX = {
    ".py": FileKind.PYTHON,
    ".pyi": FileKind.PYTHON,
    ".toml": FileKind.HASH,
    ".yml": FileKind.HASH,
    ".yaml": FileKind.HASH,
    ".sh": FileKind.HASH,
    ".bash": FileKind.HASH,
    ".cfg": FileKind.HASH,
    ".ini": FileKind.HASH,
    ".md": FileKind.MARKDOWN,
}
_BY_NAME = {
    ".envrc": FileKind.HASH,
    ".gitignore": FileKind.HASH,
    ".dockerignore": FileKind.HASH,
    ".env.example": FileKind.HASH,
    "Dockerfile": FileKind.HASH,
    "Makefile": FileKind.HASH,
}
EXEMPT: tuple[str, ...] = (
    "uv.lock",
    "*.lock",
    "LICENSE*",
    "COPYING*",
    "py.typed",
    ".copier-answers.yml",
    "*.json",
)
"""Files that cannot carry a comment or are written by tools (matched against the file name)."""


def _matches(path: str, patterns: tuple[str, ...]) -> bool:
    pure = PurePosixPath(path)
    return any(fnmatch(path, pattern) or pure.match(pattern) for pattern in patterns)


def kind_of(
    path: str,
    *,
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
) -> FileKind | None:
    """Return the header syntax for ``path`` (POSIX, relative), or ``None`` if it needs none.

    ``include`` adds files by glob (they get hash comments unless their suffix says otherwise);
    ``exclude`` removes files by glob. Exempt files (lock files, licenses, JSON) need none.
    """
    name = PurePosixPath(path).name
    if _matches(path, exclude) or any(fnmatch(name, pattern) for pattern in EXEMPT):
        return None
    kind = _BY_NAME.get(name) or _BY_SUFFIX.get(PurePosixPath(path).suffix)
    if kind is None and _matches(path, include):
        return FileKind.HASH
    return kind
