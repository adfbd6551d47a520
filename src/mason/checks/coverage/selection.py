# @file selection.py
# @path src/mason/checks/coverage/selection.py
# @version 0.1.0
"""Which tests a change can reach, or that it cannot be told and every test must run.

A test can reach a changed file by importing it (the file's importers are already among the
affected files the audit computed from the import graph) or by running its lines some other
way (the coverage data of the last run records which test ran which line). What neither can
see makes the run full: a changed ``conftest.py`` (its fixtures reach tests that never import
it), and a changed file that is neither the package's nor a test file (a helper, a plugin,
a test file named in a way pytest was configured to collect).
"""

from collections.abc import Collection, Mapping, Sequence
from fnmatch import fnmatchcase

from mason.domain.test_run import TestReach

TEST_FILES = ("test_*.py", "*_test.py")
"""pytest's default ``python_files``: the files it collects tests from."""


def is_test_file(path: str) -> bool:
    """Return whether pytest collects tests from ``path`` by default."""
    name = path.rsplit("/", 1)[-1]
    return any(fnmatchcase(name, pattern) for pattern in TEST_FILES)


def select_tests(
    changed: Sequence[str],
    affected: Collection[str],
    reach: TestReach,
    sources: Sequence[str],
    importers: Mapping[str, Sequence[str]] | None = None,
) -> list[str] | None:
    """Return the test files to run again after ``changed`` changed (``None``: all of them).

    ``affected`` holds the changed files and the files that import them where the change shows
    (a changed body does not); ``reach`` the test files whose tests ran a line of an affected
    file in the last run, and every test file it had; ``sources`` the folders of the project's
    code (its package, its ``src``). A changed module no chosen test imports gets one test file
    that does (``importers``), so its import lines are measured again.
    """

    def test(path: str) -> bool:
        return is_test_file(path) or path in reach.known

    for path in changed:
        if path.rsplit("/", 1)[-1] == "conftest.py":
            return None
        if not test(path) and not any(path.startswith(f"{folder}/") for folder in sources):
            return None  # a helper, a plugin, a test file of another name: cannot tell
    chosen = {*reach.covering, *(path for path in affected if test(path))}
    for path in changed:
        importing = [file for file in (importers or {}).get(path, ()) if test(file)]
        if importing and not chosen.intersection(importing):
            chosen.add(importing[0])
    return sorted(chosen)
