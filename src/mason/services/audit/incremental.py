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

A unit that keeps files (the test run keeps its coverage data) is given the directory of its
last run and a new one; it narrows itself against them and returns the whole outcome.

The state and the kept files are kept only when the audit ends with every file the unit
declares as it was read (``pending``): a run whose files moved under it leaves nothing to
build on.
"""

import hashlib
import re
import secrets
import shutil
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mason.domain.check import Check
from mason.domain.kept_files import KeptFiles
from mason.domain.unit import Unit
from mason.domain.unit_outcome import UnitOutcome
from mason.services.audit.cache_key import base_key, subject_digests
from mason.services.audit.context import AuditContext

SOURCES = (".py", ".pyi")

STALE = 3600.0
"""Seconds after which a kept directory no state names is an interrupted run's, not a live one."""

MOST = 0.5
"""Above this share of the subjects, re-checking a part costs as much as a full run."""

RECHECKED_WORDS = "re-checked"
RECHECKED = re.compile(rf" \(\d+ {RECHECKED_WORDS}\)$")
"""What a combined summary adds to say how it was reached."""

KEPT = "kept"
"""The cache's directory of the files units keep between audits (``Unit.keeps_files``)."""

type Judge = Callable[[Sequence[str] | None, KeptFiles | None], UnitOutcome]
"""Runs the unit on some subjects (or, given ``None``, on the whole project), with its kept
files if it keeps some."""


class UnitState(BaseModel):
    """What the last run of one unit in this tree saw and found."""

    model_config = ConfigDict(frozen=True)

    base: str
    digests: dict[str, str]
    outcome: UnitOutcome
    kept: str | None = None
    """The directory (under ``KEPT``) of the files this run kept, for a unit that keeps some."""
    root: str | None = None
    """Where the tree was when its files were kept (they name files by absolute path)."""
    interfaces: dict[str, str] = Field(default_factory=dict[str, str])
    """For a unit that reads imports: what each Python subject showed its importers."""


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
    return None if state.outcome.skipped else state


def _kept_folder(ctx: AuditContext, name: str) -> Path:
    return ctx.cache.directory / KEPT / name


def _new_kept(ctx: AuditContext, check: Check, unit: Unit) -> Path | None:
    """Return a new, empty directory for the files of a unit that keeps some."""
    if not unit.keeps_files:
        return None
    path = _kept_folder(ctx, f"{_state_key(check, unit)}-{secrets.token_hex(6)}")
    try:
        path.mkdir(parents=True)
    except OSError:
        return None  # a read-only tree: the unit keeps nothing and runs in full
    return path


def _previous_kept(ctx: AuditContext, state: UnitState) -> Path | None:
    """Return the last run's kept files, if they describe this tree where it is now.

    Kept coverage data names files by absolute path: a tree copied or moved elsewhere (a cache
    restored on another machine) must not build on data about the old place.
    """
    if state.kept is None or state.root != str(ctx.root):
        return None
    path = _kept_folder(ctx, state.kept)
    return path if path.is_dir() else None


def _tidy(
    ctx: AuditContext, check: Check, unit: Unit, keep: Path | None, replaced: str | None
) -> None:
    """Remove what the unit kept before ``keep``: the run it replaced, and stale leftovers.

    A directory another audit of this tree may still be writing (younger than ``STALE``) is
    left alone; interrupted runs' directories go once they are stale.
    """
    now = time.time()
    for path in _kept_folder(ctx, "").glob(f"{_state_key(check, unit)}-*"):
        try:
            stale = now - path.stat().st_mtime > STALE
        except OSError:
            continue
        if path != keep and (path.name == replaced or stale):
            shutil.rmtree(path, ignore_errors=True)


def affected(
    ctx: AuditContext, unit: Unit, changed: Sequence[str], state: UnitState
) -> list[str] | None:
    """Return the subjects to judge again after ``changed`` changed (``None``: all of them).

    A unit that reads imports also judges the files that import a changed file, transitively,
    unless the change left what that file shows its importers the same (``Unit.sees``).
    """
    if not unit.reads_imports:
        return sorted(changed)
    spreading = [
        path
        for path in changed
        if path not in state.interfaces or state.interfaces[path] != ctx.interface(path, unit.sees)
    ]
    if not spreading:
        return sorted(changed)
    found = ctx.dependents(spreading)
    return None if found is None else sorted(found | set(changed))


