# @file parse.py
# @path src/mason/checks/typing/parse.py
# @version 0.1.0
"""mypy's output (JSON lines, or the text of older mypy) and pyright's JSON as findings."""

import re
from dataclasses import dataclass
from pathlib import PurePath

from mason.checks.tool_output import get_int, get_str, load, relative
from mason.checks.typing.rules import TYP010, TYP011, TYP012
from mason.domain.finding import Finding

_MYPY_TEXT = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?:(?P<column>\d+):)? (?P<severity>error|note|warning): "
    r"(?P<message>.*?)(?:  \[(?P<code>[a-z0-9-]+)\])?$"
)


@dataclass(frozen=True, slots=True)
class _MypyLine:
    """One message of mypy, from either of its output forms (columns counted from 1)."""

    file: str
    line: int | None
    column: int | None
    severity: str
    message: str
    code: str | None


def _mypy_json(raw: str) -> _MypyLine | None:
    item = load(raw, "mypy")
    if not isinstance(item, dict):
        return None
    column = get_int(item, "column")
    return _MypyLine(
        file=get_str(item, "file") or "",
        line=get_int(item, "line"),
        column=None if column is None else column + 1,  # mypy's JSON counts from 0
        severity=get_str(item, "severity") or "",
        message=get_str(item, "message") or "",
        code=get_str(item, "code"),
    )


def _mypy_text(raw: str) -> _MypyLine | None:
    match = _MYPY_TEXT.match(raw)
    if match is None:
        return None
    column = match["column"]
    return _MypyLine(
        file=match["file"],
        line=int(match["line"]),
        column=int(column) if column else None,
        severity=match["severity"],
        message=match["message"],
        code=match["code"],
    )


def parse_mypy(text: str, root: PurePath) -> list[Finding]:
    """Return one ``TYP010`` finding per mypy error; notes are folded into their error.

    mypy 1.11 and later print JSON lines (``--output json``); older mypy prints
    ``path:line:column: error: message  [code]`` lines, which are read the same way.
    """
    findings: list[Finding] = []
    for raw in text.splitlines():
        parsed = _mypy_json(raw) if raw.startswith("{") else _mypy_text(raw)
        if parsed is None:
            continue
        if parsed.severity == "note" and findings:
            previous = findings[-1]
            merged = f"{previous.message}; {parsed.message}"
            findings[-1] = previous.model_copy(update={"message": merged})
            continue
        if parsed.severity != "error":
            continue
        code = parsed.code
        findings.append(
            TYP010.finding(
                f"mypy [{code}] {parsed.message}" if code else f"mypy: {parsed.message}",
                path=relative(parsed.file, root),
                line=parsed.line,
                column=parsed.column,
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
