# @file file_kinds.py
# @path src/mason/checks/headers/file_kinds.py
# @version 0.1.0
"""Which files need a header, and in which comment syntax (docs/headers.md)."""

from enum import StrEnum
from pathlib import PurePosixPath

from mason.checks.test_data import is_test_data
from mason.domain.patterns import matches


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
"""Files that cannot carry a comment or are written by tools (gitignore patterns)."""


def kind_of(
    path: str,
    *,
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
) -> FileKind | None:
    """Return the header syntax for ``path`` (POSIX, relative), or ``None`` if it needs none.

    ``include`` adds files (they get hash comments unless their suffix says otherwise);
    ``exclude`` removes files; both are gitignore-style patterns. Exempt files (lock files,
    licenses, JSON) and test data (fixtures, golden files: ``checks/test_data.py``) need none,
    unless ``include`` names them.
    """
    if matches(path, exclude) or matches(path, EXEMPT):
        return None
    included = matches(path, include)
    if is_test_data(path) and not included:
        return None
    pure = PurePosixPath(path)
    kind = _BY_NAME.get(pure.name) or _BY_SUFFIX.get(pure.suffix)
    if kind is None and included:
        return FileKind.HASH
    return kind
