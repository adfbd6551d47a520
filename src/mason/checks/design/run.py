# @file run.py
# @path src/mason/checks/design/run.py
# @version 0.1.0
"""The ``design`` check's work; ``check.py`` declares it and loads this when a unit runs."""

from typing import TYPE_CHECKING

from mason.checks.design.judge import check_design, syntax_error_finding
from mason.checks.design.settings import DesignConfig
from mason.checks.design.value_layers import value_layers
from mason.checks.parsed import modules
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

if TYPE_CHECKING:
    from mason.domain.finding import Finding


def run_design(ctx: UnitContext) -> UnitOutcome:
    """Judge every Python file's classes; a file that does not parse is one finding."""
    settings = ctx.config.settings(DesignConfig)
    values = value_layers(ctx.facts, settings.value_layers)
    findings: list[Finding] = []
    for path in ctx.python_files:
        tree = ctx.tree(path)
        text = ctx.text(path)
        if tree is None or not isinstance(text, str):
            continue  # unreadable: the headers check reports it
        if isinstance(tree, SyntaxError):
            findings.append(syntax_error_finding(path, tree))
            continue
        layer = ctx.facts.layer_of(path)
        findings.extend(
            check_design(
                tree,
                path,
                value=layer is not None and layer in values,
                lines=len(text.splitlines()),
                settings=settings,
            )
        )
    return UnitOutcome.counted(findings, modules(len(ctx.python_files)))
