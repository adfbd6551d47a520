# @file json_report.py
# @path src/mason/cli/writers/json_report.py
# @version 0.1.0
"""``--format json``: the report model, serialized (DESIGN.md section 6)."""

from mason.domain.audit_report import AuditReport


def to_json(report: AuditReport) -> str:
    """Return the report as indented JSON."""
    return report.model_dump_json(indent=2) + "\n"
