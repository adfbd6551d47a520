# @file check.py
# @path src/mason/checks/design/check.py
# @version 0.1.0
"""The ``design`` check: one-class-per-file, Protocol-first and frozen models in pure layers."""

from typing import TYPE_CHECKING

from mason.checks.design.judge import check_design, syntax_error_finding
from mason.checks.design.rules import RULES
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

if TYPE_CHECKING:
    from mason.domain.finding import Finding


def run_design(ctx: UnitContext) -> UnitOutcome:
    """Judge every Python file's classes; a file that does not parse is one finding."""
    findings: list[Finding] = []
    for path in ctx.python_files:
        tree = ctx.tree(path)
        if tree is None:
            continue  # unreadable: the headers check reports it
        if isinstance(tree, SyntaxError):
            findings.append(syntax_error_finding(path, tree))
            continue
        findings.extend(check_design(tree, path, pure=ctx.facts.is_pure(path)))
    return UnitOutcome.counted(
        findings, f"{len(ctx.python_files)} module{'' if len(ctx.python_files) == 1 else 's'}"
    )


CHECK = Check(
    name="design",
    title="one public class per file, Protocol over ABC, frozen models in pure layers",
    tools="mason",
    rules=RULES,
    units=(
        Unit(
            name="design",
            inputs=Inputs(files=PYTHON, facts=("package", "source_root", "pure_layers")),
            run=run_design,
            cost=5,
            subjects=PYTHON,
        ),
    ),
)
