# @file finding.py
# @path src/mason/domain/finding.py
# @version 0.1.0
"""A finding: one rule broken at one place, as a value (never an exception).

Findings are made by their rule (``Rule.finding``), which states the severity once.
"""

from pydantic import BaseModel, ConfigDict

from mason.domain.severity import Severity


class Finding(BaseModel):
    """One violation: which rule, how bad, where (path relative to the root), and what."""

    model_config = ConfigDict(frozen=True, use_attribute_docstrings=True)

    rule: str
    severity: Severity
    path: str | None
    line: int | None
    message: str
    column: int | None = None
    code: str | None = None
    """The tool's own code inside a mason rule (mypy's ``arg-type``, pyright's rule name)."""
    fingerprint: str | None = None
    """Stable under line shifts (rule, file, message, the source line's text): what baselines,
    the merge-base comparison, SARIF's partialFingerprints and GitLab's fingerprint use."""

    @property
    def location(self) -> str:
        """Return ``path:line:column`` (as much of it as is known)."""
        if self.path is None:
            return "(project)"
        parts = [self.path, *(str(part) for part in (self.line, self.column) if part is not None)]
        return ":".join(parts)
