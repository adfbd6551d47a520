# @file quiet_progress.py
# @path src/mason/cli/render/quiet_progress.py
# @version 0.1.0
"""A progress reporter that shows nothing, for machine output and pipes."""

from mason.domain.check_result import CheckResult
from mason.domain.config import CheckName


class QuietProgress:
    """A ``Progress`` that shows nothing (machine output, pipes, tests)."""

    def started(self, check: CheckName) -> None:
        """Ignore a started check."""

    def finished(self, result: CheckResult) -> None:
        """Ignore a finished check."""
