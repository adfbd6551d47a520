# @file check.py
# @path src/mason/checks/structure/check.py
# @version 0.1.0
"""The ``structure`` check: the layout and files from the file list, and ``uv lock --check``."""

from mason.checks.structure.judge import check_structure
from mason.checks.structure.rules import RULES, STR004
from mason.domain.check import Check
from mason.domain.inputs import Inputs
from mason.domain.layouts import LAYOUTS
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

SHARED_CONFIGS = ("setup.cfg", "tox.ini")
"""Files whose tool sections (not the files themselves) are out of place."""


def run_structure(ctx: UnitContext) -> UnitOutcome:
    """Check the src/ layout, configuration files, required files and ruff rules."""
    layout = LAYOUTS.get(ctx.facts.layout) if ctx.facts.layout else None
    shared = {
        name: text
        for name in SHARED_CONFIGS
        if name in ctx.files and isinstance(text := ctx.text(name), str)
    }
    findings = check_structure(
        set(ctx.files),
        ctx.pyproject,
        src_layout=layout.src_layout if layout else True,
        shared_configs=shared,
    )
    return UnitOutcome.counted(findings, "structure")


def run_lock_check(ctx: UnitContext) -> UnitOutcome:
    """Run ``uv lock --check`` to see whether uv.lock matches pyproject.toml."""
    if "uv.lock" not in ctx.files:
        return UnitOutcome(summary="no uv.lock to check", skipped=True)
    output = ctx.tools.uv_lock_check()
    if output.ok:
        return UnitOutcome(summary="uv.lock is up to date")
    if "needs to be updated" in output.stderr:
        stale = STR004.finding(
            "uv.lock does not match pyproject.toml (uv lock --check)", path="uv.lock"
        )
        return UnitOutcome(findings=(stale,), summary="uv.lock is stale")
    return UnitOutcome.crashed("uv lock --check", output)


CHECK = Check(
    name="structure",
    title="src/ layout, configuration in pyproject.toml, a fresh lock, the required files",
    tools="mason, uv",
    rules=RULES,
    units=(
        Unit(
            name="files",
            inputs=Inputs(
                files=SHARED_CONFIGS,
                listing=True,
                tables=("tool.ruff",),
                facts=("layout",),
            ),
            run=run_structure,
            cost=1,
        ),
        Unit(
            name="uv lock",
            inputs=Inputs(files=("/pyproject.toml", "/uv.lock"), tools=("uv",)),
            run=run_lock_check,
            cost=20,
        ),
    ),
)
