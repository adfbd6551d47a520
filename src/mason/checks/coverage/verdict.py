# @file verdict.py
# @path src/mason/checks/coverage/verdict.py
# @version 0.1.0
"""The verdict on a test run: failed tests, and the coverage gates judged on its totals.

One judge for every way the tests ran: all at once, only those a change reached on top of
the kept data, or in shards whose data ``mason audit merge`` combined.
"""

from collections.abc import Callable

from mason.checks.coverage.junit import MAX_NAMED, TestTotals, parse_junit
from mason.checks.coverage.report import CoverageSummary, judge_coverage, parse_report
from mason.checks.coverage.rules import COV004
from mason.checks.coverage.settings import CoverageConfig
from mason.domain.finding import Finding
from mason.domain.test_run import TestRun
from mason.domain.unit_outcome import UnitOutcome

PYTEST_NO_TESTS = 5
"""pytest's exit status when it collected no tests."""


def failed_tests(tests: TestTotals) -> Finding | None:
    """Return the finding for the tests that failed, if any did."""
    if not tests.failed:
        return None
    named = ", ".join(tests.failed[:MAX_NAMED]) + (" ..." if len(tests.failed) > MAX_NAMED else "")
    return COV004.finding(f"{len(tests.failed)} of {tests.tests} tests failed: {named}")


def judge_totals(
    summary: CoverageSummary, config: CoverageConfig, tests: TestTotals | None
) -> UnitOutcome:
    """Return the findings and metrics of a run with these totals."""
    findings = judge_coverage(summary, config)
    failed = failed_tests(tests) if tests is not None else None
    if failed is not None:
        findings.insert(0, failed)
    gates = f"gate {config.fail_under:g}%, target {config.target:g}%"
    ran = f"{tests.tests} tests, " if tests is not None else ""
    metrics = {
        "coverage": summary.percent,
        **{f"coverage.{layer}": value for layer, value in summary.layers.items()},
        "gate.fail_under": config.fail_under,
        "gate.target": config.target,
    }
    return UnitOutcome(
        findings=tuple(findings),
        summary=f"{ran}total {summary.display}% ({gates})",
        metrics=metrics,
    )


def judge_run(
    run: TestRun, config: CoverageConfig, layer_of: Callable[[str], str | None]
) -> UnitOutcome:
    """Return the verdict on ``run``: its failed tests and gates, or why it could not run."""
    if run.pytest.returncode == PYTEST_NO_TESTS:
        return UnitOutcome(findings=(COV004.finding("no tests ran"),), summary="no tests ran")
    if run.junit is None or (run.coverage_json is None and run.coverage_error is None):
        status = run.pytest.returncode
        return UnitOutcome(
            summary="pytest could not run",
            error=f"pytest exited with status {status}:\n{run.pytest.tail()}",
        )
    if run.coverage_json is None:
        tail = run.coverage_error.tail() if run.coverage_error else ""
        return UnitOutcome(summary="coverage json failed", error=tail)
    outcome = judge_totals(
        parse_report(run.coverage_json, layer_of), config, parse_junit(run.junit)
    )
    if run.rerun is None:
        return outcome
    files = len(run.rerun)
    again = f" ({files} test file{'s' if files != 1 else ''} re-run)"
    return outcome.model_copy(update={"summary": outcome.summary + again})
