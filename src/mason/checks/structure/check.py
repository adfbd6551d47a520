# @file check.py
# @path src/mason/checks/structure/check.py
# @version 0.1.0
"""The ``structure`` check: the layout and files from the file list, and ``uv lock --check``."""

import re
from typing import TYPE_CHECKING

from mason.checks.config_files import read_toml, ruff_config
from mason.checks.structure.judge import check_structure
from mason.checks.structure.rules import RULES, STR004, STR008
from mason.domain.check import Check
from mason.domain.inputs import Inputs
from mason.domain.layouts import LAYOUTS
from mason.domain.template_version import ANSWERS_FILE, TEMPLATE_VERSION
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

if TYPE_CHECKING:
    from mason.domain.toml import TomlTable

_RECORDED = re.compile(r"""^_commit:\s*['"]?(?P<version>\d+)['"]?\s*$""", re.MULTILINE)
"""copier's record of the template version (``_commit: '2'``)."""
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
        workspace_member=ctx.facts.workspace_root is not None,
    )
    return UnitOutcome.counted(findings, "structure")


def run_template_version(ctx: UnitContext) -> UnitOutcome:
    """Compare the template version a mason-made project records with this mason's newest."""
    if ANSWERS_FILE not in ctx.files:
        return UnitOutcome(summary="not mason-made", skipped=True)
    text = ctx.text(ANSWERS_FILE)
    recorded = _RECORDED.search(text) if isinstance(text, str) else None
    if recorded is None:
        return UnitOutcome(summary=f"{ANSWERS_FILE} records no template version", skipped=True)
    version = int(recorded["version"])
    if version >= TEMPLATE_VERSION:
        return UnitOutcome(summary=f"template version {version}, the newest")
    behind = STR008.finding(
        f"made from template version {version}; this mason renders version {TEMPLATE_VERSION} "
        "(mason upgrade)",
        path=ANSWERS_FILE,
    )
    return UnitOutcome(findings=(behind,), summary=f"template version {version} is behind")


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
                facts=("layout", "workspace_root"),
            ),
            run=run_structure,
            cost=1,
        ),
        Unit(
            name="template version",
            inputs=Inputs(files=(f"/{ANSWERS_FILE}",)),
            run=run_template_version,
        ),
        Unit(
            name="uv lock",
            inputs=Inputs(files=("/pyproject.toml", "/uv.lock"), tools=("uv",)),
            run=run_lock_check,
            cost=20,
        ),
    ),
)
