# @file unit.py
# @path src/mason/domain/unit.py
# @version 0.1.0
"""A unit of audit work: one tool run or one analysis, declared, scheduled and cached alone.

A unit says what it reads (``Inputs``) and what it costs; the audit derives the cache key from
the declaration and starts the costliest units first. Nothing about a unit is written twice.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from mason.domain.inputs import Inputs
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

type Sees = Literal["types", "runtime"]
"""What of an imported module a unit's findings on a file depend on (``Unit.sees``)."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One schedulable piece of a check: a name, its inputs, its cost and its work."""

    name: str
    inputs: Inputs
    run: Callable[[UnitContext], UnitOutcome]
    cost: int = 1
    """Relative cost; the costliest units start first (the test run is about 100)."""
    subjects: tuple[str, ...] = ()
    """Patterns of the files it judges one by one: its findings on such a file depend only on
    that file (and, with ``reads_imports``, on what it imports) and on the unit's other inputs.
    The audit can then narrow it to some files (``--files``, or the files a change touched,
    keeping the last findings of the others); empty: the unit judges the project as a whole."""
    reads_imports: bool = False
    """A subject's findings also depend on the modules it imports, transitively (type
    checkers): narrowing it to some files re-checks every file that imports them, too."""
    sees: Sees = "types"
    """With ``reads_imports``: what of an imported module matters. ``types`` (type checkers):
    all but the bodies of module-level functions that declare their return type; ``runtime``
    (tests): what runs at import, not function bodies (the unit finds the tests that run a
    changed body itself). An edit that leaves it the same is re-checked in its own file only."""
    keeps_files: bool = False
    """The unit keeps files between audits (``UnitContext.kept``) and narrows itself against
    them: given a focus, it still returns the whole project's outcome, built on its last run.
    ``--files`` does not narrow it."""
