# @file audit_plain.py
# @path src/mason/cli/render/audit_plain.py
# @version 0.1.0
"""The audit report as plain lines, for logs, pipes and ``NO_COLOR`` terminals.

Findings come first, one per line in the ``path:line:col: RULE [severity] message`` shape that
editors and CI logs link to; then one line per check; then the verdict.
"""

from mason.domain.audit_report import AuditReport
from mason.domain.check_result import CheckResult
from mason.domain.check_status import CheckStatus


def verdict(report: AuditReport) -> str:
    """Return the one-line verdict (``mason audit: passed (8 checks) in 3.1s``)."""
    failed = [check.name for check in report.checks if check.status is CheckStatus.FAIL]
    broken = [check.name for check in report.checks if check.status is CheckStatus.ERROR]
    if failed:
        state = f"FAILED ({', '.join(failed)})"
    elif broken:
        state = f"could not run {', '.join(broken)}"
    else:
        state = f"passed ({len(report.checks)} checks)"
    notes = [held(report)] if held(report) else []
    if report.resolved:
        notes.append(f"{report.resolved} baseline entries resolved")
    tail = "".join(f"; {note}" for note in notes)
    return f"mason audit: {state} in {report.duration_s:.1f}s{tail}"


def held(report: AuditReport) -> str:
    """Return what the run held back (``3 existing since origin/main, 2 suppressed``)."""
    parts: list[str] = []
    if report.existing:
        since = f" since {report.base.ref}" if report.base else " in the baseline"
        parts.append(f"{report.existing} existing{since}")
    if report.suppressed:
        parts.append(f"{report.suppressed} suppressed")
    return ", ".join(parts)


def counts(check: CheckResult) -> str:
    """Return a check's held-back findings as a suffix (``; 1 existing, 2 suppressed``)."""
    parts = [f"{len(check.existing)} existing"] if check.existing else []
    parts += [f"{check.suppressed} suppressed"] if check.suppressed else []
    return f"; {', '.join(parts)}" if parts else ""


def detail_rows(check: CheckResult) -> list[str]:
    """Return the lines of why ``check`` could not run that its summary does not already say."""
    said = set(check.summary.split("; "))
    return [row for row in (check.details or "").splitlines() if row not in said]


def to_plain(report: AuditReport) -> str:
    """Return the report as plain text."""
    lines: list[str] = []
    for check in report.checks:
        lines.extend(
            f"{finding.location}: {finding.rule} [{finding.severity}] {finding.message}"
            for finding in sorted(
                check.findings, key=lambda item: (item.path or "", item.line or 0, item.rule)
            )
        )
    if lines:
        lines.append("")
    width = max((len(check.name) for check in report.checks), default=8)
    for check in report.checks:
        cached = " (cached)" if check.cached else ""
        lines.append(
            f"{check.name:<{width}}  {check.status.value:<7}  {check.duration_s:6.2f}s{cached}  "
            f"{check.summary}{counts(check)}"
        )
        if check.status is CheckStatus.ERROR:
            lines.extend(f"{'':<{width}}  | {row}" for row in detail_rows(check))
    if report.base is not None and report.base.note:
        lines.append(f"base {report.base.commit[:10]}: {report.base.note}")
    lines.append(verdict(report))
    return "\n".join(lines) + "\n"
