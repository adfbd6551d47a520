# @file typing_units.py
# @path src/mason/services/audit/typing_units.py
# @version 0.1.0
"""The ``typing`` check: strict configuration, escape hatches, and mypy and pyright themselves.

mypy and pyright are separate units, so they run in parallel and are cached on their own.
Both run from the project's environment (they must see its dependencies); when the project
lacks one of them, mason's own copy runs, pointed at the project's interpreter.
"""

from pathlib import PurePath

from mason.adapters.process import run
from mason.checks.escapes import find_escapes
from mason.checks.parsers import mypy, pyright
from mason.checks.typing_config import check_typing_config
from mason.domain.finding import Finding
from mason.domain.severity import Severity
from mason.domain.toml import table_at
from mason.domain.unit_outcome import UnitOutcome
from mason.services.audit.context import AuditContext
from mason.services.audit.outcomes import counted, crashed
from mason.services.audit.unit import Unit

_CONFIGS = ("pyproject.toml", "mypy.ini", ".mypy.ini", "pyrightconfig.json", "uv.lock")


def run_static(ctx: AuditContext) -> UnitOutcome:
    """Judge the configuration's strictness and count escape hatches against the budget."""
    findings = check_typing_config(ctx.project.pyproject)
    escapes: list[Finding] = []
    for path in ctx.python_files:
        tree = ctx.tree(path)
        text = ctx.text(path)
        if tree is None or isinstance(tree, SyntaxError) or not isinstance(text, str):
            continue
        escapes.extend(find_escapes(tree, text, path))
    budget = ctx.config.typing.escape_budget
    if len(escapes) > budget:
        findings.append(
            Finding(
                rule="TYP030",
                severity=Severity.ERROR,
                path=None,
                line=None,
                message=f"{len(escapes)} escape hatches; the budget is {budget}",
            )
        )
    outcome = counted([*findings, *escapes], "configuration and escape hatches")
    return outcome.model_copy(update={"metrics": {"escape_hatches": float(len(escapes))}})


def _mypy_targets(ctx: AuditContext) -> list[str]:
    if table_at(ctx.project.pyproject, "tool", "mypy").get("files"):
        return []
    targets = [str(ctx.source_root / ctx.package)] if ctx.package else []
    return targets + [name for name in ("tests",) if (ctx.root / name).is_dir()]


def run_mypy(ctx: AuditContext) -> UnitOutcome:
    """Run mypy in the project's environment; one finding per error."""
    python = ctx.env.require()
    program, own = ctx.env.tool("mypy")
    interpreter = [] if own else ["--python-executable", str(python)]
    argv = [str(program), "--output", "json", *interpreter, *_mypy_targets(ctx)]
    completed = run(argv, cwd=ctx.root, timeout=ctx.config.timeout)
    if completed.returncode not in {0, 1}:
        return crashed("mypy", completed)
    return counted(mypy.parse(completed.stdout, PurePath(ctx.root)), "mypy")


def run_pyright(ctx: AuditContext) -> UnitOutcome:
    """Run pyright in the project's environment; one finding per error or warning."""
    python = ctx.env.require()
    program, own = ctx.env.tool("pyright")
    interpreter = [] if own else ["--pythonpath", str(python)]
    completed = run(
        [str(program), "--outputjson", *interpreter], cwd=ctx.root, timeout=ctx.config.timeout
    )
    if completed.returncode not in {0, 1}:
        return crashed("pyright", completed)
    return counted(pyright.parse(completed.stdout, PurePath(ctx.root)), "pyright")


def _key(ctx: AuditContext, unit: str) -> str:
    versions = ctx.env.versions()
    return ctx.key(unit, [*ctx.python_files, *ctx.existing(*_CONFIGS)], sorted(versions.items()))


UNITS = (
    Unit(
        "typing.config",
        "typing",
        lambda ctx: ctx.key("typing.config", [*ctx.python_files, *ctx.existing("pyproject.toml")]),
        run_static,
    ),
    Unit("typing.mypy", "typing", lambda ctx: _key(ctx, "typing.mypy"), run_mypy),
    Unit("typing.pyright", "typing", lambda ctx: _key(ctx, "typing.pyright"), run_pyright),
)
