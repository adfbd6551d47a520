# @file markdown.py
# @path src/mason/cli/writers/markdown.py
# @version 0.1.0
"""``markdown``: a summary for people where Markdown is rendered (a CI job's step summary).

One table of checks, then the first findings of each failing or warning check: GitHub shows
only ten annotations per step, so the summary is where the rest can be seen.
"""

from mason.domain.audit_report import AuditReport
from mason.domain.check_result import CheckResult
from mason.domain.check_status import CheckStatus
from mason.domain.finding import Finding

SHOWN = 20
"""Findings listed per check; the rest are counted."""
_MARK = {
    CheckStatus.PASS: "✅ pass",
    CheckStatus.FAIL: "❌ fail",
    CheckStatus.ERROR: "⚠️ error",
    CheckStatus.SKIPPED: "⏭️ skipped",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _where(report: AuditReport, finding: Finding) -> str:
    if finding.path is None:
        return "(project)"
    place = report.repository_relative(finding.path)
    return f"`{place}:{finding.line}`" if finding.line else f"`{place}`"


def _held(check: CheckResult) -> str:
    parts = [f"{len(check.existing)} existing"] if check.existing else []
    parts += [f"{check.suppressed} suppressed"] if check.suppressed else []
    return ", ".join(parts) or "-"


def to_markdown(report: AuditReport) -> str:
    """Return the report as a Markdown summary: the checks, then each one's first findings."""
    verdict = "passed" if report.passed else "failed"
    icon = "✅" if report.passed else "❌"
    lines = [
        f"## {icon} mason audit {verdict} in {report.duration_s:.1f}s",
        "",
        "| check | status | findings | held back | summary |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {check.name} | {_MARK[check.status]} | {len(check.findings)} | {_held(check)} "
        f"| {_cell(check.summary)} |"
        for check in report.checks
    ]
    for check in report.checks:
        if not check.findings and check.status is not CheckStatus.ERROR:
            continue
        lines += ["", f"### {check.name}", ""]
        if check.status is CheckStatus.ERROR and check.details:
            lines += ["```", check.details.strip(), "```", ""]
        if check.findings:
            lines += ["| where | rule | severity | message |", "|---|---|---|---|"]
            lines += [
                f"| {_where(report, finding)} | {finding.rule} | {finding.severity} "
                f"| {_cell(finding.message)} |"
                for finding in check.findings[:SHOWN]
            ]
            hidden = len(check.findings) - SHOWN
            if hidden > 0:
                lines += ["", f"... and {hidden} more (the JSON or SARIF report has every one)"]
    if report.base is not None:
        lines += ["", f"Compared with `{report.base.ref}` at `{report.base.commit[:10]}`."]
    return "\n".join(lines) + "\n"
