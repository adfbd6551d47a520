# @file finding.py
# @path src/mason/domain/finding.py
# @version 0.1.0
"""A finding: one rule broken at one place, as a value (never an exception)."""

from pydantic import BaseModel, ConfigDict

from mason.domain.severity import Severity


class Finding(BaseModel):
    """One violation: which rule, how bad, where (path relative to the root), and what."""

    model_config = ConfigDict(frozen=True)

    rule: str
    severity: Severity
    path: str | None
    line: int | None
    message: str
    column: int | None = None

    @property
    def location(self) -> str:
        """Return ``path:line:column`` (as much of it as is known)."""
        if self.path is None:
            return "(project)"
        parts = [self.path, *(str(part) for part in (self.line, self.column) if part is not None)]
        return ":".join(parts)
