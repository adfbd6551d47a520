# @file verification.py
# @path src/mason/domain/verification.py
# @version 0.1.0
"""The report of a staging trial: what held, what could not be checked, what was left out."""

from dataclasses import dataclass, field

from mason.domain.invariants import Invariant, LeftOut


@dataclass(frozen=True, slots=True)
class Verification:
    """What the checks of the invariants found, and what they could not check (and why).

    Frozen, and filled in place while the checks run (its collections grow; it is never
    rebound).
    """

    checked: dict[Invariant, str] = field(default_factory=dict[Invariant, str])
    """Each invariant checked, with what it compared (``3 checks``, ``1482 tests``)."""
    unchecked: dict[Invariant, str] = field(default_factory=dict[Invariant, str])
    """Each invariant that could not be checked, with the reason (``no environment``)."""
    left_out: list[LeftOut] = field(default_factory=list[LeftOut])
    notes: list[str] = field(default_factory=list[str])
    """What was seen and is not the edits' doing (a test that fails on its own: flaky)."""
