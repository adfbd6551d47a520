# @file run.py
# @path src/mason/checks/structure/run.py
# @version 0.1.0
"""The ``structure`` check's work; ``check.py`` declares it and loads this when a unit runs."""

import re
from typing import TYPE_CHECKING

from mason.checks.config_files import read_toml, ruff_config
from mason.checks.dependencies import declared_dependencies, depends_on
from mason.checks.structure.check import PIPELINE_FILES, RUFF_FILES, SHARED_CONFIGS
from mason.checks.structure.ci_audit import read_pipeline, runs_an_audit
from mason.checks.structure.compose import COMPOSE_FILES, check_compose
from mason.checks.structure.copies import find_copies
from mason.checks.structure.judge import check_structure
from mason.checks.structure.pre_commit import PRE_COMMIT_CONFIG, check_pre_commit
from mason.checks.structure.required import (
    CI_FILES,
    SETTINGS_LIBRARIES,
    missing_required,
    required_files,
)
from mason.checks.structure.rules import STR004, STR008, STR010, STR011
from mason.checks.structure.selection import matching
from mason.checks.structure.task_runners import HANDED_ON_FILES, handed_on
from mason.domain.layouts import LAYOUTS
from mason.domain.patterns import matches
from mason.domain.template_version import ANSWERS_FILE, TEMPLATE_VERSION
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

if TYPE_CHECKING:
    from mason.domain.toml import TomlTable

_RECORDED = re.compile(r"""^_commit:\s*['"]?(?P<version>\d+)['"]?\s*$""", re.MULTILINE)
"""copier's record of the template version (``_commit: '2'``)."""
PYPROJECT = "pyproject.toml"


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
    wanted = required_files(
        ctx.facts,
        reads_settings=depends_on(ctx.pyproject, SETTINGS_LIBRARIES),
        at_repository_top=ctx.facts.at_repository_top,
    )
    findings += missing_required(ctx.files, wanted)
    findings += find_copies(ctx.files)
    return UnitOutcome.counted(findings, "structure")


def _texts(ctx: UnitContext, patterns: tuple[str, ...]) -> dict[str, str]:
    """Return path -> text of the readable files matching ``patterns``."""
    texts: dict[str, str] = {}
    for path in matching(ctx.files, patterns):
        if isinstance(text := ctx.text(path), str):
            texts[path] = text
    return texts


def run_ci_audit(ctx: UnitContext) -> UnitOutcome:
    """Report CI that never audits the dependencies for known vulnerabilities (STR010)."""
    if ctx.facts.workspace_root is not None or not ctx.facts.at_repository_top:
        return UnitOutcome(summary="CI is the repository's, above this project", skipped=True)
    pipeline_files = _texts(ctx, PIPELINE_FILES)
    if not any(matches(path, CI_FILES) for path in pipeline_files):
        return UnitOutcome(summary="no CI files to read", skipped=True)
    pipeline = read_pipeline(pipeline_files)
    handed = handed_on(pipeline.commands, _texts(ctx, HANDED_ON_FILES), ctx.pyproject)
    if runs_an_audit(pipeline, handed):
        return UnitOutcome(summary="CI audits the dependencies")
    ci = sorted(path for path in pipeline_files if matches(path, CI_FILES))
    where = ".github/workflows/ci.yml" if ".github/workflows/ci.yml" in ci else ci[0]
    message = (
        f"no step of {len(ci)} CI file(s) audits the dependencies for known vulnerabilities "
        "(pip-audit, uv audit, safety, osv-scanner, trivy)"
    )
    return UnitOutcome.counted([STR010.finding(message, path=where)], "CI")


def run_pre_commit(ctx: UnitContext) -> UnitOutcome:
    """Report a pre-commit configuration that runs no ruff check or ruff format (STR012)."""
    text = ctx.text(PRE_COMMIT_CONFIG) if PRE_COMMIT_CONFIG in ctx.files else None
    if not isinstance(text, str):
        return UnitOutcome(summary=f"no readable {PRE_COMMIT_CONFIG}", skipped=True)
    findings = check_pre_commit(text, _texts(ctx, HANDED_ON_FILES), ctx.pyproject)
    return UnitOutcome.counted(findings, "pre-commit")


def run_compose(ctx: UnitContext) -> UnitOutcome:
    """Report compose files that declare a top-level ``version`` (STR013)."""
    texts = _texts(ctx, COMPOSE_FILES)
    if not texts:
        return UnitOutcome(summary="no compose files", skipped=True)
    findings = [finding for path, text in texts.items() for finding in check_compose(path, text)]
    return UnitOutcome.counted(findings, "compose files")


def run_dependencies(ctx: UnitContext) -> UnitOutcome:
    """Report dependencies declared without a version constraint (STR011)."""
    findings = [
        STR011.finding(f"{item.where}: {item.text} has no version constraint", path=PYPROJECT)
        for item in declared_dependencies(ctx.pyproject)
        if not item.constrained
    ]
    return UnitOutcome.counted(findings, "dependencies")


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
