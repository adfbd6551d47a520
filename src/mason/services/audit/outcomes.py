# @file outcomes.py
# @path src/mason/services/audit/outcomes.py
# @version 0.1.0
"""Small helpers that build unit outcomes the same way in every check."""

from collections.abc import Sequence

from mason.adapters.process import Completed
from mason.domain.finding import Finding
from mason.domain.unit_outcome import UnitOutcome


def counted(findings: Sequence[Finding], what: str) -> UnitOutcome:
    """Return an outcome whose summary counts ``findings`` (``"3 findings in 2 files"``)."""
    if not findings:
        return UnitOutcome(summary=f"{what}: clean")
    files = {finding.path for finding in findings if finding.path}
    noun = "finding" if len(findings) == 1 else "findings"
    where = f" in {len(files)} file{'s' if len(files) != 1 else ''}" if files else ""
    return UnitOutcome(findings=tuple(findings), summary=f"{what}: {len(findings)} {noun}{where}")


def crashed(tool: str, completed: Completed) -> UnitOutcome:
    """Return the outcome of a tool that failed to run (not: found problems)."""
    tail = completed.tail()
    return UnitOutcome(
        summary=f"{tool} could not run",
        error=f"{tool} exited with status {completed.returncode}" + (f":\n{tail}" if tail else ""),
    )
