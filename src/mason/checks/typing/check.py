# @file check.py
# @path src/mason/checks/typing/check.py
# @version 0.1.0
"""The ``typing`` check: strict settings, escape hatches, untyped records, the type checkers.

mypy and pyright are separate units, so they run in parallel and are cached on their own.
Both run from the project's environment (they must see its dependencies). This module only
declares the check; its work is in ``run.py``, loaded when a unit runs (an audit that
selects other checks, a pre-commit hook on one file, never imports it).
"""

from dataclasses import replace

from mason.checks.dependencies import DEPENDENCY_TABLES
from mason.checks.typing.rules import RULES
from mason.checks.typing.settings import TypingConfig
from mason.checks.typing.ty import TY_TOML
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

PYRIGHT_JSON = "pyrightconfig.json"
SETTINGS_FILES = ("/mypy.ini", "/.mypy.ini", "/setup.cfg", f"/{PYRIGHT_JSON}", f"/{TY_TOML}")
"""The files besides pyproject.toml that mypy, pyright and ty read their settings from."""
CONFIGS = (
    "pyproject.toml", "mypy.ini", ".mypy.ini", "setup.cfg", "pyrightconfig.json", TY_TOML,
    "uv.lock",
)  # fmt: skip
"""The files mypy and pyright read their settings from, and the lock that pins their world."""


def run_static(ctx: UnitContext) -> UnitOutcome:
    """Judge the settings, count escape hatches against the budget, find untyped records."""
    from mason.checks.typing import run

    return run.run_static(ctx)


def run_mypy(ctx: UnitContext) -> UnitOutcome:
    """Run mypy in the project's environment; one finding per error."""
    from mason.checks.typing import run

    return run.run_mypy(ctx)


def run_pyright(ctx: UnitContext) -> UnitOutcome:
    """Run pyright in the project's environment; one finding per error or warning."""
    from mason.checks.typing import run

    return run.run_pyright(ctx)


def run_ty(ctx: UnitContext) -> UnitOutcome:
    """Run ty in the project's environment; one finding per error or warning."""
    from mason.checks.typing import run

    return run.run_ty(ctx)


def run_plugins(ctx: UnitContext) -> UnitOutcome:
    """Report a project that uses pydantic while mypy does not load its plugin (TYP005)."""
    from mason.checks.typing import run

    return run.run_plugins(ctx)


_CHECKER_INPUTS = Inputs(
    files=(*PYTHON, *CONFIGS, *SETTINGS_FILES),
    listing=True,
    tables=("tool.mypy",),
    facts=("package", "source_root"),
    environment=True,
)

CHECK = Check(
    name="typing",
    settings=TypingConfig,
    title="strict mypy and pyright, strict configuration, an escape-hatch budget",
    tools="mypy, pyright",
    rules=RULES,
    units=(
        Unit(
            name="config",
            inputs=Inputs(
                files=(*PYTHON, *SETTINGS_FILES),
                listing=True,
                tables=("tool.mypy", "tool.pyright", "tool.ty"),
                facts=("package", "source_root", "pure_layers"),
            ),
            run=run_static,
            cost=5,
        ),
        Unit(
            name="mypy",
            inputs=_CHECKER_INPUTS,
            run=run_mypy,
            cost=60,
            subjects=PYTHON,
            reads_imports=True,
        ),
        Unit(
            name="pyright",
            inputs=replace(_CHECKER_INPUTS, tables=("tool.mypy", "tool.pyright")),
            run=run_pyright,
            cost=80,
            subjects=PYTHON,
            reads_imports=True,
        ),
        Unit(
            name="ty",
            inputs=replace(_CHECKER_INPUTS, tables=("tool.ty",)),
            run=run_ty,
            cost=20,
            subjects=PYTHON,
            reads_imports=True,
        ),
        Unit(
            name="mypy plugins",
            inputs=Inputs(files=SETTINGS_FILES, tables=("tool.mypy", *DEPENDENCY_TABLES)),
            run=run_plugins,
        ),
    ),
)
