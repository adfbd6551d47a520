# @file invariants.py
# @path src/mason/domain/invariants.py
# @version 0.1.0
"""What adoption and updates promise, checked on a staging copy before anything is kept.

(a) no path outside the project directory changes; (b) the built distribution's metadata is
the same; (c) every check that ran before still runs; (d) every test that passed before still
passes. An edit that breaks (b), (c) or (d) is found and left out (``LeftOut``); one that
breaks (a) stops everything (``Violation``).
"""

from dataclasses import dataclass
from enum import StrEnum


class Invariant(StrEnum):
    """The four promises, by the letter the documentation gives them."""

    OUTSIDE = "a"
    """No path outside the project directory changes."""
    METADATA = "b"
    """The built distribution's metadata (name, version, Python, dependencies, entry points)."""
    CHECKS = "c"
    """Every check that ran before still runs (no ``error`` introduced)."""
    TESTS = "d"
    """Every test that passed before passes after."""

    @property
    def promise(self) -> str:
        """Return the promise in words."""
        return _TITLES[self]


_TITLES = {
    Invariant.OUTSIDE: "no path outside the project changes",
    Invariant.METADATA: "the distribution's metadata stays the same",
    Invariant.CHECKS: "every check that ran still runs",
    Invariant.TESTS: "every test that passed still passes",
}


@dataclass(frozen=True, slots=True)
class Edit:
    """One change adoption can keep or leave out: a setting, a header, a new file."""

    id: str
    """How the report names it: ``pyproject.toml: tool.mypy.python_version``, ``README.md``."""
    path: str
    """The file it changes (project-relative)."""
    kind: str
    """``setting``, ``header`` or ``file``."""


@dataclass(frozen=True, slots=True)
class LeftOut:
    """An edit that broke an invariant on the staging copy, and was therefore not made."""

    edit: Edit
    invariant: Invariant
    reason: str
    """What broke: ``typing: error``, ``tests/test_api.py::test_x failed``."""
