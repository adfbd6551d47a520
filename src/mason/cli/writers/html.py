# @file html.py
# @path src/mason/cli/writers/html.py
# @version 0.1.0
"""``html``: one self-contained page (no scripts, no links to fetch) to archive or attach.

The verdict and the checks, the layer diagram (the contract's layers and the imports between
them, from import-linter's graph), a coverage chart per layer against the gates, then every
finding, grouped by check. Everything the project wrote (messages, paths) is escaped. The page
fits a phone's width (390 px): long paths and messages wrap anywhere, the diagram scales down.
"""

from html import escape

from mason.cli.writers.layer_diagram import layer_svg
from mason.domain.audit_report import AuditReport
from mason.domain.check_result import CheckResult
from mason.domain.check_status import CheckStatus

_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#111827;
padding:0 1rem}h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #e5e7eb;padding:.35rem .5rem;text-align:left;vertical-align:top;
overflow-wrap:anywhere}
pre{white-space:pre-wrap;overflow-wrap:anywhere}svg{max-width:100%;height:auto}
th{background:#f9fafb}code{font-size:.9em}
.pass{color:#15803d}.fail{color:#b91c1c}.error{color:#b45309}.skipped{color:#6b7280}
.bar{background:#e5e7eb;border-radius:4px;height:16px;position:relative;width:100%}
.fill{background:#4f46e5;border-radius:4px;height:16px}.low{background:#dc2626}
.gate{border-left:2px dashed #111827;height:22px;position:absolute;top:-3px}
svg .layer{font:600 14px system-ui,sans-serif}svg .cov,svg .count{font:12px system-ui,sans-serif}
.muted{color:#6b7280}
"""


def _status(check: CheckResult) -> str:
    value = check.status.value
    return f'<span class="{value}">{value}</span>'


def _checks_table(report: AuditReport) -> str:
    rows = "".join(
        f"<tr><td>{escape(check.name)}</td><td>{_status(check)}</td>"
        f"<td>{len(check.findings)}</td><td>{len(check.existing)}</td>"
        f"<td>{escape(check.summary)}</td></tr>"
        for check in report.checks
    )
    return (
        "<table><tr><th>check</th><th>status</th><th>findings</th><th>existing</th>"
        f"<th>summary</th></tr>{rows}</table>"
    )


def _coverage(report: AuditReport) -> dict[str, float]:
    check = next((check for check in report.checks if check.name == "coverage"), None)
    if check is None:
        return {}
    return {
        key.removeprefix("coverage."): value
        for key, value in check.metrics.items()
        if key.startswith("coverage.")
    }


def _coverage_chart(report: AuditReport) -> str:
    layers = _coverage(report)
    check = next((check for check in report.checks if check.name == "coverage"), None)
    total = check.metrics.get("coverage") if check is not None else None
    if total is None and not layers:
        return '<p class="muted">No coverage was measured.</p>'
    gate = check.metrics.get("gate.fail_under") if check is not None else None
    rows = [("total", total)] if total is not None else []
    rows += sorted(layers.items())
    body = ""
    for name, value in rows:
        low = " low" if gate is not None and value < gate else ""
        marker = f'<div class="gate" style="left:{gate:.1f}%"></div>' if gate is not None else ""
        body += (
            f"<tr><td>{escape(name)}</td><td>{value:.1f}%</td><td style='width:70%'>"
            f'<div class="bar"><div class="fill{low}" style="width:{min(value, 100):.1f}%">'
            f"</div>{marker}</div></td></tr>"
        )
    return f"<table><tr><th>layer</th><th>lines</th><th></th></tr>{body}</table>"


def _findings(report: AuditReport) -> str:
    sections: list[str] = []
    for check in report.checks:
        if not check.findings and check.status is not CheckStatus.ERROR:
            continue
        rows = "".join(
            f"<tr><td><code>{escape(finding.rule)}</code></td><td>{escape(finding.severity)}</td>"
            f"<td><code>{escape(_place(report, finding.path, finding.line))}</code></td>"
            f"<td>{escape(finding.message)}</td></tr>"
            for finding in check.findings
        )
        error = f"<pre>{escape(check.details)}</pre>" if check.details else ""
        sections.append(
            f"<h3>{escape(check.name)} {_status(check)}</h3>{error}"
            + (
                "<table><tr><th>rule</th><th>severity</th><th>where</th><th>message</th></tr>"
                f"{rows}</table>"
                if rows
                else ""
            )
        )
    return "".join(sections) or '<p class="pass">No findings.</p>'


def _place(report: AuditReport, path: str | None, line: int | None) -> str:
    if path is None:
        return "(project)"
    where = report.repository_relative(path)
    return f"{where}:{line}" if line else where


def to_html(report: AuditReport) -> str:
    """Return the report as one self-contained HTML page."""
    verdict = "passed" if report.passed else "failed"
    layers = next((check for check in report.checks if check.name == "layers"), None)
    diagram = layer_svg(layers.metrics, _coverage(report)) if layers is not None else None
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>mason audit {verdict}: {escape(report.root)}</title>"
        f"<style>{_STYLE}</style></head><body>"
        f'<h1>mason audit <span class="{"pass" if report.passed else "fail"}">{verdict}</span>'
        "</h1>"
        f'<p class="muted">{escape(report.root)} · mason {escape(report.mason_version)} · '
        f"{report.duration_s:.1f}s</p>"
        f"<h2>Checks</h2>{_checks_table(report)}"
        "<h2>Layers</h2>"
        + (
            f"<p class='muted'>Imports between the contract's layers; red arrows point up and "
            f"break it.</p>{diagram}"
            if diagram
            else '<p class="muted">No layers contract was checked.</p>'
        )
        + f"<h2>Coverage by layer</h2>{_coverage_chart(report)}"
        f"<h2>Findings</h2>{_findings(report)}"
        "</body></html>\n"
    )
