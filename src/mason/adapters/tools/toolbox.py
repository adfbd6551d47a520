# @file toolbox.py
# @path src/mason/adapters/tools/toolbox.py
# @version 0.1.0
"""The ``Tools`` port, implemented: each tool from the project's environment, else mason's own.

One toolbox serves one audit of one tree. It knows the project's environment (where its tools
and interpreter are, which versions it has), the audit's timeout and excludes, and, for an
audit of another tree than the environment's (the merge-base of ``--changed-since``), the
environment variables that make the tests import that tree's code.
"""

import os
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

from mason.adapters.process import run
from mason.adapters.tools import mypy, pyright, pytest, ruff, ty, uv
from mason.adapters.tools.environment import Environment, own_version
from mason.adapters.tools.options import accepts
from mason.domain.core_share import CoreShare
from mason.domain.errors import ToolError
from mason.domain.test_run import TestReach, TestRun
from mason.domain.toml import TomlTable
from mason.domain.tool_output import ToolOutput

LOCK_TIMEOUT = 300
_MASONS_OWN = ("import-linter", "uv")
"""Tools that always run from mason's own environment."""


class Toolbox:
    """Runs the project's tools for one audit of the tree at ``root``."""

    def __init__(  # noqa: PLR0913 - each is one fact about the run, named at the call
        self,
        root: Path,
        env: Environment,
        *,
        source_root: Path,
        excludes: Sequence[str],
        timeout: float,
        cache_dir: Path | None = None,
        extra_env: Mapping[str, str] | None = None,
        share: CoreShare | None = None,
    ) -> None:
        """Serve the tree at ``root`` with the tools of ``env``."""
        self.root = root
        self.env = env
        self.source_root = source_root
        self.excludes = tuple(excludes)
        self.timeout = timeout
        self.cache_dir = cache_dir
        self.extra_env = dict(extra_env or {})
        self.share = share or CoreShare()
        self._lock = threading.Lock()
        self._versions: dict[str, str] | None = None

    def environment(self) -> Mapping[str, str]:
        """Return the distributions installed in the project's environment."""
        with self._lock:
            if self._versions is None:
                self._versions = self.env.versions()
            return self._versions

    def provides(self, tool: str) -> bool:
        """Return whether the project's environment has ``tool``."""
        return self.env.program(tool) is not None

    def version(self, tool: str) -> str:
        """Return the version of the ``tool`` that would run."""
        if tool in _MASONS_OWN:
            return own_version(tool)
        return self.environment().get(tool) or own_version(tool)

    def _python(self, tool: str) -> tuple[Path, Path | None]:
        """Return the program and, for mason's own copy, the interpreter to point it at."""
        python = self.env.require()
        program, projects = self.env.tool(tool)
        return program, None if projects else python

    def ruff_check(self, paths: Sequence[str] | None = None) -> ToolOutput:
        """Run ``ruff check`` on the project, or on ``paths``."""
        program, _ = self.env.tool("ruff")
        return ruff.check(program, self.root, self.excludes, paths, timeout=self.timeout)

    def ruff_format_check(self, paths: Sequence[str] | None = None) -> ToolOutput:
        """Run ``ruff format --check`` on the project, or on ``paths``."""
        program, _ = self.env.tool("ruff")
        return ruff.format_check(program, self.root, self.excludes, paths, timeout=self.timeout)

    def mypy(self, targets: Sequence[str], search: Sequence[str] = ()) -> ToolOutput:
        """Run mypy on ``targets``, finding imports in the ``search`` folders first."""
        program, python = self._python("mypy")
        workers = (
            self.share.mypy if self.share.mypy > 1 and accepts(program, "--num-workers") else 1
        )
        folders = [str(self.root / folder) for folder in search]
        if folders and (given := os.environ.get("MYPYPATH")):
            folders.append(given)
        return mypy.check(
            program,
            self.root,
            targets,
            python=python,
            timeout=self.timeout,
            workers=workers,
            env={"MYPYPATH": os.pathsep.join(folders)} if folders else None,
        )

    def pyright(self, files: Sequence[str] = ()) -> ToolOutput:
        """Run pyright on the project, or on ``files``."""
        program, python = self._python("pyright")
        threads = (
            self.share.pyright if self.share.pyright > 1 and accepts(program, "--threads") else 1
        )
        return pyright.check(
            program, self.root, files, python=python, timeout=self.timeout, threads=threads
        )

    def ty(self, files: Sequence[str] = ()) -> ToolOutput:
        """Run ty on the project, or on ``files``, with the project's interpreter."""
        program, _ = self.env.tool("ty")
        return ty.check(program, self.root, files, python=self.env.require(), timeout=self.timeout)

    def import_graph(self, package: str) -> ToolOutput:
        """Return the import graph of ``package`` (grimp, through mason's probe)."""
        from mason.adapters.tools import importlinter  # noqa: PLC0415 - tomlkit; hooks never need it

        return importlinter.graph(
            package,
            root=self.root,
            source_root=self.source_root,
            cache_dir=self.cache_dir,
            timeout=self.timeout,
        )

    def import_linter(self, config: Path | TomlTable) -> ToolOutput:
        """Check import-linter contracts."""
        from mason.adapters.tools import importlinter  # noqa: PLC0415 - tomlkit; hooks never need it

        return importlinter.check(
            config,
            root=self.root,
            source_root=self.source_root,
            cache_dir=self.cache_dir,
            timeout=self.timeout,
        )

    def _tests(self, source: str | None) -> pytest.TestCommand:
        python = self.env.require()
        installed = self.environment()
        if "pytest-cov" not in installed:
            msg = "pytest-cov is not installed in the project's environment"
            raise ToolError(msg, hint="add pytest-cov to the dev dependencies and run `uv sync`")
        workers = self.share.tests if "pytest-xdist" in installed else 1
        return pytest.TestCommand(
            python, self.root, source, self.timeout, env=self.extra_env, workers=workers
        )

    def tests_with_coverage(self, source: str | None, keep: Path | None = None) -> TestRun:
        """Run the tests under coverage of ``source`` (keeping the data in ``keep``)."""
        return pytest.run_with_coverage(self._tests(source), keep)

    def tests_for_merge(self, source: str | None, keep: Path, tests: Sequence[str]) -> TestRun:
        """Run the test files ``tests`` under coverage, for ``mason audit merge``."""
        return pytest.run_for_merge(self._tests(source), keep, tests)

    def covering_tests(self, previous: Path, files: Sequence[str]) -> TestReach | None:
        """Return the test files whose tests ran a line of ``files`` in the kept run."""
        from mason.adapters.tools import pytest_rerun  # noqa: PLC0415 - XML, SQLite: on first use

        return pytest_rerun.covering_tests(previous, self.root, files)

    def rerun_tests_with_coverage(
        self,
        source: str | None,
        previous: Path,
        keep: Path,
        tests: Sequence[str],
        files: Sequence[str],
    ) -> TestRun | None:
        """Re-run ``tests`` only, on the run kept in ``previous``."""
        from mason.adapters.tools import pytest_rerun  # noqa: PLC0415 - XML, SQLite: on first use

        return pytest_rerun.rerun_with_coverage(
            self._tests(source), previous=previous, keep=keep, tests=tests, files=files
        )

    def combine_test_runs(self, source: str | None, folders: Sequence[Path], into: Path) -> TestRun:
        """Combine the test runs kept in ``folders`` (by ``--shard``) into one, in ``into``."""
        from mason.adapters.tools import pytest_rerun  # noqa: PLC0415 - XML, SQLite: on first use

        return pytest_rerun.combine_runs(self._tests(source), folders, into)

    def coverage_report(self, data: Path) -> ToolOutput:
        """Return coverage's JSON report of ``data``."""
        command = pytest.TestCommand(self.env.require(), self.root, ".", self.timeout)
        return pytest.coverage_report(command, data)

    def uv_lock_check(self) -> ToolOutput:
        """Run ``uv lock --check``."""
        return uv.lock_check(self.root, timeout=min(self.timeout, LOCK_TIMEOUT))

    def run(
        self, argv: Sequence[str | Path], *, env: Mapping[str, str] | None = None
    ) -> ToolOutput:
        """Run any program in the tree's root."""
        return run(argv, cwd=self.root, timeout=self.timeout, env={**self.extra_env, **(env or {})})
