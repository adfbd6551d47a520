# @file sarif.py
# @path src/mason/cli/writers/sarif.py
# @version 0.1.0
"""``sarif``: SARIF 2.1.0 that GitHub code scanning takes without warnings.

One run per check (each its own ``automationDetails`` category). Every rule carries a name, a
short and a full description, help in text and Markdown (mason's rationale, fix and seed, as
``mason explain`` prints them) and its own documentation address; every mypy error code,
pyright rule and ty rule is a rule of its own (``TYP010/arg-type``), as is every ruff code.
Paths are relative to the repository's top, and each result carries the baseline's line-tolerant
fingerprint as a partial fingerprint, so alerts survive edits above them.
"""

import json
import re

from mason import __version__
from mason.domain.audit_report import AuditReport
from mason.domain.check_result import CheckResult
from mason.domain.finding import Finding
from mason.domain.registry import Registry
from mason.domain.rule import DOCS_URI, Rule
from mason.domain.severity import Severity
from mason.services.registry import registry

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "masonFingerprint/v1"
_SPLIT_BY_CODE = {
    "TYP010": "mypy",
    "TYP011": "pyright",
    "TYP012": "pyright",
    "TYP013": "ty",
    "TYP014": "ty",
}
_CODE_DOCS = {
    "mypy": "https://mypy.readthedocs.io/en/stable/error_code_list.html",
    "pyright": "https://microsoft.github.io/pyright/#/configuration?id={code}",
    "ty": "https://docs.astral.sh/ty/reference/rules/#{code}",
}

type Json = dict[str, object]


def rule_id(finding: Finding) -> str:
    """Return the SARIF rule id of ``finding``: the mason rule, with the tool's code below it."""
    if finding.rule in _SPLIT_BY_CODE and finding.code:
        return f"{finding.rule}/{finding.code}"
    return finding.rule


def _name(text: str) -> str:
    """Return ``text`` as a PascalCase rule name (``unused-import`` -> ``UnusedImport``)."""
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "".join(word[:1].upper() + word[1:] for word in words)[:128] or "Rule"


def _help(rule: Rule, extra: str = "") -> Json:
    text = f"{rule.rationale}\n\nFix: {rule.fix}\n\nSeed: {rule.seed}{extra}"
    markdown = (
        f"**{rule.title}**\n\n{rule.rationale}\n\n**Fix:** {rule.fix}\n\n"
        f"**Seed:** {rule.seed}{extra}\n\n[Documentation]({rule.uri})"
    )
    return {"text": text, "markdown": markdown}


def _descriptor(finding: Finding, known: Registry) -> Json:
    rule = known.rule(finding.rule)
    identifier = rule_id(finding)
    if rule is None:  # a report read back from another mason: describe what it says
        return {
            "id": identifier,
            "name": _name(identifier),
            "shortDescription": {"text": identifier},
            "fullDescription": {"text": finding.message},
            "help": {"text": finding.message},
        }
    level = "error" if rule.severity is Severity.ERROR else "warning"
    descriptor: Json = {
        "id": identifier,
        "name": _name(rule.title),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.rationale},
        "help": _help(rule),
        "helpUri": rule.uri,
        "defaultConfiguration": {"level": level},
        "properties": {"tags": [rule.check, *([rule.tool] if rule.tool else [])]},
    }
    tool = _SPLIT_BY_CODE.get(finding.rule)
    if tool and finding.code:
        title = f"{tool} [{finding.code}]"
        descriptor |= {
            "name": _name(f"{tool} {finding.code}"),
            "shortDescription": {"text": title},
            "fullDescription": {"text": f"{rule.title}: {finding.code}. {rule.rationale}"},
            "help": _help(rule, f"\n\nThe tool's own rule: {finding.code}."),
            "helpUri": _CODE_DOCS[tool].format(code=finding.code),
        }
    elif rule.tool == "ruff" and finding.code:  # ruff's rule name, with its own page
        descriptor |= {
            "name": _name(finding.code),
            "shortDescription": {"text": f"ruff {rule.id}: {finding.code}"},
            "helpUri": f"https://docs.astral.sh/ruff/rules/{finding.code}",
        }
    return descriptor


def _result(finding: Finding, index: int, report: AuditReport) -> Json:
    region: Json = {"startLine": finding.line or 1}
    if finding.column:
        region["startColumn"] = finding.column
    uri = report.repository_relative(finding.path or "pyproject.toml")
    result: Json = {
        "ruleId": rule_id(finding),
        "ruleIndex": index,
        "level": "error" if finding.severity is Severity.ERROR else "warning",
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
    }
    if finding.fingerprint:
        result["partialFingerprints"] = {FINGERPRINT: finding.fingerprint}
    return result


def _run(check: CheckResult, known: Registry, report: AuditReport) -> Json:
    descriptors: dict[str, Json] = {}
    for finding in check.findings:
        descriptors.setdefault(rule_id(finding), _descriptor(finding, known))
    order = {identifier: index for index, identifier in enumerate(sorted(descriptors))}
    invocation: Json = {"executionSuccessful": check.status != "error"}
    if check.details:
        notification = {"level": "error", "message": {"text": check.details}}
        invocation["toolExecutionNotifications"] = [notification]
    tools = known.check(check.name).tools if check.name in known.names else "mason"
    return {
        "tool": {
            "driver": {
                "name": f"mason {check.name}",
                "fullName": f"mason audit: {check.name} ({tools})",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": DOCS_URI,
                "rules": [descriptors[identifier] for identifier in sorted(descriptors)],
            }
        },
        "automationDetails": {"id": f"mason/{check.name}/"},
        "invocations": [invocation],
        "results": [
            _result(finding, order[rule_id(finding)], report) for finding in check.findings
        ],
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
