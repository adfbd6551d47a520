# @file check.py
# @path src/mason/checks/structure/check.py
# @version 0.1.0
"""The ``structure`` check: the layout and files from the file list, and ``uv lock --check``."""

from typing import TYPE_CHECKING

from mason.checks.config_files import read_toml, ruff_config
from mason.checks.structure.judge import check_structure
from mason.checks.structure.rules import RULES, STR004
from mason.domain.check import Check
from mason.domain.inputs import Inputs
from mason.domain.layouts import LAYOUTS
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

if TYPE_CHECKING:
    from mason.domain.toml import TomlTable

SHARED_CONFIGS = ("setup.cfg", "tox.ini")
RUFF_FILES = ("ruff.toml", ".ruff.toml")
"""ruff reads these before ``[tool.ruff]``; their top level is what ``[tool.ruff]`` holds."""
"""Files whose tool sections (not the files themselves) are out of place."""


def run_structure(ctx: UnitContext) -> UnitOutcome:
    """Check the src/ layout, configuration files, required files and ruff rules."""
    layout = LAYOUTS.get(ctx.facts.layout) if ctx.facts.layout else None
    shared = {
        name: text
        for name in SHARED_CONFIGS
        if name in ctx.files and isinstance(text := ctx.text(name), str)
    }
    ruff_file = ruff_config(ctx.files, ctx.pyproject)
    settings: TomlTable = ctx.pyproject
    if ruff_file in RUFF_FILES:
        text = ctx.text(ruff_file)
        ruff: TomlTable = read_toml(text if isinstance(text, str) else "")
        tool: TomlTable = {"ruff": ruff}
        settings = {"tool": tool}
    findings = check_structure(
        set(ctx.files),
        settings,
        src_layout=layout.src_layout if layout else True,
        shared_configs=shared,
        ruff_file=ruff_file or "pyproject.toml",
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
                files=(*(f"/{name}" for name in SHARED_CONFIGS + RUFF_FILES),),
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
