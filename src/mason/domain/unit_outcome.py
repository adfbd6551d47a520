# @file unit_outcome.py
# @path src/mason/domain/unit_outcome.py
# @version 0.1.0
"""What one unit of an audit produced (a check is one or more units, e.g. mypy and pyright)."""

from collections.abc import Mapping, Sequence
from typing import Self

from pydantic import BaseModel, ConfigDict, Field

from mason.domain.finding import Finding
from mason.domain.tool_output import ToolOutput


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
    whole: bool = False
    """Set by a unit that was given a focus (``UnitContext.focus``) but whose outcome is the
    whole project's anyway: its tool's own settings decide which files it checks, or it built
    on its kept files (``Unit.keeps_files``)."""

    @classmethod
    def counted(cls, findings: Sequence[Finding], what: str) -> Self:
        """Return an outcome whose summary counts ``findings`` (``"3 findings in 2 files"``)."""
        if not findings:
            return cls(summary=f"{what}: clean")
        files = {finding.path for finding in findings if finding.path}
        noun = "finding" if len(findings) == 1 else "findings"
        where = f" in {len(files)} file{'s' if len(files) != 1 else ''}" if files else ""
        return cls(findings=tuple(findings), summary=f"{what}: {len(findings)} {noun}{where}")

    @classmethod
    def crashed(cls, tool: str, output: ToolOutput, hint: str | None = None) -> Self:
        """Return the outcome of a tool that failed to run (not: found problems)."""
        tail = output.tail()
        error = f"{tool} exited with status {output.returncode}" + (f":\n{tail}" if tail else "")
        return cls(
            summary=f"{tool} could not run", error=error + (f"\nhint: {hint}" if hint else "")
        )
