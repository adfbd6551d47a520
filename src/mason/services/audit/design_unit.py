# @file design_unit.py
# @path src/mason/services/audit/design_unit.py
# @version 0.1.0
"""The ``design`` check: AST rules over every Python file, each parsed once."""

from typing import TYPE_CHECKING

from mason.checks.design import check_design, syntax_error_finding
from mason.domain.unit_outcome import UnitOutcome
from mason.services.audit.context import AuditContext
from mason.services.audit.outcomes import counted
from mason.services.audit.unit import Unit

if TYPE_CHECKING:
    from mason.domain.finding import Finding


def run_design(ctx: AuditContext) -> UnitOutcome:
    """Check one-class-per-file, Protocol-first and frozen models in pure layers."""
    findings: list[Finding] = []
    for path in ctx.python_files:
        tree = ctx.tree(path)
        if tree is None:
            continue  # unreadable: the headers check reports it
        if isinstance(tree, SyntaxError):
            findings.append(syntax_error_finding(path, tree))
            continue
        findings.extend(check_design(tree, path, pure=ctx.is_pure(path)))
    return counted(findings, f"{len(ctx.python_files)} modules")


UNIT = Unit(
    "design",
    "design",
    lambda ctx: ctx.key("design", ctx.python_files, ctx.pure_layers, ctx.package),
    run_design,
)
