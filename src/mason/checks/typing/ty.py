# @file ty.py
# @path src/mason/checks/typing/ty.py
# @version 0.1.0
"""ty, the type checker seed 000 names: its GitLab Code Quality JSON as findings, its settings.

ty prints diagnostics in GitLab's format (``--output-format gitlab``): a list of objects with
``check_name`` (ty's rule), ``description``, ``severity`` and a 1-based ``location``. Its
settings live in ``[tool.ty]`` (or ``ty.toml``); a rule set to ``"ignore"`` is off.
"""

from pathlib import PurePath

from mason.checks.tool_output import get_int, get_str, load, objects, relative
from mason.checks.typing.rules import TYP006, TYP013, TYP014
from mason.domain.finding import Finding
from mason.domain.toml import TomlTable, table_at

ERRORS = frozenset({"major", "critical", "blocker"})
"""GitLab severities ty gives its errors (``minor`` and ``info`` are warnings)."""
TY_TOML = "ty.toml"


def parse_ty(text: str, root: PurePath) -> list[Finding]:
    """Return one finding per ty error (``TYP013``) or warning (``TYP014``)."""
    document = load(text, "ty") if text.strip() else []
    findings: list[Finding] = []
    for item in objects(document):
        rule = TYP013 if get_str(item, "severity") in ERRORS else TYP014
        code = get_str(item, "check_name")
        description = get_str(item, "description") or ""
        message = description.removeprefix(f"{code}: ") if code else description
        findings.append(
            rule.finding(
                f"ty [{code}] {message}" if code else f"ty: {message}",
                path=relative(get_str(item, "location", "path") or "", root),
                line=get_int(item, "location", "positions", "begin", "line"),
                column=get_int(item, "location", "positions", "begin", "column"),
                code=code,
            )
        )
    return findings


def ty_settings(pyproject: TomlTable, ty_toml: TomlTable | None) -> tuple[TomlTable, str, str]:
    """Return the settings ty reads, the file they are in and how to name their table.

    A ``ty.toml`` wins over ``[tool.ty]``, as it does for ty itself.
    """
    if ty_toml is not None:
        return ty_toml, TY_TOML, TY_TOML
    return table_at(pyproject, "tool", "ty"), "pyproject.toml", "[tool.ty]"


def check_ty(settings: TomlTable, path: str, table: str) -> list[Finding]:
    """Return a finding for each ty rule the settings switch off."""
    rules = table_at(settings, "rules")
    return [
        TYP006.finding(f'{table}.rules sets {name} = "ignore"', path=path)
        for name, level in rules.items()
        if level == "ignore"
    ]
