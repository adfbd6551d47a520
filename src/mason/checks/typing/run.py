# @file run.py
# @path src/mason/checks/typing/run.py
# @version 0.1.0
"""The ``typing`` check's work: judge the settings, count escape hatches, run the checkers.

``check.py`` declares the check and loads this module when one of its units runs.
"""

from collections.abc import Callable, Collection
from pathlib import PurePath

from mason.checks.config_files import (
    PYPROJECT,
    mypy_config,
    mypy_settings,
    pyright_config,
    read_json,
    read_toml,
)
from mason.checks.dependencies import uses_pydantic
from mason.checks.typing.check import PYRIGHT_JSON
from mason.checks.typing.escapes import find_escapes
from mason.checks.typing.mypy_plugins import check_pydantic_plugin
from mason.checks.typing.narrowing import (
    depends_on_what_was_checked,
    mypy_focus,
    pyright_focus,
)
from mason.checks.typing.parse import parse_mypy, parse_pyright
from mason.checks.typing.records import find_untyped_records
from mason.checks.typing.rules import TYP030
from mason.checks.typing.settings import Checker, TypingConfig
from mason.checks.typing.strictness import Source, check_mypy, check_pyright, mypy_source
from mason.checks.typing.ty import TY_TOML, check_ty, parse_ty, ty_settings
from mason.domain.finding import Finding
from mason.domain.project_facts import ProjectFacts
from mason.domain.toml import TomlTable, table_at
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome


def _text(ctx: UnitContext, name: str) -> str | None:
    text = ctx.text(name) if name in ctx.files else None
    return text if isinstance(text, str) else None


def _chosen(ctx: UnitContext, checker: Checker) -> bool:
    return checker in ctx.config.settings(TypingConfig).checkers


def _not_chosen(checker: Checker) -> UnitOutcome:
    return UnitOutcome(skipped=True, summary=f"{checker}: not in [tool.mason.typing].checkers")


def judge_settings(ctx: UnitContext) -> list[Finding]:
    """Judge the settings the chosen checkers really read (``mypy.ini`` before ``[tool.mypy]``)."""
    judges: dict[Checker, Callable[[UnitContext], list[Finding]]] = {
        "mypy": judge_mypy,
        "pyright": judge_pyright,
        "ty": judge_ty,
    }
    return [
        finding for name, judge in judges.items() if _chosen(ctx, name) for finding in judge(ctx)
    ]


def judge_mypy(ctx: UnitContext) -> list[Finding]:
    """Judge the settings mypy reads (``mypy.ini`` before ``[tool.mypy]``)."""
    mypy_file = mypy_config(ctx.files, lambda name: _text(ctx, name), ctx.pyproject)
    if mypy_file is None or mypy_file == PYPROJECT:
        return check_mypy(table_at(ctx.pyproject, "tool", "mypy"))
    source = mypy_source(mypy_file)
    return check_mypy(mypy_settings(_text(ctx, source.path)), source)


def judge_pyright(ctx: UnitContext) -> list[Finding]:
    """Judge the settings pyright reads (``pyrightconfig.json`` before ``[tool.pyright]``)."""
    if pyright_config(ctx.files, ctx.pyproject) == PYRIGHT_JSON:
        pyright = read_json(_text(ctx, PYRIGHT_JSON))
        return check_pyright(pyright, Source(PYRIGHT_JSON, PYRIGHT_JSON))
    return check_pyright(table_at(ctx.pyproject, "tool", "pyright"))


def _ty_settings(ctx: UnitContext) -> tuple[TomlTable, str, str]:
    ty_toml = _text(ctx, TY_TOML)
    return ty_settings(ctx.pyproject, read_toml(ty_toml) if ty_toml else None)


def judge_ty(ctx: UnitContext) -> list[Finding]:
    """Judge the settings ty reads (``ty.toml`` before ``[tool.ty]``)."""
    return check_ty(*_ty_settings(ctx))


def run_static(ctx: UnitContext) -> UnitOutcome:
    """Judge the settings, count escape hatches against the budget, find untyped records.

    Untyped records (TYP026) are reported in pure layers only, and are not escape hatches.
    """
    findings = judge_settings(ctx)
    escapes: list[Finding] = []
    for path in ctx.python_files:
        tree = ctx.tree(path)
        text = ctx.text(path)
        if tree is None or isinstance(tree, SyntaxError) or not isinstance(text, str):
            continue
        escapes.extend(find_escapes(tree, text, path))
        if ctx.facts.is_pure(path):
            findings.extend(find_untyped_records(tree, path))
    budget = ctx.config.settings(TypingConfig).escape_budget
    if len(escapes) > budget:
        findings.append(TYP030.finding(f"{len(escapes)} escape hatches; the budget is {budget}"))
    outcome = UnitOutcome.counted([*findings, *escapes], "configuration and escape hatches")
    return outcome.model_copy(update={"metrics": {"escape_hatches": float(len(escapes))}})


def mypy_targets(settings: TomlTable, facts: ProjectFacts, files: Collection[str]) -> list[str]:
    """Return what mypy checks: nothing when its settings name files, else package and tests.

    A project without a package (one module, scripts) is checked as a whole (``.``).
    """
    if settings.get("files"):
        return []
    package = facts.package
    if package is None:
        return ["."]
    source = f"{facts.source_root}/{package}" if facts.source_root != "." else package
    return [source, *(name for name in ("tests",) if any(f.startswith(f"{name}/") for f in files))]


