# @file pytest.py
# @path src/mason/adapters/tools/pytest.py
# @version 0.1.0
"""pytest under coverage, and coverage's JSON report, in the project's environment.

pytest runs once with pytest-cov, writing the coverage data and a JUnit XML report to a scratch
directory; one ``coverage json`` then turns the data into the report. An audit therefore leaves
no ``.coverage`` file behind (in a project that does not ignore it, that would be an untracked
file, and a dirty tree for ``mason upgrade``). The project's own coverage settings apply.
"""

import tempfile
from collections.abc import Mapping
from pathlib import Path

from mason.adapters.process import run
from mason.domain.test_run import TestRun
from mason.domain.tool_output import ToolOutput

COVERAGE_BELOW_GATE = 2
"""coverage's exit status when the total is below the project's ``fail_under``: a report."""


def _json_report(
    python: Path, root: Path, data: Path, report: Path, *, timeout: float
) -> ToolOutput:
    return run(
        [python, "-m", "coverage", "json", "-o", str(report)],
        cwd=root,
        timeout=timeout,
        env={"COVERAGE_FILE": str(data)},  # every coverage since 5 reads it; --data-file came later
    )


def run_with_coverage(
    python: Path,
    root: Path,
    source: str,
    *,
    timeout: float,
    env: Mapping[str, str] | None = None,
) -> TestRun:
    """Run the project's tests under coverage of ``source``; return the reports they wrote."""
    with tempfile.TemporaryDirectory(prefix="mason-coverage-") as scratch:
        data = Path(scratch) / ".coverage"
        report, junit = Path(scratch) / "coverage.json", Path(scratch) / "junit.xml"
        tests = run(
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
            cwd=root,
            timeout=timeout,
            env={**(env or {}), "COVERAGE_FILE": str(data)},
        )
        junit_text = junit.read_text(encoding="utf-8") if junit.is_file() else None
        if not data.is_file():
            return TestRun(pytest=tests, junit=junit_text, coverage_json=None)
        converted = _json_report(python, root, data, report, timeout=timeout)
        if converted.returncode in {0, COVERAGE_BELOW_GATE} and report.is_file():
            text = report.read_text(encoding="utf-8")
            return TestRun(pytest=tests, junit=junit_text, coverage_json=text)
        return TestRun(pytest=tests, junit=junit_text, coverage_json=None, coverage_error=converted)


def coverage_report(python: Path, root: Path, data: Path, *, timeout: float) -> ToolOutput:
    """Return coverage's JSON report of ``data`` on stdout (a JSON report is read as it is)."""
    if data.suffix == ".json":
        try:
            text = data.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            return ToolOutput(("read", str(data)), 1, "", f"cannot read {data}: {error}")
        return ToolOutput(("read", str(data)), 0, text, "")
    with tempfile.TemporaryDirectory(prefix="mason-coverage-") as scratch:
        report = Path(scratch) / "coverage.json"
        converted = _json_report(python, root, data, report, timeout=timeout)
        if converted.returncode in {0, COVERAGE_BELOW_GATE} and report.is_file():
            return ToolOutput(converted.argv, 0, report.read_text(encoding="utf-8"), "")
        return converted if converted.returncode else ToolOutput(converted.argv, 1, "", "no report")
