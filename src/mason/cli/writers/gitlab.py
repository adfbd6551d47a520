# @file gitlab.py
# @path src/mason/cli/writers/gitlab.py
# @version 0.1.0
"""``gitlab``: GitLab's Code Quality report, so findings show in merge requests.

A JSON array of issues with ``description``, ``check_name``, ``fingerprint``, ``severity`` and a
``location`` (repository-relative path, first line); GitLab compares fingerprints between the
source and target branches, so they are the baseline's line-tolerant fingerprints.
"""

import hashlib
import json

from mason.domain.audit_report import AuditReport
from mason.domain.finding import Finding
from mason.domain.severity import Severity

_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor"}


def _fingerprint(finding: Finding) -> str:
    if finding.fingerprint:
        return finding.fingerprint
    text = "\0".join((finding.rule, finding.path or "", finding.message))
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def to_gitlab(report: AuditReport) -> str:
    """Return the report as a GitLab Code Quality JSON array."""
    issues = [
        {
            "description": f"{finding.rule} {finding.message}",
            "check_name": finding.rule,
            "fingerprint": _fingerprint(finding),
            "severity": _SEVERITY[finding.severity],
            "categories": [check.name],
            "location": {
                "path": report.repository_relative(finding.path or "pyproject.toml"),
                "lines": {"begin": finding.line or 1},
            },
        }
        for check in report.checks
        for finding in check.findings
    ]
    return json.dumps(issues, indent=2) + "\n"
