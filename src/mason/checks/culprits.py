# @file culprits.py
# @path src/mason/checks/culprits.py
# @version 0.1.0
"""Find the edits responsible for a broken invariant, by halving (delta debugging).

``still_broken(left_out)`` applies every edit except ``left_out`` and says whether the
invariant is still broken. When leaving everything out mends it, the search halves the
candidates until it holds a set whose removal mends it and whose every member is needed
(with one culprit, ``O(log n)`` trials; with ``k``, ``O(k log n)``).
"""

from collections.abc import Callable, Hashable, Sequence


def find_culprits[T: Hashable](
    candidates: Sequence[T], still_broken: Callable[[frozenset[T]], bool]
) -> frozenset[T] | None:
    """Return the edits to leave out so the invariant holds (``None``: no set of them does)."""
    everything = frozenset(candidates)
    if not candidates or still_broken(everything):
        return None
    return _search(list(candidates), frozenset(), still_broken)


def _search[T: Hashable](
    candidates: list[T], removed: frozenset[T], still_broken: Callable[[frozenset[T]], bool]
) -> frozenset[T]:
    """Return a subset of ``candidates`` to remove (besides ``removed``) that mends it.

    Holds on entry: removing ``removed`` and all of ``candidates`` mends it.
    """
    if len(candidates) == 1:
        return frozenset(candidates)
    middle = len(candidates) // 2
    first, second = candidates[:middle], candidates[middle:]
    if not still_broken(removed | frozenset(first)):
        return _search(first, removed, still_broken)
    if not still_broken(removed | frozenset(second)):
        return _search(second, removed, still_broken)
    from_first = _search(first, removed | frozenset(second), still_broken)
    return from_first | _search(second, removed | from_first, still_broken)