def _interfaces(
    ctx: AuditContext, unit: Unit, digests: Mapping[str, str], state: UnitState | None
) -> dict[str, str]:
    """Return what each Python subject shows its importers (reusing the unchanged ones)."""
    if not unit.reads_imports:
        return {}
    found: dict[str, str] = {}
    for path, digest in digests.items():
        if not path.endswith(SOURCES):
            continue
        if state is not None and state.digests.get(path) == digest and path in state.interfaces:
            found[path] = state.interfaces[path]
        elif (value := ctx.interface(path, unit.sees)) is not None:
            found[path] = value
    return found


def _importers(ctx: AuditContext, changed: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Return, for each changed file, every file that imports it (for a unit keeping files)."""
    found: dict[str, tuple[str, ...]] = {}
    for path in changed:
        reach = ctx.dependents([path])
        found[path] = tuple(sorted(reach - {path})) if reach is not None else ()
    return found


def _label(outcome: UnitOutcome) -> str | None:
    """Return what a unit's summary counts (``mypy``), if its findings say all it says.

    A summary that says more than its findings ("1 file ruff cannot format") cannot be
    combined from two runs: ``None``.
    """
    summary = RECHECKED.sub("", outcome.summary)
    label = summary.partition(": ")[0]
    counted = UnitOutcome.counted(outcome.findings, label).summary
    return label if counted == summary else None


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
            "summary": f"{counted.summary} ({len(judged)} {RECHECKED_WORDS})",
        }
    )


def _narrowed(  # noqa: PLR0913 - the unit, what it found last, and what changed
    ctx: AuditContext,
    *,
    unit: Unit,
    state: UnitState,
    changed: Sequence[str],
    keep: Path | None,
    judge: Judge,
    subjects: int,
) -> UnitOutcome | None:
    """Return the outcome of judging only what ``changed`` affects (``None``: run in full)."""
    again = affected(ctx, unit, changed, state)
    again = [path for path in again if path in state.digests] if again is not None else None
    pathless = any(finding.path is None for finding in state.outcome.findings)
    if again is None or len(again) > MOST * subjects or (pathless and not unit.keeps_files):
        return None
    previous = _previous_kept(ctx, state)
    kept = (
        KeptFiles(keep, previous, tuple(sorted(changed)), _importers(ctx, changed))
        if keep is not None
        else None
    )
    fresh = judge(again, kept)
    if fresh.error is not None:
        return None
    if fresh.whole:
        return fresh
    if _label(state.outcome) is None or _label(fresh) is None:
        return None  # a summary that says more than its findings: run in full
    return combine(state.outcome, fresh, again)


def run_incrementally(ctx: AuditContext, check: Check, unit: Unit, judge: Judge) -> UnitOutcome:
    """Run ``unit``: narrowed to what changed since its last run where that is exact."""
    base = base_key(ctx, check, unit)
    digests = subject_digests(ctx, unit)
    last = _load(ctx, check, unit)
    state = _reusable(last, base)
    changed: list[str] = []
    if state is not None:
        changed = [path for path, digest in digests.items() if state.digests.get(path) != digest]
        if not changed:
            return state.outcome  # the unit's own cache entry is gone; its state is not
    keep = _new_kept(ctx, check, unit)
    outcome = None
    if state is not None:
        outcome = _narrowed(
            ctx,
            unit=unit,
            state=state,
            changed=changed,
            keep=keep,
            judge=judge,
            subjects=len(digests),
        )
    if outcome is None:
        if keep is not None:  # a narrowed attempt may have left files there
            shutil.rmtree(keep, ignore_errors=True)
            keep.mkdir(parents=True, exist_ok=True)
        outcome = judge(None, KeptFiles(keep) if keep is not None else None)
    if outcome.error is None:
        kept = keep.name if keep is not None else None
        saved = UnitState(
            base=base,
            digests=digests,
            outcome=outcome,
            kept=kept,
            root=str(ctx.root) if kept is not None else None,
            interfaces=_interfaces(ctx, unit, digests, state),
        )
        text = saved.model_dump_json()
        replaced = last.kept if last is not None else None

        def keep_state() -> None:
            ctx.cache.put(_state_key(check, unit), text)
            _tidy(ctx, check, unit, keep, replaced)

        ctx.pending.later(ctx.read_by(unit.inputs.files), keep_state, lambda: _remove(keep))
    else:
        _remove(keep)
    return outcome


def _remove(folder: Path | None) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
