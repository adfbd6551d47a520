# @file tools.py
# @path src/mason/domain/tools.py
# @version 0.1.0
"""The port through which a check's units run tools (implemented by ``mason.adapters.tools``).

Units stay pure: they ask for a tool's raw output through this protocol and parse it, while
each tool's command line, temporary files and output capture live in one adapter module. A
tool that is missing, crashes before reporting or outlives the timeout raises ``ToolError``,
which the runner turns into the check's ``error`` status.
"""

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from mason.domain.test_run import TestReach, TestRun
from mason.domain.toml import TomlTable
from mason.domain.tool_output import ToolOutput


class Tools(Protocol):
    """The tools a unit may run, each in the project's environment where it has one."""

    def version(self, tool: str) -> str:
        """Return the version of the ``tool`` that would run (``"?"`` when unknown)."""
        ...

    def provides(self, tool: str) -> bool:
        """Return whether the project's environment has ``tool`` (else mason's own runs)."""
        ...

    def environment(self) -> Mapping[str, str]:
        """Return every distribution installed in the project's environment (name: version)."""
        ...

    def import_graph(self, package: str) -> ToolOutput:
        """Return the import graph of ``package`` as JSON (modules, their files, imports)."""
        ...

    def ruff_check(self, paths: Sequence[str] | None = None) -> ToolOutput:
        """Run ``ruff check`` on the project (or on ``paths``); JSON diagnostics on stdout."""
        ...

    def ruff_format_check(self, paths: Sequence[str] | None = None) -> ToolOutput:
        """Run ``ruff format --check`` on the project (or on ``paths``).

        JSON where this ruff prints it, else its text form.
        """
        ...

    def mypy(self, targets: Sequence[str], search: Sequence[str] = ()) -> ToolOutput:
        """Run mypy (JSON lines on stdout) on ``targets``, or on its configured files.

        ``search``: project folders mypy finds imported modules in before installed ones
        (``MYPYPATH``), as it does for the folders of the files a full run names.
        """
        ...

    def pyright(self, files: Sequence[str] = ()) -> ToolOutput:
        """Run pyright with JSON output on the project (or on ``files`` only)."""
        ...

    def ty(self, files: Sequence[str] = ()) -> ToolOutput:
        """Run ty (GitLab Code Quality JSON) on the project (or on ``files`` only)."""
        ...

    def import_linter(self, config: Path | TomlTable) -> ToolOutput:
        """Check import-linter contracts (a config file, or a configuration to write one)."""
        ...

    def tests_with_coverage(self, source: str | None, keep: Path | None = None) -> TestRun:
        """Run the project's tests under coverage of ``source``; JUnit and coverage JSON back.

        With ``keep``, the data (recorded per test) and the JUnit report stay in that
        directory, for ``rerun_tests_with_coverage`` to build on later.
        """
        ...

    def tests_for_merge(self, source: str | None, keep: Path, tests: Sequence[str]) -> TestRun:
        """Run the test files ``tests`` (or all, given none) under coverage of ``source``.

        The data and the JUnit report stay in ``keep`` for ``mason audit merge``, which judges
        the gates on every shard's data combined; no coverage report comes back.
        """
        ...

    def covering_tests(self, previous: Path, files: Sequence[str]) -> TestReach | None:
        """Return the test files whose tests ran a line of ``files`` in the run kept there.

        ``None`` when that run's data cannot say (no per-test contexts, an unknown format).
        """
        ...

    def rerun_tests_with_coverage(
        self,
        source: str | None,
        previous: Path,
        keep: Path,
        tests: Sequence[str],
        files: Sequence[str],
    ) -> TestRun | None:
        """Re-run ``tests`` only, on the run kept in ``previous``, after ``files`` changed.

        The result is the whole project's (kept in ``keep``); ``None`` when the earlier run
        cannot be built on, so every test must run.
        """
        ...

    def coverage_report(self, data: Path) -> ToolOutput:
        """Return coverage's JSON report (on stdout) of a data file or an existing JSON report."""
        ...

    def uv_lock_check(self) -> ToolOutput:
        """Run ``uv lock --check``."""
        ...

    def run(
        self, argv: Sequence[str | Path], *, env: Mapping[str, str] | None = None
    ) -> ToolOutput:
        """Run any program in the project's root (for checks that plugins add)."""
        ...
