# @file junit.py
# @path src/mason/checks/coverage/junit.py
# @version 0.1.0
"""pytest's JUnit XML report: how many tests ran, and which failed."""

from dataclasses import dataclass
from xml.etree import ElementTree as ET

MAX_NAMED = 10


@dataclass(frozen=True, slots=True)
class TestTotals:
    """What the test run did."""

    __test__ = False  # not a pytest test class, despite the name

    tests: int
    failed: tuple[str, ...]

    @property
    def passed(self) -> bool:
        """Return whether every test passed (and at least one ran)."""
        return self.tests > 0 and not self.failed


def parse_junit(text: str) -> TestTotals:
    """Return the totals of a JUnit XML report (``pytest --junitxml``)."""
    root = ET.fromstring(text)  # noqa: S314 - pytest wrote this file moments ago
    tests = 0
    failed: list[str] = []
    for case in root.iter("testcase"):
        tests += 1
        if case.find("failure") is not None or case.find("error") is not None:
            failed.append(f"{case.get('classname', '')}::{case.get('name', '')}".strip(":"))
    return TestTotals(tests=tests, failed=tuple(sorted(failed)))  # workers finish in any order
