# @file sarif.py
# @path src/mason/cli/writers/sarif.py
# @version 0.1.0
"""``--format sarif``: SARIF 2.1.0, one run per check, rules with their help text.

GitHub code scanning and most IDEs read this format; every rule carries mason's rationale and
fix, so a reader sees why without leaving the alert.
"""

import json

from mason import __version__
from mason.domain.audit_report import AuditReport
from mason.domain.check_result import CheckResult
from mason.domain.registry import Registry
from mason.domain.severity import Severity
from mason.services.registry import registry

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _rule(rule_id: str, known: Registry) -> dict[str, object]:
    rule = known.rule(rule_id)
    if rule is None:  # a report read back from another mason: describe what it says
        return {"id": rule_id, "name": rule_id, "shortDescription": {"text": rule_id}}
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.rationale},
        "help": {"text": f"{rule.rationale}\nFix: {rule.fix}\nSeed: {rule.seed}"},
        "helpUri": rule.uri,
        "defaultConfiguration": {
            "level": "error" if rule.severity is Severity.ERROR else "warning"
        },
    }


def _tools(check: str, known: Registry) -> str:
    return known.check(check).tools if check in known.names else "mason"


def _run(check: CheckResult, known: Registry, report: AuditReport) -> dict[str, object]:
    rule_ids = sorted({finding.rule for finding in check.findings})
    results: list[dict[str, object]] = []
    for finding in check.findings:
        location: dict[str, object] = {
            "artifactLocation": {
                "uri": report.repository_relative(finding.path or "pyproject.toml")
            }
        }
        if finding.line:
            region: dict[str, int] = {"startLine": finding.line}
            if finding.column:
                region["startColumn"] = finding.column
            location["region"] = region
        results.append(
            {
                "ruleId": finding.rule,
                "ruleIndex": rule_ids.index(finding.rule),
                "level": "error" if finding.severity is Severity.ERROR else "warning",
                "message": {"text": finding.message},
                "locations": [{"physicalLocation": location}],
            }
        )
    invocation: dict[str, object] = {"executionSuccessful": check.status != "error"}
    if check.details:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": check.details}}
        ]
    return {
        "tool": {
            "driver": {
                "name": f"mason {check.name}",
                "fullName": f"mason audit: {check.name} ({_tools(check.name, known)})",
                "version": __version__,
                "rules": [_rule(rule_id, known) for rule_id in rule_ids],
            }
        },
        "automationDetails": {"id": f"mason/{check.name}/"},
        "invocations": [invocation],
        "results": results,
    }


def to_sarif(report: AuditReport) -> str:
    """Return the report as a SARIF 2.1.0 log."""
    known = registry()
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [_run(check, known, report) for check in report.checks],
    }
    return json.dumps(log, indent=2) + "\n"
