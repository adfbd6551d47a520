# @file unit_outcome.py
# @path src/mason/domain/unit_outcome.py
# @version 0.1.0
"""What one unit of an audit produced (a check is one or more units, e.g. mypy and pyright)."""

from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field

from mason.domain.finding import Finding


class UnitOutcome(BaseModel):
    """Findings and numbers of one unit, or why it could not run; cached as JSON."""

    model_config = ConfigDict(frozen=True)

    findings: tuple[Finding, ...] = ()
    summary: str = ""
    metrics: Mapping[str, float] = Field(default_factory=dict[str, float])
    error: str | None = None
    """Set when the unit could not run: what happened and what to do."""
    skipped: bool = False
    """Set when the unit does not apply to this project (e.g. no import contracts)."""
