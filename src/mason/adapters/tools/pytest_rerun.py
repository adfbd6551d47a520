# @file pytest_rerun.py
# @path src/mason/adapters/tools/pytest_rerun.py
# @version 0.1.0
"""Re-run some of the project's tests on the coverage data an earlier run kept; join shards.

The earlier data loses every line the re-run tests ran and the import lines of the changed
files; the new run's data is combined with what is left (``coverage combine``), and its JUnit
cases replace those of the re-run test files. Where the earlier run cannot be built on, the
answer is ``None`` and the caller runs every test. The runs of ``--shard`` are joined the same
way, by ``coverage combine``.
"""

import shutil
from collections.abc import Sequence
from pathlib import Path

from mason.adapters.files import write_atomic
from mason.adapters.tools import coverage_data, junit_merge
from mason.adapters.tools.pytest import DATA, JUNIT, TestCommand, junit_in, measure, report
from mason.domain.test_run import TestReach, TestRun
from mason.domain.tool_output import ToolOutput


def covering_tests(previous: Path, root: Path, files: Sequence[str]) -> TestReach | None:
    """Return the test files whose tests ran a line of ``files`` (``None``: data unusable)."""
    try:
        reach = coverage_data.contexts_by_test(previous / DATA, root, files)
    except coverage_data.UnknownDataError:
        return None
    return TestReach(covering=frozenset(reach.tests), known=frozenset(reach.known))


def _earlier(
    previous: Path, keep: Path, root: Path, tests: Sequence[str], files: Sequence[str]
) -> tuple[Path, str, frozenset[str]] | None:
    """Copy the earlier run's data into ``keep`` and prune it; ``None``: it cannot be used.

    Returns the pruned data, the earlier JUnit report, and the ``files`` that had import lines.
    """
    earlier = keep / "earlier" / DATA
    try:
        junit_text = (previous / JUNIT).read_text(encoding="utf-8")
        earlier.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(previous / DATA, earlier)
        imported = coverage_data.contexts_by_test(earlier, root, files).imported
        coverage_data.prune(earlier, root, tests, files)
    except (OSError, UnicodeDecodeError, coverage_data.UnknownDataError):
        return None
    return earlier, junit_text, imported


def rerun_with_coverage(
    command: TestCommand,
    *,
    previous: Path,
    keep: Path,
    tests: Sequence[str],
    files: Sequence[str],
) -> TestRun | None:
    """Re-run ``tests`` only, on the data of the run in ``previous``, after ``files`` changed.

    ``None`` when the earlier run cannot be built on (its data or report is missing or
    unknown, or a changed file's import lines are not measured again).
    """
    found = _earlier(previous, keep, command.root, tests, files)
    if found is None or (found[2] and not tests):
        return None  # a changed file had import lines, and no test would import it again
    earlier, junit_text, imported = found
    parts = [earlier]
    outcome = ToolOutput(("pytest", *tests), 0, "", "")
    if tests:
        fresh = keep / "fresh"
        fresh.mkdir(exist_ok=True)
        outcome = measure(command, fresh, contexts=True, tests=tests)
        fresh_junit = junit_in(fresh)
        if fresh_junit is None or not (fresh / DATA).is_file():
            return TestRun(pytest=outcome, junit=fresh_junit, coverage_json=None)
        try:
            again = coverage_data.contexts_by_test(fresh / DATA, command.root, imported).imported
            junit_text = junit_merge.merge_junit(junit_text, fresh_junit, tests)
        except (coverage_data.UnknownDataError, ValueError):
            return None
        if again != imported:
            return None  # something the import graph does not see imported a changed file
        parts.append(fresh / DATA)
    combined = command.run(
        [command.python, "-m", "coverage", "combine", *map(str, parts)],
        {"COVERAGE_FILE": str(keep / DATA)},
    )
    if combined.returncode != 0:
        return TestRun(outcome, junit_text, coverage_json=None, coverage_error=combined)
    write_atomic(keep / JUNIT, junit_text)
    return report(command, keep, outcome, rerun=tuple(tests))


def combine_runs(command: TestCommand, folders: Sequence[Path], into: Path) -> TestRun:
    """Combine the data and JUnit reports that test runs kept in ``folders`` (shards) ``into``.

    The result is as if one run had run every shard's tests: ``coverage combine`` joins the
    data, and the JUnit cases are joined in shard order.
    """
    parts: list[Path] = []
    junits: list[str] = []
    for number, folder in enumerate(folders):
        text = junit_in(folder)
        if text is None or not (folder / DATA).is_file():
            continue  # a shard without test files
        part = into / f"part-{number}" / DATA
        part.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folder / DATA, part)
        parts.append(part)
        junits.append(text)
    joined = ToolOutput(("coverage", "combine", *map(str, parts)), 0, "", "")
    if not parts:
        return TestRun(
            pytest=ToolOutput(joined.argv, 5, "", "no tests ran"), junit=None, coverage_json=None
        )
    combined = command.run(
        [command.python, "-m", "coverage", "combine", *map(str, parts)],
        {"COVERAGE_FILE": str(into / DATA)},
    )
    try:
        junit_text = junit_merge.concatenate_junit(junits)
    except ValueError as error:
        bad = ToolOutput(joined.argv, 1, "", f"a shard's JUnit report does not parse: {error}")
        return TestRun(pytest=bad, junit=None, coverage_json=None)
    if combined.returncode != 0:
        return TestRun(joined, junit_text, coverage_json=None, coverage_error=combined)
    write_atomic(into / JUNIT, junit_text)
    return report(command, into, joined)
