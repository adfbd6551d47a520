# @file selection.py
# @path src/mason/checks/structure/selection.py
# @version 0.1.0
"""The files of a project that match some patterns, without matching every file against them.

A pattern anchored at the root (``/.github/workflows/*.yml``) can only match below its first
segment, and a pattern of a name with a suffix (``*.sh``, ``compose-*.yml``) only a file (or
a file in a folder) with that suffix; the files that could match are picked by those cheap
tests first and matched with the real gitignore matcher after, so the result is exactly
``matches``'s.
"""

from collections.abc import Iterable

from mason.domain.patterns import matches

_GLOB = frozenset("*?[")


def _prefilter(patterns: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """Return (first segments, suffixes) that every match has, or ``None`` if none is known."""
    tops: set[str] = set()
    suffixes: set[str] = set()
    for pattern in patterns:
        if pattern.startswith("/"):
            top = pattern[1:].split("/", 1)[0]
            if _GLOB & set(top):
                return None
            tops.add(top)
        elif "/" not in pattern and "." in pattern and not _GLOB & set(pattern.rsplit(".", 1)[1]):
            suffixes.add("." + pattern.rsplit(".", 1)[1])
        else:
            return None
    return frozenset(tops), tuple(suffixes)


def matching(files: Iterable[str], patterns: tuple[str, ...]) -> list[str]:
    """Return the files matching ``patterns`` (gitignore semantics), in their order."""
    known = _prefilter(patterns)
    if known is None:
        return [path for path in files if matches(path, patterns)]
    tops, suffixes = known
    return [
        path
        for path in files
        if (path.split("/", 1)[0] in tops or _has_suffix(path, suffixes))
        and matches(path, patterns)
    ]


def _has_suffix(path: str, suffixes: tuple[str, ...]) -> bool:
    """Return whether the file, or a folder it is in, ends in one of ``suffixes``.

    ``*.sh`` matches a folder ``x.sh/`` too, and with it every file inside.
    """
    return bool(suffixes) and any(part.endswith(suffixes) for part in path.split("/"))
