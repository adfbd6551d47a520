# @file test_run.py
# @path src/mason/domain/test_run.py
# @version 0.1.0
"""What one run of a project's tests under coverage produced, as raw reports."""

from dataclasses import dataclass

from mason.domain.tool_output import ToolOutput


@dataclass(frozen=True, slots=True)
class TestReach:
    """What a kept test run says about the tests and some files."""

    __test__ = False  # not a pytest test class, despite the name

    covering: frozenset[str]
    """The test files whose tests ran a line of the files."""
    known: frozenset[str]
    """Every test file the run had a test of (whatever its name)."""


@dataclass(frozen=True, slots=True)
class TestRun:
    """pytest's outcome, its JUnit XML and coverage's JSON report (``None`` when not written)."""

    __test__ = False  # not a pytest test class, despite the name

    pytest: ToolOutput
    junit: str | None
    coverage_json: str | None
    coverage_error: ToolOutput | None = None
    """``coverage json`` when it failed to turn the data into a report."""
    rerun: tuple[str, ...] | None = None
    """The test files that ran, when only some did (on the data of an earlier run)."""
