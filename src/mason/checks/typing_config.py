# @file typing_config.py
# @path src/mason/checks/typing_config.py
# @version 0.1.0
"""Is the type checking as strict as the standard asks? Judged from pyproject.toml alone.

mypy must run with ``strict = true`` and pyright with ``typeCheckingMode = "strict"``; every
setting that switches part of that off again is a finding that names the key.
"""

from mason.domain.finding import Finding
from mason.domain.severity import Severity
from mason.domain.toml import TomlTable, TomlValue, table_at

_MYPY_WEAKENING: dict[str, TomlValue] = {
    "ignore_errors": True,
    "disallow_untyped_defs": False,
    "disallow_incomplete_defs": False,
    "disallow_untyped_calls": False,
    "disallow_untyped_decorators": False,
    "disallow_any_generics": False,
    "disallow_subclassing_any": False,
    "check_untyped_defs": False,
    "warn_return_any": False,
    "no_implicit_reexport": False,
    "strict_equality": False,
    "allow_untyped_globals": True,
    "implicit_reexport": True,
}
_PYRIGHT_OFF = ("none", "information", "warning")


def _finding(rule: str, message: str) -> Finding:
    return Finding(
        rule=rule, severity=Severity.ERROR, path="pyproject.toml", line=None, message=message
    )


def _mypy_sections(mypy: TomlTable) -> list[tuple[str, TomlTable]]:
    sections: list[tuple[str, TomlTable]] = [("[tool.mypy]", mypy)]
    overrides = mypy.get("overrides", [])
    for override in overrides if isinstance(overrides, list) else []:
        if isinstance(override, dict):
            module = override.get("module", "?")
            sections.append((f"[[tool.mypy.overrides]] for {module}", override))
    return sections


def _mypy_findings(mypy: TomlTable) -> list[Finding]:
    findings: list[Finding] = []
    if mypy.get("strict") is not True:
        findings.append(_finding("TYP001", "[tool.mypy] does not set strict = true"))
    for where, section in _mypy_sections(mypy):
        for key, weak in _MYPY_WEAKENING.items():
            if section.get(key) == weak:
                findings.append(_finding("TYP003", f"{where} sets {key} = {str(weak).lower()}"))
        follow = section.get("follow_imports")
        if follow in {"skip", "silent"}:
            findings.append(_finding("TYP003", f'{where} sets follow_imports = "{follow}"'))
    if mypy.get("ignore_missing_imports") is True:
        findings.append(
            _finding(
                "TYP003",
                "[tool.mypy] sets ignore_missing_imports = true for every module; "
                "limit it to the untyped modules with [[tool.mypy.overrides]]",
            )
        )
    disabled = mypy.get("disable_error_code")
    if isinstance(disabled, list) and disabled:
        codes = ", ".join(str(code) for code in disabled)
        findings.append(_finding("TYP003", f"[tool.mypy] disables error codes: {codes}"))
    return findings


def _pyright_findings(pyright: TomlTable) -> list[Finding]:
    findings: list[Finding] = []
    if pyright.get("typeCheckingMode") != "strict":
        message = '[tool.pyright] does not set typeCheckingMode = "strict"'
        findings.append(_finding("TYP002", message))
    for key, value in pyright.items():
        if key.startswith("report") and (value is False or value in _PYRIGHT_OFF):
            shown = "false" if value is False else f'"{value}"'
            findings.append(_finding("TYP004", f"[tool.pyright] sets {key} = {shown}"))
    ignored = pyright.get("ignore")
    if isinstance(ignored, list) and ignored:
        paths = ", ".join(str(path) for path in ignored)
        findings.append(_finding("TYP004", f"[tool.pyright] ignores every diagnostic in: {paths}"))
    return findings


def check_typing_config(pyproject: TomlTable) -> list[Finding]:
    """Return a finding for each way the mypy or pyright configuration falls short of strict."""
    return [
        *_mypy_findings(table_at(pyproject, "tool", "mypy")),
        *_pyright_findings(table_at(pyproject, "tool", "pyright")),
    ]
