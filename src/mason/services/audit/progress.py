# @file progress.py
# @path src/mason/services/audit/progress.py
# @version 0.1.0
"""The protocol through which the audit reports progress to whoever shows it."""

from typing import Protocol

from mason.domain.check_result import CheckResult


class Progress(Protocol):
    """Where the runner reports progress (the CLI shows it live)."""

    def started(self, check: str) -> None:
        """Report that the first unit of ``check`` started."""
        ...

    def finished(self, result: CheckResult) -> None:
        """Report that the last unit of a check finished, with the check's result."""
        ...

    def phase(self, text: str) -> None:
        """Report a step of the audit beyond the checks (``comparing with origin/main``)."""
        ...
