# @file unit.py
# @path src/mason/services/audit/unit.py
# @version 0.1.0
"""A unit of audit work: one tool run or one analysis, scheduled, timed and cached alone."""

from collections.abc import Callable
from dataclasses import dataclass

from mason.domain.config import CheckName
from mason.domain.unit_outcome import UnitOutcome
from mason.services.audit.context import AuditContext


@dataclass(frozen=True, slots=True)
class Unit:
    """One schedulable piece of a check.

    ``key`` returns the cache key (a hash of everything the unit reads), or ``None`` when the
    unit must always run; ``run`` does the work and returns its outcome as a value.
    """

    name: str
    check: CheckName
    key: Callable[[AuditContext], str | None]
    run: Callable[[AuditContext], UnitOutcome]
