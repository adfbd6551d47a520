# @file check_result.py
# @path src/mason/domain/check_result.py
# @version 0.1.0
"""The result of one check: its status, timing, findings and measured numbers."""

from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field

from mason.domain.check_status import CheckStatus
from mason.domain.config import CheckName
from mason.domain.finding import Finding
from mason.domain.severity import Severity


class CheckResult(BaseModel):
    """What one check (``lint``, ``typing``, ...) found, as ``--format json`` reports it."""

    model_config = ConfigDict(frozen=True)

    name: CheckName
    status: CheckStatus
    duration_s: float
    summary: str
    findings: tuple[Finding, ...] = ()
    cached: bool = False
    metrics: Mapping[str, float] = Field(default_factory=dict[str, float])
    details: str | None = None
    """For status ``error``: what went wrong (the tail of a tool's output, the command to run)."""

    @property
    def errors(self) -> int:
        """Return how many findings are errors."""
        return sum(1 for finding in self.findings if finding.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        """Return how many findings are warnings."""
        return len(self.findings) - self.errors
