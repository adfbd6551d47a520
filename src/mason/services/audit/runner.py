# @file runner.py
# @path src/mason/services/audit/runner.py
# @version 0.1.0
"""Run the selected checks' units in parallel, from the cache where nothing changed.

Each unit runs once per audit. Units start costliest first (their declared cost), so the light
ones fill the gaps. A unit that raises never takes the audit down: a missing tool, a crash or a
timeout becomes that check's ``error`` status with what happened and what to do. A unit that
emits a rule id its check does not own is a bug, reported the same way.
"""

import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass

from pydantic import ValidationError

from mason.checks.tool_output import ToolOutputError
from mason.domain.check import Check
from mason.domain.check_result import CheckResult
from mason.domain.errors import MasonError
from mason.domain.patterns import matches
from mason.domain.registry import Registry
from mason.domain.unit import Unit
from mason.domain.unit_outcome import UnitOutcome
from mason.services.audit.cache_key import unit_key
from mason.services.audit.context import AuditContext
from mason.services.audit.incremental import run_incrementally
from mason.services.audit.progress import Progress
from mason.services.audit.shard_run import judge_shard
from mason.services.audit.unit_view import UnitView


@dataclass(frozen=True, slots=True)
class Ran:
    """One unit's outcome, how long it took, and whether it came from the cache."""

    check: Check
    unit: Unit
    outcome: UnitOutcome
    duration: float
    cached: bool


def _foreign_ids(outcome: UnitOutcome, check: Check, registry: Registry) -> list[str]:
    """Return the rule ids in ``outcome`` that ``check`` does not own (a bug in the check)."""
    foreign: list[str] = []
    for finding in outcome.findings:
        rule = registry.rule(finding.rule)
        if rule is None or rule.check != check.name or rule.severity is not finding.severity:
            foreign.append(finding.rule)
    return sorted(set(foreign))


def _bug(check: Check, unit: Unit, what: str) -> UnitOutcome:
    message = f"internal error in {check.name}/{unit.name}: {what}"
    return UnitOutcome(summary=message, error=f"{message}\n(this is a bug in {check.origin})")


def focus_of(ctx: AuditContext, unit: Unit) -> list[str] | None:
    """Return the subjects ``--files`` narrows ``unit`` to (``None``: the whole project).

    A unit whose findings depend on what a file imports judges the files named and every file
    that imports them; without an import graph it judges everything.
    """
    if ctx.shard is not None and unit.subjects and not unit.keeps_files:
        return ctx.shard.part(sorted(ctx.matching(unit.subjects)))
    if ctx.focus is None or not unit.subjects or unit.keeps_files:
        return None
    chosen = [path for path in ctx.focus if matches(path, unit.subjects)]
    if not unit.reads_imports:
        return chosen
    found = ctx.dependents(chosen)
    return None if found is None else sorted(found)


def _judge(ctx: AuditContext, check: Check, unit: Unit, focus: list[str] | None) -> UnitOutcome:
    """Run the unit: on ``focus``, or incrementally where it may, or on everything."""
    if ctx.shard is not None:
        return judge_shard(ctx, check, unit, focus)
    if focus is None and unit.subjects and ctx.incremental:
        return run_incrementally(
            ctx, check, unit, lambda some, kept: unit.run(UnitView(ctx, check, unit, some, kept))
        )
    return unit.run(UnitView(ctx, check, unit, focus))


def run_unit(ctx: AuditContext, check: Check, unit: Unit, registry: Registry) -> Ran:
    """Run ``unit`` of ``check`` (or take it from the cache); never raise."""
    start = time.perf_counter()
    try:
        focus = focus_of(ctx, unit)
        key = unit_key(ctx, check, unit, focus)
        hit = ctx.cache.get(key) if key else None
        if hit is not None:
            try:
                outcome = UnitOutcome.model_validate_json(hit)
                return Ran(check, unit, outcome, time.perf_counter() - start, cached=True)
            except ValidationError:
                pass  # a valid entry of another shape (another mason): a miss
        outcome = _judge(ctx, check, unit, focus)
        foreign = _foreign_ids(outcome, check, registry)
        if foreign:
            outcome = _bug(check, unit, f"it reported rule ids it does not own: {foreign}")
        if key and outcome.error is None:
            text = outcome.model_dump_json()
            ctx.pending.later(ctx.read_by(unit.inputs.files), lambda: ctx.cache.put(key, text))
    except MasonError as error:
        text = error.message + (f"\nhint: {error.hint}" if error.hint else "")
        outcome = UnitOutcome(summary=error.message, error=text)
    except ToolOutputError as error:
        outcome = UnitOutcome(summary="unexpected tool output", error=str(error))
    except Exception as error:  # noqa: BLE001 - one broken unit must not take the audit down
        outcome = _bug(check, unit, f"{type(error).__name__}: {error}")
    return Ran(check, unit, outcome, time.perf_counter() - start, cached=False)


def merge(check: Check, runs: Sequence[Ran]) -> CheckResult:
    """Combine the units of ``check`` into one result (findings, summary, metrics, details)."""
    order = {unit.name: index for index, unit in enumerate(check.units)}
    ordered = sorted(runs, key=lambda ran: order[ran.unit.name])
    # several units stopped by one cause (no environment) say it once
    errors = list(dict.fromkeys(ran.outcome.error for ran in ordered if ran.outcome.error))
    summaries = dict.fromkeys(ran.outcome.summary for ran in ordered if ran.outcome.summary)
    return CheckResult(
        name=check.name,
        duration_s=round(max((ran.duration for ran in ordered), default=0.0), 3),
        summary="; ".join(summaries),
        findings=tuple(finding for ran in ordered for finding in ran.outcome.findings),
        cached=bool(ordered) and all(ran.cached for ran in ordered),
        metrics={name: value for ran in ordered for name, value in ran.outcome.metrics.items()},
        details="\n".join(errors) or None,
        skipped=bool(ordered) and all(ran.outcome.skipped for ran in ordered),
    )


def run_checks(
    ctx: AuditContext,
    checks: Sequence[Check],
    registry: Registry,
    *,
    jobs: int,
    progress: Progress,
) -> list[CheckResult]:
    """Run every unit of ``checks`` with up to ``jobs`` at a time; results in ``checks`` order."""
    planned = sorted(
        ((check, unit) for check in checks for unit in check.units),
        key=lambda pair: -pair[1].cost,
    )
    pending = {check.name: len(check.units) for check in checks}
    done: dict[str, list[Ran]] = {check.name: [] for check in checks}
    results: dict[str, CheckResult] = {}
    for check in checks:
        if check.units:
            progress.started(check.name)
        else:
            results[check.name] = merge(check, [])
    with ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="mason-audit") as pool:
        futures = [pool.submit(run_unit, ctx, check, unit, registry) for check, unit in planned]
        for future in as_completed(futures):
            ran = future.result()
            name = ran.check.name
            done[name].append(ran)
            if len(done[name]) == pending[name]:
                results[name] = merge(ran.check, done[name])
                progress.finished(results[name])
    return [results[check.name] for check in checks]
