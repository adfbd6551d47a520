# @file run.py
# @path src/mason/checks/coverage/run.py
# @version 0.1.0
"""The ``coverage`` check's work: run the tests under coverage (or read a file), judge the gates.

``check.py`` declares the check and loads this module when its unit runs.
"""

import ast
from collections.abc import Sequence

from mason.checks.coverage.check import SHARD_TESTS
from mason.checks.coverage.junit import parse_junit
from mason.checks.coverage.measured import measured_source
from mason.checks.coverage.report import parse_report
from mason.checks.coverage.selection import is_test_file, select_tests
from mason.checks.coverage.settings import CoverageConfig
from mason.checks.coverage.spawning import spawns
from mason.checks.coverage.verdict import PYTEST_NO_TESTS, failed_tests, judge_run, judge_totals
from mason.domain.test_run import TestRun
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome


def _sources(ctx: UnitContext) -> list[str]:
    """Return the folders of the project's code: its source root (``src``), its package."""
    root = ctx.facts.source_root.strip("/")
    inside = root not in {"", "."}
    folders = [root] if inside else []
    package = ctx.facts.package
    if package is not None:
        folders.append(f"{root}/{package}" if inside else package)
    return folders


def _unseen(ctx: UnitContext, changed: Sequence[str]) -> bool:
    """Return whether a test may run a changed file in a process no test context records.

    A change only to test files that start no process (and import nothing that does) is
    seen; any other change, where some test may run the project in a child process, is not.
    """
    spawners = [
        path
        for path in ctx.all_python_files
        if isinstance(tree := ctx.tree(path), ast.Module) and spawns(tree)
    ]
    if not spawners:
        return False
    reach = ctx.importers(spawners)
    if reach is None or any(path.rsplit("/", 1)[-1] == "conftest.py" for path in reach):
        return True
    return any(path in reach or not is_test_file(path) for path in changed)


def _rerun(ctx: UnitContext, source: str | None) -> TestRun | None:
    """Re-run only the tests the change can reach, on the kept run (``None``: run them all)."""
    kept, affected = ctx.kept, ctx.focus
    if kept is None or kept.previous is None or affected is None:
        return None
    if not ctx.config.settings(CoverageConfig).incremental or _unseen(ctx, kept.changed):
        return None
    reach = ctx.tools.covering_tests(kept.previous, affected)
    if reach is None:
        return None
    tests = select_tests(kept.changed, affected, reach, _sources(ctx), kept.importers)
    if tests is None:
        return None
    return ctx.tools.rerun_tests_with_coverage(source, kept.previous, kept.keep, tests, affected)


def _shard_tests(ctx: UnitContext, source: str | None) -> UnitOutcome:
    """Run this shard's part of the test files; ``mason audit merge`` judges the gates."""
    shard = ctx.shard
    if shard is None:  # pragma: no cover - called for shards only
        return UnitOutcome(summary="not a shard")
    test_files = sorted(path for path in ctx.python_files if is_test_file(path))
    part = shard.part(test_files) if test_files else ([] if not shard.first else ["."])
    if not part:
        return UnitOutcome(summary=f"no test files in shard {shard}")
    if ctx.kept is None:
        return UnitOutcome(summary="a shard keeps its test data", error="no shard directory")
    run = ctx.tools.tests_for_merge(source, ctx.kept.keep, [] if part == ["."] else part)
    if run.pytest.returncode == PYTEST_NO_TESTS:
        return UnitOutcome(summary=f"no tests ran in shard {shard}")
    if run.junit is None:
        status = run.pytest.returncode
        return UnitOutcome(
            summary="pytest could not run",
            error=f"pytest exited with status {status}:\n{run.pytest.tail()}",
        )
    tests = parse_junit(run.junit)
    failed = failed_tests(tests)
    return UnitOutcome(
        findings=(failed,) if failed is not None else (),
        summary=f"{tests.tests} tests in {len(part)} test files of shard {shard}; "
        "`mason audit merge` judges the coverage gates",
        metrics={SHARD_TESTS: float(tests.tests)},
    )


def _judge(ctx: UnitContext) -> UnitOutcome:
    if ctx.coverage_file is not None:
        report = ctx.tools.coverage_report(ctx.coverage_file)
        if not report.ok:
            return UnitOutcome(summary="coverage json failed", error=report.tail())
        return judge_totals(
            parse_report(report.stdout, ctx.facts.layer_of),
            ctx.config.settings(CoverageConfig),
            None,
        )
    source = measured_source(ctx)
    if ctx.shard is not None:
        return _shard_tests(ctx, source)
    run = _rerun(ctx, source)
    if run is None:
        keep = ctx.kept.keep if ctx.kept is not None else None
        run = ctx.tools.tests_with_coverage(source, keep)
    return judge_run(run, ctx.config.settings(CoverageConfig), ctx.facts.layer_of)


def run_coverage(ctx: UnitContext) -> UnitOutcome:
    """Run the tests with coverage (or read ``--coverage-file``) and judge the gates.

    After a change, only the tests it can reach run again, on the data the last run kept; the
    outcome is always the whole project's.
    """
    return _judge(ctx).model_copy(update={"whole": True})
