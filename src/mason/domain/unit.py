# @file unit.py
# @path src/mason/domain/unit.py
# @version 0.1.0
"""A unit of audit work: one tool run or one analysis, declared, scheduled and cached alone.

A unit says what it reads (``Inputs``) and what it costs; the audit derives the cache key from
the declaration and starts the costliest units first. Nothing about a unit is written twice.
"""

from collections.abc import Callable
from dataclasses import dataclass

from mason.domain.inputs import Inputs
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome


@dataclass(frozen=True, slots=True)
class Unit:
    """One schedulable piece of a check: a name, its inputs, its cost and its work."""

    name: str
    inputs: Inputs
    run: Callable[[UnitContext], UnitOutcome]
    cost: int = 1
    """Relative cost; the costliest units start first (the test run is about 100)."""
    per_file: bool = False
    """Its findings on a file depend only on that file and the configuration, so
    ``mason audit --files`` can narrow it to the files named (headers, lint, format, design)."""
