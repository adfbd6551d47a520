# @file audit_plain.py
# @path src/mason/cli/render/audit_plain.py
# @version 0.1.0
"""The audit report as plain lines, for logs, pipes and ``NO_COLOR`` terminals.

Findings come first, one per line in the ``path:line:col: RULE [severity] message`` shape that
editors and CI logs link to; then one line per check; then the verdict.
"""

from mason.domain.audit_report import AuditReport
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
    resolved = f"; {report.resolved} baseline entries resolved" if report.resolved else ""
    return f"mason audit: {state} in {report.duration_s:.1f}s{resolved}"


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
            f"{check.summary}"
        )
        if check.details and check.status is CheckStatus.ERROR:
            lines.extend(f"{'':<{width}}  | {row}" for row in check.details.splitlines())
    lines.append(verdict(report))
    return "\n".join(lines) + "\n"
