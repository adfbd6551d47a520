# @file patterns.py
# @path src/mason/domain/patterns.py
# @version 0.1.0
"""Path patterns with gitignore semantics (pathspec), the one matcher every option uses.

``exclude``, ``headers.include``/``exclude``, ``per-file-ignores`` and units' declared inputs all
match project-relative POSIX paths the way ``.gitignore`` does: ``*.json`` matches at any depth,
``docs/`` and ``docs`` match everything below docs, ``tests/**`` everything inside tests.
"""

from functools import cache

from pathspec import GitIgnoreSpec


@cache
def _spec(patterns: tuple[str, ...]) -> GitIgnoreSpec:
    return GitIgnoreSpec.from_lines(patterns)


def matches(path: str, patterns: tuple[str, ...]) -> bool:
    """Return whether the project-relative ``path`` matches any of ``patterns``."""
    return bool(patterns) and _spec(patterns).match_file(path)
