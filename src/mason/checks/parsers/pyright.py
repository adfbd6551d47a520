# @file pyright.py
# @path src/mason/checks/parsers/pyright.py
# @version 0.1.0
"""pyright's ``--outputjson`` as findings."""

from pathlib import PurePath

from mason.checks.parsers.json_input import get_int, get_str, load
from mason.checks.parsers.paths import relative
from mason.domain.finding import Finding
from mason.domain.severity import Severity

_SEVERITY = {"error": Severity.ERROR, "warning": Severity.WARNING}


def parse(text: str, root: PurePath) -> list[Finding]:
    """Return one ``TYP011`` finding per pyright error or warning (lines made 1-based)."""
    document = load(text, "pyright")
    if not isinstance(document, dict):
        return []
    diagnostics = document.get("generalDiagnostics")
    findings: list[Finding] = []
    for item in diagnostics if isinstance(diagnostics, list) else []:
        if not isinstance(item, dict):
            continue
        severity = _SEVERITY.get(get_str(item, "severity") or "")
        if severity is None:
            continue
        line = get_int(item, "range", "start", "line")
        column = get_int(item, "range", "start", "character")
        rule = get_str(item, "rule")
        message = (get_str(item, "message") or "").replace("\n", " ").replace("\u00a0", " ")
        findings.append(
            Finding(
                rule="TYP011",
                severity=severity,
                path=relative(get_str(item, "file") or "", root),
                line=None if line is None else line + 1,
                column=None if column is None else column + 1,
                message=f"pyright [{rule}] {message}" if rule else f"pyright: {message}",
            )
        )
    return findings
