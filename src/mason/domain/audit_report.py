# @file audit_report.py
# @path src/mason/domain/audit_report.py
# @version 0.1.0
"""The audit report (a contract: ``--format json`` is this model, serialized)."""

from pydantic import BaseModel, ConfigDict

from mason.domain.check_result import CheckResult
from mason.domain.check_status import CheckStatus
from mason.domain.exit_codes import ExitCode


class AuditReport(BaseModel):
    """Everything one ``mason audit`` found, in the order the checks are listed."""

    model_config = ConfigDict(frozen=True)

    mason_version: str
    root: str
    passed: bool
    duration_s: float
    checks: tuple[CheckResult, ...]
    baseline: str | None = None
    """The baseline file the findings were compared with, if any."""
    resolved: int = 0
    """Baseline entries that no longer occur (fixed since the baseline was written)."""

    @property
    def exit_code(self) -> ExitCode:
        """Return 1 if any check failed, else 3 if any could not run, else 0."""
        statuses = {check.status for check in self.checks}
        if CheckStatus.FAIL in statuses:
            return ExitCode.FAILED
        if CheckStatus.ERROR in statuses:
            return ExitCode.COULD_NOT_RUN
        return ExitCode.OK
