# @file check_result.py
# @path src/mason/domain/check_result.py
# @version 0.1.0
"""The result of one check: findings, what could not run, and the status computed from them.

``status`` is derived, never stored: a check fails when it has an error finding, is an error
when a unit could not run, is skipped when nothing applied, and passes otherwise. No filter,
baseline or merge step can leave it out of step with the findings it reports.
"""

from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field, computed_field

from mason.domain.check_status import CheckStatus
from mason.domain.finding import Finding
from mason.domain.severity import Severity


class CheckResult(BaseModel):
    """What one check (``lint``, ``typing``, ...) found, as ``--format json`` reports it."""

    model_config = ConfigDict(frozen=True, use_attribute_docstrings=True)

    name: str
    duration_s: float
    summary: str
    findings: tuple[Finding, ...] = ()
    """The findings that count: new ones, after suppressions, baselines and the base."""
    existing: tuple[Finding, ...] = ()
    """Findings the baseline or the base of ``--changed-since`` already had: listed, not failed."""
    suppressed: int = 0
    """Findings switched off by ``ignore``, ``per-file-ignores`` or ``# mason: ignore[...]``."""
    cached: bool = False
    metrics: Mapping[str, float] = Field(default_factory=dict[str, float])
    details: str | None = None
    """What went wrong when a unit could not run (the tail of a tool's output, what to do)."""
    skipped: bool = False
    """Nothing in the check applied to this project (e.g. no import contracts)."""

    @computed_field  # type: ignore[prop-decorator] # pydantic's documented form; mypy cannot see through it
    @property
    def status(self) -> CheckStatus:
        """Return ``fail``, ``error``, ``skipped`` or ``pass``, from the findings and details."""
        if any(finding.severity is Severity.ERROR for finding in self.findings):
            return CheckStatus.FAIL
        if self.details is not None:
            return CheckStatus.ERROR
        if self.skipped:
            return CheckStatus.SKIPPED
        return CheckStatus.PASS

    @property
    def errors(self) -> int:
        """Return how many findings are errors."""
        return sum(1 for finding in self.findings if finding.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        """Return how many findings are warnings."""
        return len(self.findings) - self.errors
