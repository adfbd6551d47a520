# @file strictness.py
# @path src/mason/checks/typing/strictness.py
# @version 0.1.0
"""Is the type checking as strict as the standard asks? Judged from pyproject.toml alone.

mypy must run with ``strict = true`` and pyright with ``typeCheckingMode = "strict"``; every
setting that switches part of that off again is a finding that names the key.
"""

from mason.checks.typing.rules import TYP001, TYP002, TYP003, TYP004
from mason.domain.finding import Finding
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
PYPROJECT = "pyproject.toml"


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
        findings.append(TYP001.finding("[tool.mypy] does not set strict = true", path=PYPROJECT))
    for where, section in _mypy_sections(mypy):
        for key, weak in _MYPY_WEAKENING.items():
            if section.get(key) == weak:
                findings.append(
                    TYP003.finding(f"{where} sets {key} = {str(weak).lower()}", path=PYPROJECT)
                )
        follow = section.get("follow_imports")
        if follow in {"skip", "silent"}:
            findings.append(
                TYP003.finding(f'{where} sets follow_imports = "{follow}"', path=PYPROJECT)
            )
    if mypy.get("ignore_missing_imports") is True:
        findings.append(
            TYP003.finding(
                "[tool.mypy] sets ignore_missing_imports = true for every module; "
                "limit it to the untyped modules with [[tool.mypy.overrides]]",
                path=PYPROJECT,
            )
        )
    disabled = mypy.get("disable_error_code")
    if isinstance(disabled, list) and disabled:
        codes = ", ".join(str(code) for code in disabled)
        findings.append(
            TYP003.finding(f"[tool.mypy] disables error codes: {codes}", path=PYPROJECT)
        )
    return findings


def _pyright_findings(pyright: TomlTable) -> list[Finding]:
    findings: list[Finding] = []
    if pyright.get("typeCheckingMode") != "strict":
        message = '[tool.pyright] does not set typeCheckingMode = "strict"'
        findings.append(TYP002.finding(message, path=PYPROJECT))
    for key, value in pyright.items():
        if key.startswith("report") and (value is False or value in _PYRIGHT_OFF):
            shown = "false" if value is False else f'"{value}"'
            findings.append(TYP004.finding(f"[tool.pyright] sets {key} = {shown}", path=PYPROJECT))
    ignored = pyright.get("ignore")
    if isinstance(ignored, list) and ignored:
        paths = ", ".join(str(path) for path in ignored)
        findings.append(
            TYP004.finding(f"[tool.pyright] ignores every diagnostic in: {paths}", path=PYPROJECT)
        )
    return findings


def check_typing_config(pyproject: TomlTable) -> list[Finding]:
    """Return a finding for each way the mypy or pyright configuration falls short of strict."""
    return [
        *_mypy_findings(table_at(pyproject, "tool", "mypy")),
        *_pyright_findings(table_at(pyproject, "tool", "pyright")),
    ]
