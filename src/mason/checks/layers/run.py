# @file run.py
# @path src/mason/checks/layers/run.py
# @version 0.1.0
"""The ``layers`` check's work; ``check.py`` declares it and loads this when a unit runs."""

from typing import TYPE_CHECKING

from mason.checks.layers.contracts import declared_contracts, derived_config
from mason.checks.layers.parse import parse_graph, parse_probe
from mason.checks.layers.rules import LAY003
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

if TYPE_CHECKING:
    from pathlib import Path

    from mason.domain.toml import TomlTable


def _text(ctx: UnitContext, name: str) -> str | None:
    text = ctx.text(name) if name in ctx.files else None
    return text if isinstance(text, str) else None


def run_layers(ctx: UnitContext) -> UnitOutcome:
    """Check the contracts; one finding per illegal import."""
    declared = declared_contracts(ctx.pyproject, ctx.files, lambda name: _text(ctx, name))
    derived = None if declared else derived_config(ctx.facts)
    config: Path | TomlTable
    if declared is not None:
        config = ctx.path(declared)
    elif derived is not None:
        config = derived
    elif ctx.facts.package is None:
        return UnitOutcome(summary="no package to check", skipped=True)
    else:
        warning = LAY003.finding(
            "no import-linter contracts and no [tool.mason].layout to derive them from",
            path="pyproject.toml",
        )
        return UnitOutcome(findings=(warning,), summary="no contracts", skipped=True)
    output = ctx.tools.import_linter(config)
    if not output.ok:
        return UnitOutcome(
            summary="import-linter could not run", error=output.tail() or "no report"
        )
    findings, kept, broken = parse_probe(output.stdout)
    source = "derived from the layout" if derived is not None else "declared"
    total = kept + broken
    summary = (
        f"{broken} of {total} contracts broken ({source})"
        if broken
        else f"{total} contract{'s' if total != 1 else ''} kept ({source})"
    )
    return UnitOutcome(
        findings=tuple(findings), summary=summary, metrics=parse_graph(output.stdout)
    )
