# @file silent_progress.py
# @path src/mason/services/audit/silent_progress.py
# @version 0.1.0
"""A progress reporter that shows nothing (machine output, pipes, the audit of a base)."""

from mason.domain.check_result import CheckResult


class SilentProgress:
    """A ``Progress`` that shows nothing."""

    def started(self, check: str) -> None:
        """Ignore a started check."""

    def finished(self, result: CheckResult) -> None:
        """Ignore a finished check."""

    def phase(self, text: str) -> None:
        """Ignore a step."""
