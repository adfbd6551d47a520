# @file audit_rich.py
# @path src/mason/cli/render/audit_rich.py
# @version 0.1.0
"""The audit report for people at a terminal: findings by file with their source, a summary."""

from collections.abc import Mapping
from itertools import groupby

from rich.console import Console, Group
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from mason.cli.render.audit_plain import counts as held_back
from mason.cli.render.audit_plain import detail_rows, verdict
from mason.domain.audit_report import AuditReport
from mason.domain.check_status import CheckStatus
from mason.domain.finding import Finding
from mason.domain.severity import Severity

STATUS_STYLE = {
    CheckStatus.PASS: "ok",
    CheckStatus.FAIL: "fail",
    CheckStatus.ERROR: "error",
    CheckStatus.SKIPPED: "skip",
}
MAX_PER_FILE = 25


def _findings(report: AuditReport) -> list[tuple[str, Finding]]:
    pairs = [(check.name, finding) for check in report.checks for finding in check.findings]
    return sorted(pairs, key=lambda pair: (pair[1].path or "", pair[1].line or 0, pair[1].rule))


def summary_table(report: AuditReport) -> Table:
    """Return the table of checks: status, findings, time and summary."""
    table = Table(title="mason audit", title_justify="left", expand=False)
    table.add_column("check", style="bold")
    table.add_column("status")
    table.add_column("findings", justify="right")
    table.add_column("time", justify="right")
    table.add_column("summary", overflow="fold")
    for check in report.checks:
        status = Text(check.status.value, style=STATUS_STYLE[check.status])
        if check.cached:
            status.append(" (cached)", style="dim")
        found = f"{check.errors}" + (f" +{check.warnings}w" if check.warnings else "")
        summary = escape(check.summary + held_back(check))
        table.add_row(check.name, status, found, f"{check.duration_s:.2f}s", summary)
    return table


def render(console: Console, report: AuditReport, lines: Mapping[str, Mapping[int, str]]) -> None:
    """Print the findings grouped by file, each with its source line, then the summary."""
    for path, group in groupby(_findings(report), key=lambda pair: pair[1].path):
        items = list(group)
        console.print(Text(path or "(project)", style="path bold"))
        for check, finding in items[:MAX_PER_FILE]:
            style = "fail" if finding.severity is Severity.ERROR else "warning"
            where = (
                f"{finding.line}:{finding.column}" if finding.column else f"{finding.line or ''}"
            )
            head = Text.assemble(
                (f"  {where:>7} ", "dim"),
                (finding.rule, style),
                f" {finding.message} ",
                (f"[{check}]", "dim"),
            )
            source = lines.get(path or "", {}).get(finding.line or 0)
            body = (
                [head, Padding(Text(source.strip(), style="dim italic"), (0, 0, 0, 11))]
                if source
                else [head]
            )
            console.print(Group(*body))
        if len(items) > MAX_PER_FILE:
            console.print(Text(f"  ... {len(items) - MAX_PER_FILE} more in this file", style="dim"))
    console.print(summary_table(report))
    for result in report.checks:
        if result.status is CheckStatus.ERROR and result.details:
            console.print(Text(f"{result.name} could not run:", style="error"))
            console.print(
                Padding(Text("\n".join(detail_rows(result)) or result.details), (0, 0, 0, 2))
            )
    if report.base is not None and report.base.note:
        console.print(Text(f"base {report.base.commit[:10]}: {report.base.note}", style="warning"))
    style = "ok" if report.passed else "fail"
    console.print(Text(verdict(report), style=style))
