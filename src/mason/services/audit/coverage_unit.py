# @file coverage_unit.py
# @path src/mason/services/audit/coverage_unit.py
# @version 0.1.0
"""The ``coverage`` check: the project's tests under coverage, in the project's environment.

pytest runs once with pytest-cov, writing the coverage data and a JUnit XML report to a scratch
directory; one ``coverage json`` then turns the data into the report. An audit therefore leaves
no ``.coverage`` file behind (in a project that does not ignore it, that would be an untracked
file, and a dirty tree for ``mason upgrade``). The totals mason prints are coverage's own
``percent_covered_display``, so they equal ``coverage report``. The project's own coverage
settings apply unchanged (including its measurement core). A coverage file the user already has
can be read instead.
"""

import tempfile
from pathlib import Path

from mason.adapters.process import run
from mason.checks.parsers.coverage import CoverageSummary, judge_coverage, parse_report
from mason.checks.parsers.junit import MAX_NAMED, TestTotals, parse_junit
from mason.domain.errors import ToolError
from mason.domain.finding import Finding
from mason.domain.severity import Severity
from mason.domain.unit_outcome import UnitOutcome
from mason.services.audit.context import AuditContext
from mason.services.audit.unit import Unit

PYTEST_NO_TESTS = 5
COVERAGE_BELOW_GATE = 2
"""coverage's exit status when the total is below the project's ``fail_under``."""


def _outcome(summary: CoverageSummary, ctx: AuditContext, tests: TestTotals | None) -> UnitOutcome:
    findings = judge_coverage(summary, ctx.config.coverage)
    if tests is not None and tests.failed:
        named = ", ".join(tests.failed[:MAX_NAMED]) + (
            " ..." if len(tests.failed) > MAX_NAMED else ""
        )
        findings.insert(
            0,
            Finding(
                rule="COV004",
                severity=Severity.ERROR,
                path=None,
                line=None,
                message=f"{len(tests.failed)} of {tests.tests} tests failed: {named}",
            ),
        )
    gates = f"gate {ctx.config.coverage.fail_under:g}%, target {ctx.config.coverage.target:g}%"
    ran = f"{tests.tests} tests, " if tests is not None else ""
    metrics = {
        "coverage": summary.percent,
        **{f"coverage.{k}": v for k, v in summary.layers.items()},
    }
    return UnitOutcome(
        findings=tuple(findings),
        summary=f"{ran}total {summary.display}% ({gates})",
        metrics=metrics,
    )


def _json_report(
    ctx: AuditContext, python: Path, data_file: Path, report: Path
) -> UnitOutcome | None:
    """Write coverage's JSON report of ``data_file`` to ``report``; an outcome on failure."""
    completed = run(
        [python, "-m", "coverage", "json", f"--data-file={data_file}", "-o", str(report)],
        cwd=ctx.root,
        timeout=ctx.config.timeout,
    )
    if completed.returncode in {0, COVERAGE_BELOW_GATE} and report.is_file():
        return None
    return UnitOutcome(summary="coverage json failed", error=completed.tail())


def _from_file(ctx: AuditContext, path: Path) -> UnitOutcome:
    if path.suffix != ".json":
        with tempfile.TemporaryDirectory(prefix="mason-coverage-") as scratch:
            report = Path(scratch) / "coverage.json"
            failed = _json_report(ctx, ctx.env.require(), path, report)
            if failed is not None:
                return failed
            return _outcome(
                parse_report(report.read_text(encoding="utf-8"), ctx.package), ctx, None
            )
    return _outcome(parse_report(path.read_text(encoding="utf-8"), ctx.package), ctx, None)


def run_coverage(ctx: AuditContext) -> UnitOutcome:
    """Run the tests with coverage (or read ``--coverage-file``) and judge the gates."""
    if ctx.request.coverage_file is not None:
        return _from_file(ctx, ctx.request.coverage_file)
    python = ctx.env.require()
    if "pytest-cov" not in ctx.env.versions():
        msg = "pytest-cov is not installed in the project's environment"
        raise ToolError(msg, hint="add pytest-cov to the dev dependencies and run `uv sync`")
    source = ctx.package or "."
    with tempfile.TemporaryDirectory(prefix="mason-coverage-") as scratch:
        data = Path(scratch) / ".coverage"
        report, junit = Path(scratch) / "coverage.json", Path(scratch) / "junit.xml"
        completed = run(
            [
                python,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                f"--cov={source}",
                "--cov-report=",
                "--cov-fail-under=0",
                f"--junitxml={junit}",
            ],
            cwd=ctx.root,
            timeout=ctx.config.timeout,
            env={"COVERAGE_FILE": str(data)},
        )
        if completed.returncode == PYTEST_NO_TESTS:
            none_ran = Finding(
                rule="COV004", severity=Severity.ERROR, path=None, line=None, message="no tests ran"
            )
            return UnitOutcome(findings=(none_ran,), summary="no tests ran")
        if not data.is_file() or not junit.is_file():
            return UnitOutcome(
                summary="pytest could not run",
                error=f"pytest exited with status {completed.returncode}:\n{completed.tail()}",
            )
        failed = _json_report(ctx, python, data, report)
        if failed is not None:
            return failed
        tests = parse_junit(junit.read_text(encoding="utf-8"))
        summary = parse_report(report.read_text(encoding="utf-8"), ctx.package)
    return _outcome(summary, ctx, tests)


UNIT = Unit(
    "coverage",
    "coverage",
    lambda ctx: (
        None
        if ctx.request.coverage_file is not None
        else ctx.key("coverage", ctx.files, sorted(ctx.env.versions().items()))
    ),
    run_coverage,
)
