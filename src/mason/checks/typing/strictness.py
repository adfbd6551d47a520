# @file strictness.py
# @path src/mason/checks/typing/strictness.py
# @version 0.1.0
"""Is the type checking as strict as the standard asks? Judged from pyproject.toml alone.

mypy must run with ``strict = true`` and pyright with ``typeCheckingMode = "strict"``; every
setting that switches part of that off again is a finding that names the key.
"""

from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class Source:
    """Where a tool's settings were read: the file, and how to name its tables in a message."""

    path: str
    table: str
    """The main table as the file writes it: ``[tool.mypy]``, ``[mypy] in mypy.ini``."""
    override: str = "[[tool.mypy.overrides]] for {module}"
    """A per-module section, with ``{module}``."""


MYPY_IN_PYPROJECT = Source(PYPROJECT, "[tool.mypy]")
PYRIGHT_IN_PYPROJECT = Source(PYPROJECT, "[tool.pyright]")


def mypy_source(path: str) -> Source:
    """Return how to name mypy's settings read from ``path``."""
    if path == PYPROJECT:
        return MYPY_IN_PYPROJECT
    return Source(path, f"[mypy] in {path}", f"[mypy-{{module}}] in {path}")


def _mypy_sections(mypy: TomlTable, source: Source) -> list[tuple[str, TomlTable]]:
    sections: list[tuple[str, TomlTable]] = [(source.table, mypy)]
    overrides = mypy.get("overrides", [])
    for override in overrides if isinstance(overrides, list) else []:
        if isinstance(override, dict):
            module = str(override.get("module", "?"))
            sections.append((source.override.format(module=module), override))
    return sections


def check_mypy(mypy: TomlTable, source: Source = MYPY_IN_PYPROJECT) -> list[Finding]:
    """Return a finding for each way mypy's settings fall short of strict."""
    path = source.path
    findings: list[Finding] = []
    if mypy.get("strict") is not True:
        findings.append(TYP001.finding(f"{source.table} does not set strict = true", path=path))
    for where, section in _mypy_sections(mypy, source):
        for key, weak in _MYPY_WEAKENING.items():
            if section.get(key) == weak:
                message = f"{where} sets {key} = {str(weak).lower()}"
                findings.append(TYP003.finding(message, path=path))
        follow = section.get("follow_imports")
        if follow in {"skip", "silent"}:
            message = f'{where} sets follow_imports = "{follow}"'
            findings.append(TYP003.finding(message, path=path))
    if mypy.get("ignore_missing_imports") is True:
        findings.append(
            TYP003.finding(
                f"{source.table} sets ignore_missing_imports = true for every module; "
                "limit it to the untyped modules with per-module settings",
                path=path,
            )
        )
    disabled = mypy.get("disable_error_code")
    if isinstance(disabled, str):
        disabled = [code.strip() for code in disabled.split(",") if code.strip()]
    if isinstance(disabled, list) and disabled:
        codes = ", ".join(str(code) for code in disabled)
        findings.append(TYP003.finding(f"{source.table} disables error codes: {codes}", path=path))
    return findings


def check_pyright(pyright: TomlTable, source: Source = PYRIGHT_IN_PYPROJECT) -> list[Finding]:
    """Return a finding for each way pyright's settings fall short of strict."""
    path = source.path
    findings: list[Finding] = []
    if pyright.get("typeCheckingMode") != "strict":
        message = f'{source.table} does not set typeCheckingMode = "strict"'
        findings.append(TYP002.finding(message, path=path))
    for key, value in pyright.items():
        if key.startswith("report") and (value is False or value in _PYRIGHT_OFF):
            shown = "false" if value is False else f'"{value}"'
            findings.append(TYP004.finding(f"{source.table} sets {key} = {shown}", path=path))
    ignored = pyright.get("ignore")
    if isinstance(ignored, list) and ignored:
        paths = ", ".join(str(item) for item in ignored)
        message = f"{source.table} ignores every diagnostic in: {paths}"
        findings.append(TYP004.finding(message, path=path))
    return findings


def check_typing_config(pyproject: TomlTable) -> list[Finding]:
    """Return a finding for each way pyproject.toml's mypy or pyright settings fall short."""
    return [
        *check_mypy(table_at(pyproject, "tool", "mypy")),
        *check_pyright(table_at(pyproject, "tool", "pyright")),
    ]
