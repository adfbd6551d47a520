# @file run.py
# @path src/mason/checks/logging/run.py
# @version 0.1.0
"""The ``logging`` check's work; ``check.py`` declares it and loads this when a unit runs."""

import ast
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mason.checks.coverage.selection import is_test_file
from mason.checks.declared_packages import declares
from mason.checks.logging.json_setup import sets_up_json_logging
from mason.checks.logging.judge import check_logging
from mason.checks.logging.rules import LOG002
from mason.checks.logging.settings import LoggingConfig
from mason.checks.parsed import modules, parsed
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

if TYPE_CHECKING:
    from mason.domain.finding import Finding

EDGE_LAYOUTS = ("functional-core", "clean-ddd", "four-layer", "webapp", "cli")
"""The layouts with an application edge: a program that runs, and so logs."""


def _chosen(ctx: UnitContext) -> list[str]:
    """Return the modules the check judges: the package's, or all but the tests."""
    if ctx.facts.package_path is not None:
        return [path for path in ctx.python_files if ctx.facts.in_package(path)]
    return [
        path
        for path in ctx.python_files
        if not is_test_file(path) and not path.startswith("tests/")
    ]


def _judged(ctx: UnitContext) -> Iterator[tuple[str, ast.Module]]:
    """Yield the chosen modules that parse, with their trees."""
    yield from parsed(ctx, _chosen(ctx))


def run_log_calls(ctx: UnitContext) -> UnitOutcome:
    """Judge every log call of the judged modules (LOG001 where structured, LOG003 always).

    The summary has no ": " before its counts: the edit loop reads its label up to there. It
    counts the modules chosen, parsed or not (the headers and design checks report one that
    does not parse): a narrowed run keeps the label of the last full run on the same files.
    """
    settings = ctx.config.settings(LoggingConfig)
    structured = settings.structured
    if structured is None:
        structured = ctx.facts.layout in EDGE_LAYOUTS or declares(ctx.pyproject, ("structlog",))
    pattern = re.compile(settings.event_pattern) if settings.event_pattern else None
    findings: list[Finding] = []
    chosen = _chosen(ctx)
    for path, tree in parsed(ctx, chosen):
        findings.extend(check_logging(tree, path, structured=structured, pattern=pattern))
    what = "structured events" if structured else "secrets only"
    return UnitOutcome.counted(findings, f"{modules(len(chosen))} ({what})")


def run_json_setup(ctx: UnitContext) -> UnitOutcome:
    """Find the module that sets up JSON logging, where the program must have one."""
    wanted = ctx.config.settings(LoggingConfig).json_setup
    if wanted is None:
        wanted = ctx.facts.layout in EDGE_LAYOUTS
    if not wanted:
        return UnitOutcome(summary="no JSON set-up asked for (a library)", skipped=True)
    for path, tree in _judged(ctx):
        if sets_up_json_logging(tree):
            return UnitOutcome(summary=f"JSON logging set up in {path}")
    package = ctx.facts.package_path
    init = f"{package}/__init__.py" if package else None
    where = init if init in ctx.files else "pyproject.toml"
    missing = LOG002.finding(
        "no module of the package sets up JSON logging (structlog's JSONRenderer, "
        "python-json-logger, a JSON formatter)",
        path=where,
    )
    return UnitOutcome(findings=(missing,), summary="no JSON logging set-up")