def mypy_settings_of(ctx: UnitContext) -> TomlTable:
    """Return the settings mypy reads (``mypy.ini`` before ``[tool.mypy]``)."""
    mypy_file = mypy_config(ctx.files, lambda name: _text(ctx, name), ctx.pyproject)
    if mypy_file is None or mypy_file == PYPROJECT:
        return table_at(ctx.pyproject, "tool", "mypy")
    return mypy_settings(_text(ctx, mypy_file))


def _own_copy_hint(ctx: UnitContext, tool: str) -> str | None:
    """Say so when mason's own copy of ``tool`` ran because the project has none."""
    if ctx.tools.provides(tool):
        return None
    return (
        f"the project's environment has no {tool}, so mason ran its own ({tool} "
        f"{ctx.tools.version(tool)}); add the {tool} the project is checked with to its dev "
        "dependencies"
    )


def run_mypy(ctx: UnitContext) -> UnitOutcome:
    """Run mypy in the project's environment; one finding per error.

    Narrowed (``ctx.focus``), mypy checks just those files where that gives the full run's
    verdict on them; otherwise it checks the whole project and says so (``whole``).
    """
    if not _chosen(ctx, "mypy"):
        return _not_chosen("mypy")
    settings = mypy_settings_of(ctx)
    targets = mypy_targets(settings, ctx.facts, ctx.files)
    narrowed = mypy_focus(settings, targets, ctx.focus) if ctx.focus is not None else None
    if narrowed == []:
        return UnitOutcome.counted([], "mypy")
    # a full run names the package's folder, so mypy reads it as source; a narrowed run finds
    # it there first too, not as the installed (perhaps untyped) distribution
    output = ctx.tools.mypy(narrowed or targets, [ctx.facts.source_root] if narrowed else [])
    if output.returncode not in {0, 1}:
        return UnitOutcome.crashed("mypy", output, _own_copy_hint(ctx, "mypy"))
    outcome = UnitOutcome.counted(parse_mypy(output.stdout, PurePath(ctx.facts.root)), "mypy")
    return outcome.model_copy(update={"whole": ctx.focus is not None and narrowed is None})


def run_pyright(ctx: UnitContext) -> UnitOutcome:
    """Run pyright in the project's environment; one finding per error or warning."""
    if not _chosen(ctx, "pyright"):
        return _not_chosen("pyright")
    if pyright_config(ctx.files, ctx.pyproject) == PYRIGHT_JSON:
        settings = read_json(_text(ctx, PYRIGHT_JSON))
    else:
        settings = table_at(ctx.pyproject, "tool", "pyright")
    narrowed = pyright_focus(settings, ctx.focus) if ctx.focus is not None else None
    if narrowed == []:
        return UnitOutcome.counted([], "pyright")
    output = ctx.tools.pyright(narrowed or ())
    if output.returncode not in {0, 1}:
        return UnitOutcome.crashed("pyright", output, _own_copy_hint(ctx, "pyright"))
    found = parse_pyright(output.stdout, PurePath(ctx.facts.root))
    if narrowed and depends_on_what_was_checked([finding.message for finding in found]):
        # the one case pyright runs twice in an audit: exact or full (narrowing.py says why)
        narrowed = None
        output = ctx.tools.pyright(())
        if output.returncode not in {0, 1}:
            return UnitOutcome.crashed("pyright", output, _own_copy_hint(ctx, "pyright"))
        found = parse_pyright(output.stdout, PurePath(ctx.facts.root))
    outcome = UnitOutcome.counted(found, "pyright")
    return outcome.model_copy(update={"whole": ctx.focus is not None and narrowed is None})


def run_plugins(ctx: UnitContext) -> UnitOutcome:
    """Report a project that uses pydantic while mypy does not load its plugin (TYP005)."""
    if not _chosen(ctx, "mypy"):
        return _not_chosen("mypy")
    if not uses_pydantic(ctx.pyproject):
        return UnitOutcome(summary="mypy plugins: pydantic is not a dependency")
    mypy_file = mypy_config(ctx.files, lambda name: _text(ctx, name), ctx.pyproject)
    source = mypy_source(mypy_file or PYPROJECT)
    findings = check_pydantic_plugin(mypy_settings_of(ctx), source)
    return UnitOutcome.counted(findings, "mypy plugins")


def run_ty(ctx: UnitContext) -> UnitOutcome:
    """Run ty in the project's environment; one finding per error or warning.

    Narrowed, ty checks just those files, unless its settings choose the files themselves
    (``[tool.ty.src]``, overrides): then it checks the whole project and says so.
    """
    if not _chosen(ctx, "ty"):
        return _not_chosen("ty")
    settings, _, _ = _ty_settings(ctx)
    chooses = "src" in settings or "overrides" in settings
    narrowed = (
        None
        if ctx.focus is None or chooses
        else [path for path in ctx.focus if path.endswith((".py", ".pyi"))]
    )
    if narrowed == []:
        return UnitOutcome.counted([], "ty")
    output = ctx.tools.ty(narrowed or ())
    if output.returncode not in {0, 1}:
        return UnitOutcome.crashed("ty", output, _own_copy_hint(ctx, "ty"))
    outcome = UnitOutcome.counted(parse_ty(output.stdout, PurePath(ctx.facts.root)), "ty")
    return outcome.model_copy(update={"whole": ctx.focus is not None and narrowed is None})
