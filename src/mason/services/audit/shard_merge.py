# @file shard_merge.py
# @path src/mason/services/audit/shard_merge.py
# @version 0.1.0
"""``mason audit --shard I/N`` writes a slice; ``mason audit merge`` joins the slices.

Each shard writes its report and its test data into a directory of its own. The merge checks
that every shard of one split is there once, joins each check's findings (the slices are
disjoint, so nothing is counted twice), combines the shards' coverage data with ``coverage
combine`` and judges the coverage gates on the whole, as one unsharded run would. Its report
is an ordinary report, and its exit code the audit's.
"""

import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from mason import __version__
from mason.adapters.file_listing import list_files
from mason.adapters.tools.environment import environment
from mason.adapters.tools.pytest import DATA
from mason.adapters.tools.toolbox import Toolbox
from mason.checks.coverage.check import SHARD_TESTS
from mason.checks.coverage.settings import CoverageConfig
from mason.checks.coverage.verdict import judge_run
from mason.domain.audit_report import AuditReport
from mason.domain.check_result import CheckResult
from mason.domain.errors import UsageError
from mason.services.audit.baseline import apply_baseline, load_baseline
from mason.services.audit.rule_control import apply_rule_control, rule_control
from mason.services.audit.shard_folder import SHARD_REPORT
from mason.services.audit.tree_audit import facts_of
from mason.services.project import load_project
from mason.services.registry import registry

TESTS = "coverage-pytest"
"""The directory (in a shard's) where its test run kept its data: ``<check>-<unit>``."""


def _load(folder: Path) -> AuditReport:
    path = folder / SHARD_REPORT
    try:
        report = AuditReport.model_validate_json(path.read_bytes())
    except OSError:
        msg = f"{folder} holds no shard report ({SHARD_REPORT})"
        raise UsageError(msg, hint="give the directories `mason audit --shard I/N` wrote") from None
    except ValidationError as error:
        msg = f"{path} is not a mason report ({error.error_count()} problems)"
        raise UsageError(msg, hint="give the directories `mason audit --shard I/N` wrote") from None
    if report.shard is None:
        msg = f"{path} is the report of a whole audit, not of a shard"
        raise UsageError(msg, hint="merge the reports of `mason audit --shard I/N` runs")
    return report


def _ordered(reports: Sequence[tuple[Path, AuditReport]]) -> list[tuple[Path, AuditReport]]:
    """Return the shards by number, after checking that each of one split is there once."""
    counts = {report.shard.count for _, report in reports if report.shard is not None}
    if len(counts) != 1:
        msg = f"the reports come from different splits (into {sorted(counts)} shards)"
        raise UsageError(msg, hint="merge the shards of one run only")
    count = counts.pop()
    by_index: dict[int, tuple[Path, AuditReport]] = {}
    for folder, report in reports:
        index = report.shard.index if report.shard is not None else 0
        if index in by_index:
            msg = f"shard {index}/{count} is given twice ({by_index[index][0]} and {folder})"
            raise UsageError(msg, hint="give each shard's directory once")
        by_index[index] = (folder, report)
    missing = [str(index) for index in range(1, count + 1) if index not in by_index]
    if missing:
        msg = f"shard {', '.join(missing)} of {count} is missing"
        raise UsageError(msg, hint="give the directory of every shard of the split")
    versions = {report.mason_version for _, report in reports}
    if len(versions) != 1 or __version__ not in versions:
        msg = f"the shards ran mason {', '.join(sorted(versions))}; this is mason {__version__}"
        raise UsageError(msg, hint="run the shards and the merge with the same mason")
    ordered = [by_index[index] for index in range(1, count + 1)]
    trees = {report.tree for _, report in ordered}
    if len(trees) != 1 or None in trees:
        seen = ", ".join(
            f"shard {index}: {(report.tree or 'none')[:12]}"
            for index, (_, report) in enumerate(ordered, start=1)
        )
        msg = f"the shards audited different trees or checks ({seen})"
        raise UsageError(msg, hint="run every shard on the same commit with the same options")
    for folder, report in ordered:
        ran = sum(check.metrics.get(SHARD_TESTS, 0.0) for check in report.checks)
        if ran and not (folder / TESTS / DATA).is_file():
            msg = f"{folder} ran {ran:g} tests but holds no test data ({TESTS}/{DATA})"
            raise UsageError(msg, hint="give the whole directory each shard wrote")
    return ordered


