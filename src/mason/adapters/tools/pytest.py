# @file pytest.py
# @path src/mason/adapters/tools/pytest.py
# @version 0.1.0
"""pytest under coverage, and coverage's JSON report, in the project's environment.

pytest runs once with pytest-cov, writing the coverage data and a JUnit XML report to a scratch
directory; one ``coverage json`` then turns the data into the report. An audit therefore leaves
no ``.coverage`` file behind (in a project that does not ignore it, that would be an untracked
file, and a dirty tree for ``mason upgrade``). The project's own coverage settings apply.

For the incremental audit, a run can instead keep its data (recorded per test) and report in
a directory; a later run then re-runs only some tests on top of it (``pytest_rerun``).

The run is the project's own ``pytest --cov``, as its team runs it in its activated
environment: the environment's ``bin`` comes first on ``PATH`` (tests that call the project's
own scripts get them, not some other copy), the project's coverage configuration chooses what
is measured when it says (``source`` or ``include``: then mason passes a bare ``--cov``), and
every option of the project's ``addopts`` applies, except the report files pytest-cov would
leave in the tree (the ``mason_no_report_files`` plugin drops them).
"""

import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from mason.adapters.process import run
from mason.adapters.tools import pytest_plugin
from mason.domain.test_run import TestRun
from mason.domain.tool_output import ToolOutput

COVERAGE_BELOW_GATE = 2
"""coverage's exit status when the total is below the project's ``fail_under``: a report."""

USAGE_ERROR = 4
"""pytest's exit status for a command line it does not accept."""

CONTEXTS = "--cov-context=test"
"""Record which test ran each line (pytest-cov 2.8 and later), so some tests can re-run."""

PLUGIN_FOLDER = str(Path(pytest_plugin.__file__).parent)
"""On the run's ``PYTHONPATH``: it holds ``mason_no_report_files`` and nothing else."""

DATA, JUNIT = "coverage.sqlite", "junit.xml"
"""The files a kept run leaves (no dot files: CI artifact uploads skip those by default)."""


@dataclass(frozen=True, slots=True)
class TestCommand:
    """How to run the project's tests: its interpreter, where, what to measure, with what."""

    __test__ = False  # not a pytest test class, despite the name

    python: Path
    root: Path
    source: str | None
    """What to measure (``--cov=SOURCE``); None when the project's coverage settings choose."""
    timeout: float
    env: Mapping[str, str] | None = None
    workers: int = 1
    """pytest-xdist workers (``-n``); 1 runs the tests in one process, as pytest does."""

    def run(self, argv: Sequence[str | Path], env: Mapping[str, str]) -> ToolOutput:
        """Run ``argv`` in the project's root, its environment activated, with ``env`` too."""
        extra = {**(self.env or {}), **env}
        programs = self.python.parent
        activated = {
            "VIRTUAL_ENV": str(programs.parent),
            "PATH": os.pathsep.join([str(programs), os.environ.get("PATH", "")]),
            "PYTHONPATH": os.pathsep.join(
                filter(None, [PLUGIN_FOLDER, extra.get("PYTHONPATH", os.environ.get("PYTHONPATH"))])
            ),
        }
        return run(argv, cwd=self.root, timeout=self.timeout, env={**extra, **activated})


def _json_report(command: TestCommand, data: Path, report: Path) -> ToolOutput:
    return command.run(
        [command.python, "-m", "coverage", "json", "-o", str(report)],
        {"COVERAGE_FILE": str(data)},  # every coverage since 5 reads it; --data-file came later
    )


def _unknown_context_option(output: ToolOutput) -> bool:
    """Return whether pytest refused ``--cov-context`` (pytest-cov before 2.8)."""
    return output.returncode == USAGE_ERROR and "--cov-context" in output.stderr + output.stdout


def measure(
    command: TestCommand, folder: Path, *, contexts: bool, tests: Sequence[str] = ()
) -> ToolOutput:
    """Run pytest under coverage, writing ``.coverage`` and ``junit.xml`` into ``folder``."""
    argv: list[str | Path] = [
        command.python,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "-p",
        "mason_no_report_files",
        "--cov" if command.source is None else f"--cov={command.source}",
        "--cov-report=",
        "--cov-fail-under=0",
        f"--junitxml={folder / JUNIT}",
        *(["-n", str(command.workers)] if command.workers > 1 else []),
    ]
    environment = {"COVERAGE_FILE": str(folder / DATA)}
    tests_run = command.run([*argv, *([CONTEXTS] if contexts else []), *tests], environment)
    if contexts and _unknown_context_option(tests_run):
        return command.run([*argv, *tests], environment)
    return tests_run


def junit_in(folder: Path) -> str | None:
    """Return the JUnit report pytest wrote into ``folder``, if it wrote one."""
    path = folder / JUNIT
    return path.read_text(encoding="utf-8") if path.is_file() else None


def report(
    command: TestCommand,
    folder: Path,
    tests: ToolOutput,
    *,
    rerun: tuple[str, ...] | None = None,
) -> TestRun:
    """Return the run's reports: its JUnit XML and coverage's JSON report of its data."""
    junit_text = junit_in(folder)
    data, json_report = folder / DATA, folder / "coverage.json"
    if not data.is_file():
        return TestRun(pytest=tests, junit=junit_text, coverage_json=None, rerun=rerun)
    converted = _json_report(command, data, json_report)
    if converted.returncode in {0, COVERAGE_BELOW_GATE} and json_report.is_file():
        text = json_report.read_text(encoding="utf-8")
        return TestRun(pytest=tests, junit=junit_text, coverage_json=text, rerun=rerun)
    return TestRun(tests, junit_text, coverage_json=None, coverage_error=converted, rerun=rerun)


def run_with_coverage(command: TestCommand, keep: Path | None = None) -> TestRun:
    """Run the project's tests under coverage; return the reports they wrote.

    With ``keep``, the data (per test, so a later run can re-run some tests) and the JUnit
    report stay in that directory; otherwise nothing stays behind.
    """
    if keep is not None:
        return report(command, keep, measure(command, keep, contexts=True))
    with tempfile.TemporaryDirectory(prefix="mason-coverage-") as scratch:
        folder = Path(scratch)
        return report(command, folder, measure(command, folder, contexts=False))


def run_for_merge(command: TestCommand, keep: Path, tests: Sequence[str]) -> TestRun:
    """Run the test files ``tests`` under coverage, keeping data and JUnit in ``keep``.

    No coverage report: ``mason audit merge`` judges the gates on every shard's data combined,
    so a shard spends nothing on totals that would be its part's only.
    """
    outcome = measure(command, keep, contexts=False, tests=tests)
    return TestRun(pytest=outcome, junit=junit_in(keep), coverage_json=None)


def coverage_report(command: TestCommand, data: Path) -> ToolOutput:
    """Return coverage's JSON report of ``data`` on stdout (a JSON report is read as it is)."""
    if data.suffix == ".json":
        try:
            text = data.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            return ToolOutput(("read", str(data)), 1, "", f"cannot read {data}: {error}")
        return ToolOutput(("read", str(data)), 0, text, "")
    with tempfile.TemporaryDirectory(prefix="mason-coverage-") as scratch:
        json_report = Path(scratch) / "coverage.json"
        converted = _json_report(command, data, json_report)
        if converted.returncode in {0, COVERAGE_BELOW_GATE} and json_report.is_file():
            return ToolOutput(converted.argv, 0, json_report.read_text(encoding="utf-8"), "")
        return converted if converted.returncode else ToolOutput(converted.argv, 1, "", "no report")
