# @file patterns.py
# @path src/mason/domain/patterns.py
# @version 0.1.0
"""Path patterns with gitignore semantics (pathspec), the one matcher every option uses.

``exclude``, ``headers.include``/``exclude``, ``per-file-ignores`` and units' declared inputs all
match project-relative POSIX paths the way ``.gitignore`` does: ``*.json`` matches at any depth,
``docs/`` and ``docs`` match everything below docs, ``tests/**`` everything inside tests.

Selecting the files of a large project (``select``) asks pathspec only about the paths that can
match: a path lacking a literal part of a pattern (``.py`` of ``*.py``, ``mypy.ini`` of
``/mypy.ini``) cannot match it. pathspec still decides every path it is asked about.
"""

import re
from collections.abc import Callable, Iterable
from functools import cache

from pathspec import GitIgnoreSpec

_WILD = re.compile(r"[*?/]+")
"""What separates the literal parts of a pattern: wildcards and slashes (``**/`` may be
empty, so a slash is not a literal part)."""
_UNSURE = ("[", "\\")
"""A character class or an escape: a pattern with one has no literal part mason relies on."""


@cache
def _spec(patterns: tuple[str, ...]) -> GitIgnoreSpec:
    return GitIgnoreSpec.from_lines(patterns)


def matches(path: str, patterns: tuple[str, ...]) -> bool:
    """Return whether the project-relative ``path`` matches any of ``patterns``."""
    return bool(patterns) and _spec(patterns).match_file(path)


def needed(pattern: str) -> str:
    """Return a part of ``pattern`` that every path it matches contains (``""``: none known).

    The longest run between wildcards and slashes, when the pattern has no character class,
    escape, negation, comment or surrounding space (gitignore gives those other meanings).
    """
    if pattern != pattern.strip() or pattern.startswith(("!", "#")):
        return ""
    if any(mark in pattern for mark in _UNSURE):
        return ""
    return max(_WILD.split(pattern), key=len)


def hits(paths: Iterable[str], pattern: str) -> frozenset[str]:
    """Return the ``paths`` that the one ``pattern`` matches."""
    spec, part = _spec((pattern,)), needed(pattern)
    return frozenset(path for path in paths if part in path and spec.match_file(path))


def select(
    paths: Iterable[str],
    patterns: tuple[str, ...],
    hits_of: Callable[[str], frozenset[str]] | None = None,
) -> tuple[str, ...]:
    """Return the ``paths`` that match any of ``patterns``, in their order.

    Without a negation (``!``), a path matches the patterns when it matches one of them: the
    union of each pattern's ``hits``, which ``hits_of`` may remember across calls (one pattern
    serves many units). With one, the patterns are matched together, as gitignore orders them.
    """
    listed = tuple(paths)
    if not patterns or not listed:
        return ()
    if any(pattern.lstrip().startswith("!") for pattern in patterns):
        spec = _spec(patterns)
        return tuple(path for path in listed if spec.match_file(path))
    distinct = dict.fromkeys(patterns)
    parts = (hits_of(one) if hits_of else hits(listed, one) for one in distinct)
    chosen = frozenset[str]().union(*parts)
    return tuple(path for path in listed if path in chosen)
