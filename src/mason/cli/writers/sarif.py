# @file sarif.py
# @path src/mason/cli/writers/sarif.py
# @version 0.1.0
"""``sarif``: SARIF 2.1.0 that GitHub code scanning takes without warnings.

One run per check, each its own code scanning category: ``automationDetails.id`` is
``CATEGORY/PATH/CHECK/``, where CATEGORY is ``mason`` or ``$MASON_SARIF_CATEGORY`` (the
Action's ``category`` input) and PATH the project's place in its repository (left out at the
top), so the audits of a monorepo's projects, or two audits in one job, never replace each
other's alerts (code scanning uses an upload's ``category`` only for runs without an id).
Every rule carries a name, a short and a full description, help in text and Markdown (mason's
rationale, fix and seed, as ``mason explain`` prints them) and, where one is known, its own
documentation address; every mypy error code, pyright rule and ty rule is a rule of its own
(``TYP010/arg-type``), as is every ruff code. Paths are relative to the repository's top, and
each result carries the baseline's line-tolerant fingerprint as a partial fingerprint, so
alerts survive edits above them.
"""

import json
import os
import re

from mason import __version__
from mason.domain.audit_report import AuditReport
from mason.domain.check_result import CheckResult
from mason.domain.finding import Finding
from mason.domain.registry import Registry
from mason.domain.rule import Rule
from mason.domain.severity import Severity
from mason.services.registry import registry
from mason.services.rule_help import rules_page

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "masonFingerprint/v1"
CATEGORY_VARIABLE = "MASON_SARIF_CATEGORY"
"""The code scanning category to file the runs under (default ``mason``)."""
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


def automation_id(report: AuditReport, check: str, category: str) -> str:
    """Return the run's ``automationDetails.id``: ``CATEGORY/PATH/CHECK/`` (no PATH at the top)."""
    place = report.repository_path
    parts = [category.strip("/") or "mason"]
    if place not in {None, "", "."}:
        parts.append(str(place).strip("/"))
    return "/".join([*parts, check]) + "/"


def _web(address: str | None) -> str | None:
    """Return ``address`` if code scanning can link to it (not a file on this machine)."""
    return address if address and address.startswith("https://") else None


def _help(rule: Rule, page: str | None, extra: str = "") -> Json:
    text = f"{rule.rationale}\n\nFix: {rule.fix}\n\nSeed: {rule.seed}{extra}"
    link = f"\n\n[Documentation]({page})" if page else ""
    markdown = (
        f"**{rule.title}**\n\n{rule.rationale}\n\n**Fix:** {rule.fix}\n\n"
        f"**Seed:** {rule.seed}{extra}{link}"
    )
    return {"text": text, "markdown": markdown}


def _descriptor(finding: Finding, known: Registry, docs: str | None) -> Json:
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
    page = _web(rule.documentation(docs))
    descriptor: Json = {
        "id": identifier,
        "name": _name(rule.title),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.rationale},
        "help": _help(rule, page),
        **({"helpUri": page} if page else {}),
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
            "help": _help(rule, page, f"\n\nThe tool's own rule: {finding.code}."),
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


def _run(
    check: CheckResult,
    known: Registry,
    report: AuditReport,
    *,
    category: str,
    docs: str | None,
) -> Json:
    descriptors: dict[str, Json] = {}
    for finding in check.findings:
        descriptors.setdefault(rule_id(finding), _descriptor(finding, known, docs))
    order = {identifier: index for index, identifier in enumerate(sorted(descriptors))}
    invocation: Json = {"executionSuccessful": check.status != "error"}
    if check.details:
        notification = {"level": "error", "message": {"text": check.details}}
        invocation["toolExecutionNotifications"] = [notification]
    tools = known.check(check.name).tools if check.name in known.names else "mason"
    driver: Json = {
        "name": f"mason {check.name}",
        "fullName": f"mason audit: {check.name} ({tools})",
        "version": __version__,
        "semanticVersion": __version__,
        **({"informationUri": docs} if docs else {}),
        "rules": [descriptors[identifier] for identifier in sorted(descriptors)],
    }
    return {
        "tool": {"driver": driver},
        "automationDetails": {"id": automation_id(report, check.name, category)},
        "invocations": [invocation],
        "results": [
            _result(finding, order[rule_id(finding)], report) for finding in check.findings
        ],
    }


def to_sarif(report: AuditReport) -> str:
    """Return the report as a SARIF 2.1.0 log (its category from ``$MASON_SARIF_CATEGORY``)."""
    known = registry()
    category = os.environ.get(CATEGORY_VARIABLE, "").strip() or "mason"
    docs = _web(rules_page())
    runs = [_run(check, known, report, category=category, docs=docs) for check in report.checks]
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": runs}
    return json.dumps(log, indent=2) + "\n"
