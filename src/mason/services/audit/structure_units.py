# @file structure_units.py
# @path src/mason/services/audit/structure_units.py
# @version 0.1.0
"""The ``structure`` check: layout and files from the file list, and ``uv lock --check``."""

from mason.adapters.uv import uv
from mason.checks.structure import check_structure
from mason.domain.finding import Finding
from mason.domain.layouts import LAYOUTS
from mason.domain.severity import Severity
from mason.domain.unit_outcome import UnitOutcome
from mason.services.audit.context import AuditContext
from mason.services.audit.outcomes import counted, crashed
from mason.services.audit.unit import Unit

_SHARED = ("setup.cfg", "tox.ini")
LOCK_TIMEOUT = 300


def run_structure(ctx: AuditContext) -> UnitOutcome:
    """Check the src/ layout, configuration files, required files and ruff rules."""
    layout = LAYOUTS.get(ctx.config.layout) if ctx.config.layout else None
    shared = {
        name: text
        for name in _SHARED
        if isinstance(text := ctx.text(name), str) and name in ctx.files
    }
    findings = check_structure(
        set(ctx.files),
        ctx.project.pyproject,
        src_layout=layout.src_layout if layout else True,
        shared_configs=shared,
    )
    return counted(findings, "structure")


def run_lock_check(ctx: AuditContext) -> UnitOutcome:
    """Run ``uv lock --check`` to see whether uv.lock matches pyproject.toml."""
    if "uv.lock" not in ctx.files:
        return UnitOutcome(summary="no uv.lock to check", skipped=True)
    completed = uv("lock", "--check", cwd=ctx.root, timeout=min(ctx.config.timeout, LOCK_TIMEOUT))
    if completed.ok:
        return UnitOutcome(summary="uv.lock is up to date")
    if "needs to be updated" in completed.stderr:
        stale = Finding(
            rule="STR004",
            severity=Severity.ERROR,
            path="uv.lock",
            line=None,
            message="uv.lock does not match pyproject.toml (uv lock --check)",
        )
        return UnitOutcome(findings=(stale,), summary="uv.lock is stale")
    return crashed("uv lock --check", completed)


UNITS = (
    Unit(
        "structure",
        "structure",
        lambda ctx: ctx.key(
            "structure", [*ctx.existing("pyproject.toml", *_SHARED)], sorted(ctx.files)
        ),
        run_structure,
    ),
    Unit(
        "structure.lock",
        "structure",
        lambda ctx: ctx.key("structure.lock", ctx.existing("pyproject.toml", "uv.lock")),
        run_lock_check,
    ),
)
