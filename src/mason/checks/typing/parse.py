# @file parse.py
# @path src/mason/checks/typing/parse.py
# @version 0.1.0
"""mypy's ``--output json`` and pyright's ``--outputjson`` as findings."""

from pathlib import PurePath

from mason.checks.tool_output import get_int, get_str, load, relative
from mason.checks.typing.rules import TYP010, TYP011, TYP012
from mason.domain.finding import Finding


def parse_mypy(text: str, root: PurePath) -> list[Finding]:
    """Return one ``TYP010`` finding per mypy error; notes are folded into their error."""
    findings: list[Finding] = []
    for raw in text.splitlines():
        if not raw.startswith("{"):
            continue
        item = load(raw, "mypy")
        if not isinstance(item, dict):
            continue
        severity = get_str(item, "severity")
        message = get_str(item, "message") or ""
        if severity == "note" and findings:
            previous = findings[-1]
            findings[-1] = previous.model_copy(update={"message": f"{previous.message}; {message}"})
            continue
        if severity != "error":
            continue
        code = get_str(item, "code")
        column = get_int(item, "column")
        findings.append(
            TYP010.finding(
                f"mypy [{code}] {message}" if code else f"mypy: {message}",
                path=relative(get_str(item, "file") or "", root),
                line=get_int(item, "line"),
                column=None if column is None else column + 1,
                code=code,
            )
        )
    return findings


def parse_pyright(text: str, root: PurePath) -> list[Finding]:
    """Return one finding per pyright error (``TYP011``) or warning (``TYP012``), 1-based."""
    document = load(text, "pyright")
    if not isinstance(document, dict):
        return []
    diagnostics = document.get("generalDiagnostics")
    findings: list[Finding] = []
    for item in diagnostics if isinstance(diagnostics, list) else []:
        if not isinstance(item, dict):
            continue
        rule = {"error": TYP011, "warning": TYP012}.get(get_str(item, "severity") or "")
        if rule is None:
            continue
        line = get_int(item, "range", "start", "line")
        column = get_int(item, "range", "start", "character")
        code = get_str(item, "rule")
        message = (get_str(item, "message") or "").replace("\n", " ").replace("\u00a0", " ")
        findings.append(
            rule.finding(
                f"pyright [{code}] {message}" if code else f"pyright: {message}",
                path=relative(get_str(item, "file") or "", root),
                line=None if line is None else line + 1,
                column=None if column is None else column + 1,
                code=code,
            )
        )
    return findings
