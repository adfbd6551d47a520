# @file shard_run.py
# @path src/mason/services/audit/shard_run.py
# @version 0.1.0
"""One unit in one shard of an audit split across CI runners (``--shard I/N``).

A unit that judges files one by one judges this shard's part of them, and reports only the
findings in that part (a type checker may see further, into what the part imports; those
files' findings are another shard's to report). A whole-project unit runs in shard 1 only. The
test run runs this shard's part of the test files and keeps its data in the shard's directory
for ``mason audit merge``, which judges the coverage gates on every shard's data combined.
"""

import shutil
from collections.abc import Sequence

from mason.domain.check import Check
from mason.domain.kept_files import KeptFiles
from mason.domain.unit import Unit
from mason.domain.unit_outcome import UnitOutcome
from mason.services.audit.context import AuditContext
from mason.services.audit.unit_view import UnitView


def judge_shard(
    ctx: AuditContext, check: Check, unit: Unit, focus: Sequence[str] | None
) -> UnitOutcome:
    """Run ``unit`` as this shard's part of the audit."""
    shard = ctx.shard
    if shard is None:  # pragma: no cover - the runner calls this for shards only
        return unit.run(UnitView(ctx, check, unit, focus))
    if unit.keeps_files:
        kept = None
        if ctx.shard_dir is not None:
            folder = ctx.shard_dir / f"{check.name}-{unit.name}"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            kept = KeptFiles(folder)
        return unit.run(UnitView(ctx, check, unit, None, kept))
    if not unit.subjects or focus is None:
        if shard.first:
            return unit.run(UnitView(ctx, check, unit))
        return UnitOutcome(skipped=True, summary=f"in shard 1/{shard.count}")
    outcome = unit.run(UnitView(ctx, check, unit, focus))
    mine, subjects = set(focus), set(ctx.matching(unit.subjects))
    findings = tuple(
        finding
        for finding in outcome.findings
        if finding.path in mine or (shard.first and finding.path not in subjects)
    )
    return outcome.model_copy(update={"findings": findings})
