# @file check.py
# @path src/mason/checks/coverage/check.py
# @version 0.1.0
"""The ``coverage`` check: the project's tests under coverage, in the project's environment.

pytest runs once under coverage (the adapter keeps its data in a scratch directory, so an
audit leaves no ``.coverage`` behind); the totals are coverage's own, so they equal
``coverage report``. A coverage file the user already has can be read instead.

The run keeps its data, recorded per test; after a change, only the tests that can reach the
changed files run again, and their data replaces theirs in the kept data (``selection``).
"""

from mason.checks.coverage.junit import MAX_NAMED, TestTotals, parse_junit
from mason.checks.coverage.report import CoverageSummary, judge_coverage, parse_report
from mason.checks.coverage.rules import COV004, RULES
from mason.checks.coverage.selection import select_tests
from mason.domain.check import Check
from mason.domain.inputs import EVERY_FILE, PYTHON, Inputs
from mason.domain.test_run import TestRun
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

PYTEST_NO_TESTS = 5
"""pytest's exit status when it collected no tests."""


def _outcome(summary: CoverageSummary, ctx: UnitContext, tests: TestTotals | None) -> UnitOutcome:
    findings = judge_coverage(summary, ctx.config.coverage)
    if tests is not None and tests.failed:
        named = ", ".join(tests.failed[:MAX_NAMED]) + (
            " ..." if len(tests.failed) > MAX_NAMED else ""
        )
        message = f"{len(tests.failed)} of {tests.tests} tests failed: {named}"
        findings.insert(0, COV004.finding(message))
    gates = f"gate {ctx.config.coverage.fail_under:g}%, target {ctx.config.coverage.target:g}%"
    ran = f"{tests.tests} tests, " if tests is not None else ""
    metrics = {
        "coverage": summary.percent,
        **{f"coverage.{layer}": value for layer, value in summary.layers.items()},
        "gate.fail_under": ctx.config.coverage.fail_under,
        "gate.target": ctx.config.coverage.target,
    }
    return UnitOutcome(
        findings=tuple(findings),
        summary=f"{ran}total {summary.display}% ({gates})",
        metrics=metrics,
    )


def _package_dir(ctx: UnitContext) -> str | None:
    package = ctx.facts.package
    if package is None:
        return None
    root = ctx.facts.source_root.strip("/")
    return f"{root}/{package}" if root and root != "." else package


def _rerun(ctx: UnitContext, source: str) -> TestRun | None:
    """Re-run only the tests the change can reach, on the kept run (``None``: run them all)."""
    kept, affected = ctx.kept, ctx.focus
    if kept is None or kept.previous is None or affected is None:
        return None
    covering = ctx.tools.covering_tests(kept.previous, affected)
    if covering is None:
        return None
    tests = select_tests(kept.changed, affected, covering, _package_dir(ctx))
    if tests is None:
        return None
    return ctx.tools.rerun_tests_with_coverage(source, kept.previous, kept.keep, tests, affected)


def _judge(ctx: UnitContext) -> UnitOutcome:
    package = ctx.facts.package
    if ctx.coverage_file is not None:
        report = ctx.tools.coverage_report(ctx.coverage_file)
        if not report.ok:
            return UnitOutcome(summary="coverage json failed", error=report.tail())
        return _outcome(parse_report(report.stdout, package), ctx, None)
    run = _rerun(ctx, package or ".")
    if run is None:
        keep = ctx.kept.keep if ctx.kept is not None else None
        run = ctx.tools.tests_with_coverage(package or ".", keep)
    return _judge_run(ctx, run)


def _judge_run(ctx: UnitContext, run: TestRun) -> UnitOutcome:
    package = ctx.facts.package
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
    outcome = _outcome(parse_report(run.coverage_json, package), ctx, parse_junit(run.junit))
    if run.rerun is None:
        return outcome
    files = len(run.rerun)
    again = f" ({files} test file{'s' if files != 1 else ''} re-run)"
    return outcome.model_copy(update={"summary": outcome.summary + again})


def run_coverage(ctx: UnitContext) -> UnitOutcome:
    """Run the tests with coverage (or read ``--coverage-file``) and judge the gates.

    After a change, only the tests it can reach run again, on the data the last run kept; the
    outcome is always the whole project's.
    """
    return _judge(ctx).model_copy(update={"whole": True})


CHECK = Check(
    name="coverage",
    title="the tests pass, with coverage at or above the gates",
    tools="pytest, coverage.py",
    rules=RULES,
    units=(
        Unit(
            name="pytest",
            inputs=Inputs(
                files=EVERY_FILE,
                config=("coverage",),
                facts=("package", "source_root"),
                environment=True,
                options=("coverage_file",),
            ),
            run=run_coverage,
            cost=100,
            subjects=PYTHON,
            reads_imports=True,
            keeps_files=True,
        ),
    ),
)
