# @file runner.py
# @path src/mason/services/audit/runner.py
# @version 0.1.0
"""Run the selected units in parallel, from the cache where nothing changed, into check results.

Each unit runs once per audit. Units start heaviest first (the test run, pyright, mypy), so
the light ones fill the gaps. A unit that raises never takes the audit down: a missing tool, a
crash or a timeout becomes that check's ``error`` status with what happened and what to do.
"""

import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass

from pydantic import ValidationError

from mason.checks.parsers.json_input import ToolOutputError
from mason.domain.check_result import CheckResult
from mason.domain.check_status import CheckStatus
from mason.domain.config import CheckName
from mason.domain.errors import MasonError
from mason.domain.severity import Severity
from mason.domain.unit_outcome import UnitOutcome
from mason.services.audit import (
    coverage_unit,
    design_unit,
    headers_unit,
    layers_unit,
    ruff_units,
    structure_units,
    typing_units,
)
from mason.services.audit.context import AuditContext
from mason.services.audit.progress import Progress
from mason.services.audit.unit import Unit

UNITS: tuple[Unit, ...] = (
    coverage_unit.UNIT,
    typing_units.UNITS[2],  # pyright
    typing_units.UNITS[1],  # mypy
    layers_unit.UNIT,
    structure_units.UNITS[1],  # uv lock --check
    *ruff_units.UNITS,
    typing_units.UNITS[0],
    headers_unit.UNIT,
    design_unit.UNIT,
    structure_units.UNITS[0],
)
"""Every unit, heaviest first (the order they are started in)."""


@dataclass(frozen=True, slots=True)
class Ran:
    """One unit's outcome, how long it took, and whether it came from the cache."""

    unit: Unit
    outcome: UnitOutcome
    duration: float
    cached: bool


def run_unit(ctx: AuditContext, unit: Unit) -> Ran:
    """Run ``unit`` (or take it from the cache); never raise."""
    start = time.perf_counter()
    try:
        key = unit.key(ctx)
        hit = ctx.cache.get(key) if key else None
        if hit is not None:
            try:
                outcome = UnitOutcome.model_validate_json(hit)
                return Ran(unit, outcome, time.perf_counter() - start, cached=True)
            except ValidationError:
                pass  # written by another mason version: a miss
        outcome = unit.run(ctx)
        if key and outcome.error is None:
            ctx.cache.put(key, outcome.model_dump_json())
    except MasonError as error:
        text = error.message + (f"\nhint: {error.hint}" if error.hint else "")
        outcome = UnitOutcome(summary=error.message, error=text)
    except ToolOutputError as error:
        outcome = UnitOutcome(summary="unexpected tool output", error=str(error))
    except Exception as error:  # noqa: BLE001 - one broken unit must not take the audit down
        message = f"internal error in {unit.name}: {type(error).__name__}: {error}"
        outcome = UnitOutcome(summary=message, error=f"{message}\n(this is a bug in mason)")
    return Ran(unit, outcome, time.perf_counter() - start, cached=False)


def merge(check: CheckName, runs: Sequence[Ran]) -> CheckResult:
    """Combine the units of ``check`` into one result (status, summary, findings, metrics)."""
    findings = tuple(finding for ran in runs for finding in ran.outcome.findings)
    errors = [ran.outcome.error for ran in runs if ran.outcome.error]
    if any(finding.severity is Severity.ERROR for finding in findings):
        status = CheckStatus.FAIL
    elif errors:
        status = CheckStatus.ERROR
    elif runs and all(ran.outcome.skipped for ran in runs):
        status = CheckStatus.SKIPPED
    else:
        status = CheckStatus.PASS
    metrics = {name: value for ran in runs for name, value in ran.outcome.metrics.items()}
    return CheckResult(
        name=check,
        status=status,
        duration_s=round(max((ran.duration for ran in runs), default=0.0), 3),
        summary="; ".join(ran.outcome.summary for ran in runs if ran.outcome.summary),
        findings=findings,
        cached=bool(runs) and all(ran.cached for ran in runs),
        metrics=metrics,
        details="\n".join(errors) or None,
    )


def run_checks(
    ctx: AuditContext,
    checks: Iterable[CheckName],
    *,
    jobs: int,
    progress: Progress,
) -> list[CheckResult]:
    """Run every unit of ``checks`` with up to ``jobs`` at a time; results in ``checks`` order."""
    wanted = list(checks)
    units = [unit for unit in UNITS if unit.check in wanted]
    pending = {check: sum(1 for unit in units if unit.check == check) for check in wanted}
    done: dict[CheckName, list[Ran]] = {check: [] for check in wanted}
    results: dict[CheckName, CheckResult] = {}
    for check in wanted:
        if pending[check]:
            progress.started(check)
    with ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="mason-audit") as pool:
        futures = [pool.submit(run_unit, ctx, unit) for unit in units]
        for future in as_completed(futures):
            ran = future.result()
            check = ran.unit.check
            done[check].append(ran)
            if len(done[check]) == pending[check]:
                order = {unit.name: index for index, unit in enumerate(UNITS)}
                ordered = sorted(done[check], key=lambda item: order[item.unit.name])
                results[check] = merge(check, ordered)
                progress.finished(results[check])
    return [results[check] for check in wanted if check in results]
