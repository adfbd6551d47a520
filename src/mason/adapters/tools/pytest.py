# @file pytest.py
# @path src/mason/adapters/tools/pytest.py
# @version 0.1.0
"""pytest under coverage, and coverage's JSON report, in the project's environment.

pytest runs once with pytest-cov, writing the coverage data and a JUnit XML report to a scratch
directory; one ``coverage json`` then turns the data into the report. An audit therefore leaves
no ``.coverage`` file behind (in a project that does not ignore it, that would be an untracked
file, and a dirty tree for ``mason upgrade``). The project's own coverage settings apply.

For the incremental audit, a run can instead keep its data (recorded per test) and report in
a directory; a later run then re-runs only the tests a change can reach, on top of that data.
"""

import shutil
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from mason.adapters.files import write_atomic
from mason.adapters.process import run
from mason.adapters.tools import coverage_data, junit_merge
from mason.domain.test_run import TestRun
from mason.domain.tool_output import ToolOutput

COVERAGE_BELOW_GATE = 2
"""coverage's exit status when the total is below the project's ``fail_under``: a report."""

USAGE_ERROR = 4
"""pytest's exit status for a command line it does not accept."""

CONTEXTS = "--cov-context=test"
"""Record which test ran each line (pytest-cov 2.8 and later), so some tests can re-run."""

DATA, JUNIT = ".coverage", "junit.xml"


def _json_report(
    python: Path, root: Path, data: Path, report: Path, *, timeout: float
) -> ToolOutput:
    return run(
        [python, "-m", "coverage", "json", "-o", str(report)],
        cwd=root,
        timeout=timeout,
        env={"COVERAGE_FILE": str(data)},  # every coverage since 5 reads it; --data-file came later
    )


def _unknown_context_option(output: ToolOutput) -> bool:
    """Return whether pytest refused ``--cov-context`` (pytest-cov before 2.8)."""
    return output.returncode == USAGE_ERROR and "--cov-context" in output.stderr + output.stdout


def _measure(  # noqa: PLR0913 - one test run: where, what, and how
    python: Path,
    root: Path,
    source: str,
    folder: Path,
    *,
    contexts: bool,
    tests: Sequence[str] = (),
    timeout: float,
    env: Mapping[str, str] | None,
) -> ToolOutput:
    """Run pytest under coverage, writing ``.coverage`` and ``junit.xml`` into ``folder``."""
    argv: list[str | Path] = [
        python,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        f"--cov={source}",
        "--cov-report=",
        "--cov-fail-under=0",
        f"--junitxml={folder / JUNIT}",
    ]
    environment = {**(env or {}), "COVERAGE_FILE": str(folder / DATA)}
    tests_run = run(
        [*argv, *([CONTEXTS] if contexts else []), *tests],
        cwd=root,
        timeout=timeout,
        env=environment,
    )
    if contexts and _unknown_context_option(tests_run):
        return run([*argv, *tests], cwd=root, timeout=timeout, env=environment)
    return tests_run


def _report(  # noqa: PLR0913 - the run, its files, and how to convert them
    python: Path,
    root: Path,
    folder: Path,
    tests: ToolOutput,
    junit_text: str | None,
    *,
    timeout: float,
    rerun: tuple[str, ...] | None = None,
) -> TestRun:
    data, report = folder / DATA, folder / "coverage.json"
    if not data.is_file():
        return TestRun(pytest=tests, junit=junit_text, coverage_json=None, rerun=rerun)
    converted = _json_report(python, root, data, report, timeout=timeout)
    if converted.returncode in {0, COVERAGE_BELOW_GATE} and report.is_file():
        text = report.read_text(encoding="utf-8")
        return TestRun(pytest=tests, junit=junit_text, coverage_json=text, rerun=rerun)
    return TestRun(
        pytest=tests, junit=junit_text, coverage_json=None, coverage_error=converted, rerun=rerun
    )


def _junit(folder: Path) -> str | None:
    path = folder / JUNIT
    return path.read_text(encoding="utf-8") if path.is_file() else None


