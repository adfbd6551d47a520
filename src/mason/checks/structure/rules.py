# @file rules.py
# @path src/mason/checks/structure/rules.py
# @version 0.1.0
"""The rules of the structure check: each one a value that makes its own findings."""

from mason.domain.rule import Rule
from mason.domain.severity import Severity

STR001 = Rule(
    id="STR001",
    check="structure",
    title="Code is not in a src/ layout",
    rationale="A src/ layout keeps tests honest: they import the installed package, not the "
    "working directory (seed 004 PY-PACKAGE-LAYOUT).",
    seed="004 (PY-PACKAGE-LAYOUT)",
    fix="Move the package into src/<package>/ and point the build backend at it.",
)

STR002 = Rule(
    id="STR002",
    check="structure",
    title="Tool configuration outside pyproject.toml",
    rationale="One file configures every tool (seed 004 PY-CONFIG); a stray mypy.ini, "
    "setup.cfg section, .coveragerc, pytest.ini, .flake8 or ruff.toml is easy to miss.",
    seed="004 (PY-CONFIG)",
    fix="Move the settings into the matching [tool.*] table of pyproject.toml and delete the file.",
)

STR003 = Rule(
    id="STR003",
    check="structure",
    title="No uv.lock",
    rationale="Pinned, hashed dependencies make builds reproducible (seed 004 PY-LOCKFILE).",
    seed="004 (PY-LOCKFILE)",
    fix="Run `uv lock` and commit uv.lock.",
)

STR004 = Rule(
    id="STR004",
    tool="uv",
    check="structure",
    title="uv.lock is out of date with pyproject.toml",
    rationale="A stale lock installs something other than what pyproject.toml asks for.",
    seed="004 (PY-LOCKFILE)",
    fix="Run `uv lock` and commit the result.",
)

STR005 = Rule(
    id="STR005",
    check="structure",
    title="A required project file is missing",
    rationale="Every project has README.md, LICENSE, .gitignore, tests/ and "
    ".pre-commit-config.yaml (seed 004 common requirements, PY-PRECOMMIT).",
    seed="004",
    fix="Add the file; `mason upgrade --adopt` adds the standard ones without overwriting.",
)

STR006 = Rule(
    id="STR006",
    check="structure",
    title="A ruff rule of the standard is not enabled",
    rationale="Where ruff already checks part of the standard (X | Y unions, no imports in "
    "functions, no print, no bare except, no mutable defaults, docstrings, no blanket "
    "type: ignore, no Any), mason checks the rule is on instead of re-implementing it.",
    seed="000, 003, 004",
    fix='Select it in [tool.ruff.lint] (`select = ["ALL"]` covers every one) and remove it '
    "from ignore.",
)

STR007 = Rule(
    id="STR007",
    check="structure",
    title="No pyproject.toml",
    rationale="pyproject.toml is where a Python project declares itself, its build and every "
    "tool's settings (PEP 517, 518, 621; seed 004 PY-CONFIG); setup.py and setup.cfg alone "
    "leave the tools to guess.",
    seed="004 (PY-CONFIG)",
    fix="`mason upgrade --adopt` writes one from what the project already declares; or move "
    "the metadata of setup.py/setup.cfg into [project] by hand.",
)

STR008 = Rule(
    id="STR008",
    check="structure",
    title="The project's template is behind this mason's",
    rationale="A mason-made project records the template version it was made from; when mason "
    "has a newer one, the project misses the standard's newer files and settings (seed 000: one "
    "standard for every repository). A warning, so a mason release does not break every build; "
    "`mason upgrade --check` is the gate for teams that want one.",
    seed="000",
    fix="Run `mason upgrade` on a clean working tree: a three-way merge that keeps every line "
    "you wrote; review with `git diff` (`mason upgrade --pretend` shows it first).",
    severity=Severity.WARNING,
)

RULES = (
    STR001,
    STR002,
    STR003,
    STR004,
    STR005,
    STR006,
    STR007,
    STR008,
)