def join_results(parts: Sequence[CheckResult], shards: int) -> CheckResult:
    """Return one check's result from its shards' results (disjoint slices of its findings)."""
    ran = [part for part in parts if not part.skipped] or list(parts)
    findings = sorted(
        (finding for part in parts for finding in part.findings),
        key=lambda f: (f.path or "", f.line or 0, f.column or 0, f.rule, f.message),
    )
    details = "\n".join(part.details for part in parts if part.details) or None
    metrics: dict[str, float] = {}
    for part in reversed(ran):
        metrics.update(part.metrics)
    summary = (
        ran[0].summary
        if len(ran) == 1
        else f"{len(findings) or 'no'} finding{'s' if len(findings) != 1 else ''} "
        f"in {shards} shards"
    )
    return CheckResult(
        name=parts[0].name,
        duration_s=max(part.duration_s for part in parts),
        summary=summary,
        findings=tuple(findings),
        existing=tuple(finding for part in parts for finding in part.existing),
        suppressed=sum(part.suppressed for part in parts),
        cached=all(part.cached for part in parts),
        metrics=metrics,
        details=details,
        skipped=all(part.skipped for part in parts),
    )


def _coverage(
    root: Path, folders: Sequence[Path], parts: Sequence[CheckResult], baseline: Path | None
) -> tuple[CheckResult, int | None]:
    """Judge the coverage gates on every shard's test data combined (and the baseline's)."""
    kept = [folder / TESTS for folder in folders if (folder / TESTS).is_dir()]
    if not kept:
        return join_results(parts, len(folders)), None
    start = time.perf_counter()
    project = load_project(root)
    facts = facts_of(project, list_files(project.root, project.config.exclude))
    tools = Toolbox(
        project.root,
        environment(project.root),
        source_root=facts.source_path,
        excludes=project.config.exclude,
        timeout=project.config.timeout,
    )
    with tempfile.TemporaryDirectory(prefix="mason-merge-") as scratch:
        run = tools.combine_test_runs(facts.package or ".", kept, Path(scratch))
    outcome = judge_run(run, project.config.settings(CoverageConfig), facts.layer_of)
    known = registry()
    result = CheckResult(
        name=parts[0].name,
        duration_s=round(max(part.duration_s for part in parts) + time.perf_counter() - start, 3),
        summary=f"{outcome.summary} ({len(folders)} shards)",
        findings=outcome.findings,
        metrics=outcome.metrics,
        details=outcome.error,
    )
    control = rule_control(project.config, known, frozenset)
    (result,) = apply_rule_control([result], control, known, lambda _path: "")
    if baseline is None:
        return result, None
    (result,), resolved = apply_baseline(baseline, [result], lambda _path, _line: "")
    return result, resolved


def merge_shards(folders: Sequence[Path], root: Path) -> AuditReport:
    """Return the report of the whole audit the shards in ``folders`` are parts of.

    Raises:
        UsageError: a directory holds no shard report, or the shards are not one whole split.
        ConfigError: the project's configuration or the shards' baseline is broken.

    """
    if not folders:
        msg = "no shard directories given"
        raise UsageError(msg, hint="mason audit merge DIR... (the directories of every shard)")
    shards = _ordered([(folder, _load(folder)) for folder in folders])
    first = shards[0][1]
    reports = [report for _, report in shards]
    baseline = Path(first.baseline) if first.baseline else None
    resolved_by_coverage: int | None = None
    checks: list[CheckResult] = []
    for check in first.checks:
        parts = [part for report in reports for part in report.checks if part.name == check.name]
        if check.name == "coverage":
            joined, resolved_by_coverage = _coverage(
                root, [folder for folder, _ in shards], parts, baseline
            )
        else:
            joined = join_results(parts, len(shards))
        checks.append(joined)
    resolved = sum(report.resolved for report in reports)
    if baseline is not None:
        entries = len(load_baseline(baseline).findings)
        extra = resolved_by_coverage if resolved_by_coverage is not None else entries
        resolved = max(0, resolved - len(reports) * entries + extra)
    return AuditReport(
        mason_version=first.mason_version,
        root=first.root,
        repository_path=first.repository_path,
        duration_s=max(report.duration_s for report in reports),
        checks=tuple(checks),
        baseline=first.baseline,
        resolved=resolved,
    )
