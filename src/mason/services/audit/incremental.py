# @file incremental.py
# @path src/mason/services/audit/incremental.py
# @version 0.1.0
"""Re-check only what a change can affect, with the same findings a full run gives.

A unit that declares ``subjects`` judges its files one by one. After each run the audit keeps
the unit's state: the key of everything but the subjects' contents (``base_key``), each
subject's digest, and the findings. When the next run's base key is the same, only some
subjects changed: the unit judges those (and, for ``reads_imports`` units, every file that
imports them, transitively, by the import graph) and the findings of every other file are taken
from the state. Anything else (configuration, tool versions, the environment, a file added or
removed, a finding without a file, no import graph) makes the run full, never wrong.
"""

import hashlib
from collections.abc import Callable, Sequence

from pydantic import BaseModel, ConfigDict, ValidationError

from mason.domain.check import Check
from mason.domain.unit import Unit
from mason.domain.unit_outcome import UnitOutcome
from mason.services.audit.cache_key import base_key, subject_digests
from mason.services.audit.context import AuditContext

MOST = 0.5
"""Above this share of the subjects, re-checking a part costs as much as a full run."""

type Judge = Callable[[Sequence[str] | None], UnitOutcome]
"""Runs the unit on some subjects (or, given ``None``, on the whole project)."""


class UnitState(BaseModel):
    """What the last run of one unit in this tree saw and found."""

    model_config = ConfigDict(frozen=True)

    base: str
    digests: dict[str, str]
    outcome: UnitOutcome


def _state_key(check: Check, unit: Unit) -> str:
    name = f"state/{check.origin}/{check.name}/{unit.name}"
    return "state-" + hashlib.sha256(name.encode()).hexdigest()[:32]


def _load(ctx: AuditContext, check: Check, unit: Unit) -> UnitState | None:
    text = ctx.cache.get(_state_key(check, unit))
    if text is None:
        return None
    try:
        return UnitState.model_validate_json(text)
    except ValidationError:
        return None  # written by another mason version


def _reusable(state: UnitState | None, base: str) -> UnitState | None:
    """Return ``state`` if a narrowed run may build on it."""
    if state is None or state.base != base or state.outcome.error is not None:
        return None
    if state.outcome.skipped or any(finding.path is None for finding in state.outcome.findings):
        return None
    return state


def affected(ctx: AuditContext, unit: Unit, changed: Sequence[str]) -> list[str] | None:
    """Return the subjects to judge again after ``changed`` changed (``None``: all of them)."""
    if not unit.reads_imports:
        return sorted(changed)
    found = ctx.dependents(changed)
    return None if found is None else sorted(found)


def combine(state: UnitOutcome, fresh: UnitOutcome, judged: Sequence[str]) -> UnitOutcome:
    """Return the full outcome: ``fresh`` findings for the judged files, ``state``'s for the rest.

    The summary keeps the full run's wording (``272 files``, ``mypy``) with the new counts.
    """
    again = set(judged)
    kept = [finding for finding in state.findings if finding.path not in again]
    new = [finding for finding in fresh.findings if finding.path in again]
    findings = sorted(
        (*kept, *new),
        key=lambda f: (f.path or "", f.line or 0, f.column or 0, f.rule, f.message),
    )
    label = state.summary.partition(": ")[0] or fresh.summary.partition(": ")[0]
    counted = UnitOutcome.counted(findings, label)
    return counted.model_copy(
        update={
            "metrics": state.metrics,
            "summary": f"{counted.summary} ({len(judged)} re-checked)",
        }
    )


def run_incrementally(ctx: AuditContext, check: Check, unit: Unit, judge: Judge) -> UnitOutcome:
    """Run ``unit``: narrowed to what changed since its last run where that is exact."""
    base = base_key(ctx, check, unit)
    digests = subject_digests(ctx, unit)
    state = _reusable(_load(ctx, check, unit), base)
    outcome: UnitOutcome | None = None
    if state is not None:
        changed = [path for path, digest in digests.items() if state.digests.get(path) != digest]
        again = affected(ctx, unit, changed) if changed else []
        again = [path for path in again if path in digests] if again is not None else None
        if again is not None and len(again) <= MOST * len(digests):
            fresh = judge(again) if again else state.outcome
            if fresh.error is None and not fresh.whole:
                outcome = combine(state.outcome, fresh, again) if again else state.outcome
            elif fresh.error is None:
                outcome = fresh  # the unit judged the whole project after all
    if outcome is None:
        outcome = judge(None)
    if outcome.error is None:
        saved = UnitState(base=base, digests=digests, outcome=outcome)
        ctx.cache.put(_state_key(check, unit), saved.model_dump_json())
    return outcome
