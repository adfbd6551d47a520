# @file layers_unit.py
# @path src/mason/services/audit/layers_unit.py
# @version 0.1.0
"""The ``layers`` check: import-linter contracts, declared or derived from the layout.

Contracts come from ``[tool.importlinter]`` (or ``.importlinter``); a project that declares
none but names its layout in ``[tool.mason]`` is checked against the layout's contracts.
import-linter runs in a probe subprocess and reports its own contract-check data as JSON.
"""

import sys
import tempfile
from pathlib import Path

from mason.adapters.process import run
from mason.adapters.pyproject import write_toml
from mason.adapters.tool_env import own_version
from mason.checks.parsers.importlinter import parse_probe
from mason.domain.finding import Finding
from mason.domain.layouts import LAYOUTS, package_members
from mason.domain.severity import Severity
from mason.domain.toml import TomlTable, TomlValue, table_at
from mason.domain.unit_outcome import UnitOutcome
from mason.services.audit.context import AuditContext
from mason.services.audit.unit import Unit

PROBE = "mason.adapters.importlinter_probe"


def _toml(table: dict[str, str | bool | list[str]]) -> TomlTable:
    converted: TomlTable = {}
    for key, value in table.items():
        if isinstance(value, list):
            items: list[TomlValue] = [*value]
            converted[key] = items
        else:
            converted[key] = value
    return converted


def derived_config(ctx: AuditContext) -> TomlTable | None:
    """Return an import-linter configuration derived from the layout, if one applies."""
    layout = LAYOUTS.get(ctx.config.layout) if ctx.config.layout else None
    if layout is None or ctx.package is None:
        return None
    contracts: list[TomlValue] = [
        _toml(contract.as_table())
        for contract in layout.contracts(
            ctx.package, package_members(ctx.python_files, ctx.package)
        )
    ]
    if not contracts:
        return None
    session: TomlTable = {"root_package": ctx.package, "contracts": contracts}
    if layout.name == "functional-core":
        session["include_external_packages"] = True
    return {"tool": {"importlinter": session}}


def _declared(ctx: AuditContext) -> Path | None:
    if table_at(ctx.project.pyproject, "tool", "importlinter").get("contracts"):
        return ctx.project.pyproject_path
    legacy = ctx.root / ".importlinter"
    return legacy if legacy.is_file() else None


def run_layers(ctx: AuditContext) -> UnitOutcome:
    """Check the contracts; one finding per illegal import."""
    declared = _declared(ctx)
    derived = None if declared else derived_config(ctx)
    if declared is None and derived is None:
        if ctx.package is None:
            return UnitOutcome(summary="no package to check", skipped=True)
        warning = Finding(
            rule="LAY003",
            severity=Severity.WARNING,
            path="pyproject.toml",
            line=None,
            message="no import-linter contracts and no [tool.mason].layout to derive them from",
        )
        return UnitOutcome(findings=(warning,), summary="no contracts", skipped=True)
    with tempfile.TemporaryDirectory(prefix="mason-layers-") as scratch:
        config = declared or Path(scratch) / "importlinter.toml"
        if derived is not None:
            write_toml(config, derived)
        output = Path(scratch) / "report.json"
        completed = run(
            [
                sys.executable,
                "-m",
                PROBE,
                "--config",
                str(config),
                "--source-root",
                str(ctx.source_root),
                "--project-root",
                str(ctx.root),
                "--output",
                str(output),
                *(
                    ["--cache-dir", str(ctx.cache.directory / "import-linter")]
                    if ctx.cache.enabled
                    else []
                ),
            ],
            cwd=ctx.root,
            timeout=ctx.config.timeout,
        )
        if not completed.ok or not output.is_file():
            return UnitOutcome(
                summary="import-linter could not run", error=completed.tail() or "no report"
            )
        findings, kept, broken = parse_probe(output.read_text(encoding="utf-8"))
    source = "derived from the layout" if derived is not None else "declared"
    total = kept + broken
    summary = (
        f"{broken} of {total} contracts broken ({source})"
        if broken
        else f"{total} contract{'s' if total != 1 else ''} kept ({source})"
    )
    return UnitOutcome(findings=tuple(findings), summary=summary)


UNIT = Unit(
    "layers",
    "layers",
    lambda ctx: ctx.key(
        "layers",
        [*ctx.python_files, *ctx.existing("pyproject.toml", ".importlinter")],
        own_version("import-linter"),
        ctx.source_root.relative_to(ctx.root) if ctx.source_root != ctx.root else ".",
    ),
    run_layers,
)
