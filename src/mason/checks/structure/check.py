# @file check.py
# @path src/mason/checks/structure/check.py
# @version 0.1.0
"""The ``structure`` check: the file list, CI and pre-commit files, dependencies, the lock.

The layout and required files come from the file list; CI, pre-commit and compose files are
read as YAML; the declared dependencies from pyproject.toml; ``uv lock --check`` runs uv.

This module only declares the check; its work is in ``run.py``, loaded when a unit runs.
"""

from mason.checks.dependencies import DEPENDENCY_TABLES
from mason.checks.structure.compose import COMPOSE_FILES
from mason.checks.structure.pre_commit import PRE_COMMIT_CONFIG
from mason.checks.structure.required import CI_FILES
from mason.checks.structure.rules import RULES
from mason.checks.structure.task_runners import HANDED_ON_FILES, RUNNER_TABLES
from mason.domain.check import Check
from mason.domain.inputs import Inputs
from mason.domain.template_version import ANSWERS_FILE
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

SHARED_CONFIGS = ("setup.cfg", "tox.ini")
"""Files whose tool sections (not the files themselves) are out of place."""

RUFF_FILES = ("ruff.toml", ".ruff.toml")
"""ruff reads these before ``[tool.ruff]``; their top level is what ``[tool.ruff]`` holds."""

PIPELINE_FILES = (
    *CI_FILES,
    "/.gitlab/**/*.yml",
    "/.gitlab/**/*.yaml",
    "/.github/actions/**/action.yml",
    "/.github/actions/**/action.yaml",
)
"""CI files, GitLab's included files and GitHub's local composite actions."""


def run_ci_audit(ctx: UnitContext) -> UnitOutcome:
    """Report CI that never audits the dependencies for known vulnerabilities (STR010)."""
    from mason.checks.structure import run

    return run.run_ci_audit(ctx)


def run_compose(ctx: UnitContext) -> UnitOutcome:
    """Report compose files that declare a top-level ``version`` (STR013)."""
    from mason.checks.structure import run

    return run.run_compose(ctx)


def run_dependencies(ctx: UnitContext) -> UnitOutcome:
    """Report dependencies declared without a version constraint (STR011)."""
    from mason.checks.structure import run

    return run.run_dependencies(ctx)


def run_lock_check(ctx: UnitContext) -> UnitOutcome:
    """Run ``uv lock --check`` to see whether uv.lock matches pyproject.toml."""
    from mason.checks.structure import run

    return run.run_lock_check(ctx)


def run_pre_commit(ctx: UnitContext) -> UnitOutcome:
    """Report a pre-commit configuration that runs no ruff check or ruff format (STR012)."""
    from mason.checks.structure import run

    return run.run_pre_commit(ctx)


def run_structure(ctx: UnitContext) -> UnitOutcome:
    """Check the src/ layout, configuration files, required files and ruff rules."""
    from mason.checks.structure import run

    return run.run_structure(ctx)


def run_template_version(ctx: UnitContext) -> UnitOutcome:
    """Compare the template version a mason-made project records with this mason's newest."""
    from mason.checks.structure import run

    return run.run_template_version(ctx)


CHECK = Check(
    name="structure",
    title="src/ layout, configuration in pyproject.toml, a fresh lock, the required files, "
    "CI's dependency audit, pre-commit's ruff",
    tools="mason, uv",
    rules=RULES,
    units=(
        Unit(
            name="files",
            inputs=Inputs(
                files=(*(f"/{name}" for name in SHARED_CONFIGS + RUFF_FILES),),
                listing=True,
                tables=("tool.ruff", *DEPENDENCY_TABLES),
                facts=(
                    "layout",
                    "workspace_root",
                    "repository_path",
                    "package",
                    "source_root",
                ),
            ),
            run=run_structure,
            cost=1,
        ),
        Unit(
            name="ci",
            inputs=Inputs(
                files=(*PIPELINE_FILES, *HANDED_ON_FILES),
                tables=tuple(RUNNER_TABLES.values()),
                facts=("workspace_root", "repository_path"),
            ),
            run=run_ci_audit,
        ),
        Unit(
            name="pre-commit",
            inputs=Inputs(
                files=(f"/{PRE_COMMIT_CONFIG}", *HANDED_ON_FILES),
                tables=tuple(RUNNER_TABLES.values()),
            ),
            run=run_pre_commit,
        ),
        Unit(name="compose", inputs=Inputs(files=COMPOSE_FILES), run=run_compose),
        Unit(
            name="dependencies",
            inputs=Inputs(tables=DEPENDENCY_TABLES),
            run=run_dependencies,
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