def run_with_coverage(  # noqa: PLR0913 - the tests, where, and what to keep
    python: Path,
    root: Path,
    source: str,
    *,
    timeout: float,
    env: Mapping[str, str] | None = None,
    keep: Path | None = None,
) -> TestRun:
    """Run the project's tests under coverage of ``source``; return the reports they wrote.

    With ``keep``, the data (per test, so a later run can re-run some tests) and the JUnit
    report stay in that directory; otherwise nothing stays behind.
    """
    if keep is not None:
        tests = _measure(python, root, source, keep, contexts=True, timeout=timeout, env=env)
        return _report(python, root, keep, tests, _junit(keep), timeout=timeout)
    with tempfile.TemporaryDirectory(prefix="mason-coverage-") as scratch:
        folder = Path(scratch)
        tests = _measure(python, root, source, folder, contexts=False, timeout=timeout, env=env)
        return _report(python, root, folder, tests, _junit(folder), timeout=timeout)


def covering_tests(data_folder: Path, root: Path, files: Sequence[str]) -> set[str] | None:
    """Return the test files whose tests ran a line of ``files`` (``None``: data unusable)."""
    try:
        tests, _ = coverage_data.contexts_by_test(data_folder / DATA, root, files)
    except coverage_data.UnknownDataError:
        return None
    return tests


def _earlier(
    previous: Path, keep: Path, root: Path, tests: Sequence[str], files: Sequence[str]
) -> tuple[Path, str, set[str]] | None:
    """Copy the earlier run's data into ``keep`` and prune it; ``None``: it cannot be used.

    Returns the pruned data, the earlier JUnit report, and the ``files`` that had import lines.
    """
    earlier = keep / "earlier" / DATA
    try:
        junit_text = (previous / JUNIT).read_text(encoding="utf-8")
        earlier.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(previous / DATA, earlier)
        _, imported = coverage_data.contexts_by_test(earlier, root, files)
        coverage_data.prune(earlier, root, tests, files)
    except (OSError, UnicodeDecodeError, coverage_data.UnknownDataError):
        return None
    return earlier, junit_text, imported


def rerun_with_coverage(  # noqa: PLR0913 - the tests, the data they build on, and where
    python: Path,
    root: Path,
    source: str,
    *,
    previous: Path,
    keep: Path,
    tests: Sequence[str],
    files: Sequence[str],
    timeout: float,
    env: Mapping[str, str] | None = None,
) -> TestRun | None:
    """Re-run ``tests`` only, on the data of the run in ``previous``, after ``files`` changed.

    The earlier data loses every line ``tests`` ran and the import lines of ``files``; the new
    run's data is combined with what is left (``coverage combine``), and its JUnit cases replace
    those of ``tests``. ``None`` when the earlier run cannot be built on (its data or report is
    missing or unknown, or a changed file's import lines are not measured again): the caller
    then runs every test.
    """
    found = _earlier(previous, keep, root, tests, files)
    if found is None or (found[2] and not tests):
        return None  # a changed file had import lines, and no test would import it again
    earlier, junit_text, imported = found
    parts = [earlier]
    outcome = ToolOutput(("pytest", *tests), 0, "", "")
    if tests:
        fresh = keep / "fresh"
        fresh.mkdir(exist_ok=True)
        outcome = _measure(
            python, root, source, fresh, contexts=True, tests=tests, timeout=timeout, env=env
        )
        fresh_junit = _junit(fresh)
        if fresh_junit is None or not (fresh / DATA).is_file():
            return TestRun(pytest=outcome, junit=fresh_junit, coverage_json=None)
        try:
            _, again = coverage_data.contexts_by_test(fresh / DATA, root, imported)
            junit_text = junit_merge.merge_junit(junit_text, fresh_junit, tests)
        except (coverage_data.UnknownDataError, ValueError):
            return None
        if again != imported:
            return None  # something the import graph does not see imported a changed file
        parts.append(fresh / DATA)
    combined = run(
        [python, "-m", "coverage", "combine", *map(str, parts)],
        cwd=root,
        timeout=timeout,
        env={**(env or {}), "COVERAGE_FILE": str(keep / DATA)},
    )
    if combined.returncode != 0:
        return TestRun(outcome, junit_text, coverage_json=None, coverage_error=combined)
    write_atomic(keep / JUNIT, junit_text)
    return _report(python, root, keep, outcome, junit_text, timeout=timeout, rerun=tuple(tests))


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
