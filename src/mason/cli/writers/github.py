# @file github.py
# @path src/mason/cli/writers/github.py
# @version 0.1.0
"""``--format github``: GitHub Actions workflow commands, so findings annotate the diff."""

from mason.domain.audit_report import AuditReport
from mason.domain.check_status import CheckStatus
from mason.domain.severity import Severity


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(report: AuditReport) -> str:
    """Return one ``::error``/``::warning`` line per finding, and one per check that broke."""
    lines: list[str] = []
    for check in report.checks:
        for finding in check.findings:
            level = "error" if finding.severity is Severity.ERROR else "warning"
            properties = [f"title={_escape_property(f'{finding.rule} ({check.name})')}"]
            if finding.path:
                where = report.repository_relative(finding.path)
                properties.insert(0, f"file={_escape_property(where)}")
            if finding.line:
                properties.insert(1, f"line={finding.line}")
            if finding.column:
                properties.insert(2, f"col={finding.column}")
            lines.append(f"::{level} {','.join(properties)}::{_escape_data(finding.message)}")
        if check.status is CheckStatus.ERROR:
            title = _escape_property(f"mason {check.name} could not run")
            lines.append(f"::error title={title}::{_escape_data(check.details or check.summary)}")
    verdict = "passed" if report.passed else "failed"
    lines.append(f"::notice title=mason audit::{verdict} in {report.duration_s:.1f}s")
    return "\n".join(lines) + "\n"
