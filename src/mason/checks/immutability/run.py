# @file run.py
# @path src/mason/checks/immutability/run.py
# @version 0.1.0
"""The ``immutability`` check's work; ``check.py`` declares it and loads this when a unit runs."""

from typing import TYPE_CHECKING

from mason.checks.immutability.fields import check_fields
from mason.checks.immutability.module_state import check_module_state
from mason.checks.names import Imports
from mason.checks.parsed import modules, parsed
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

if TYPE_CHECKING:
    from mason.domain.finding import Finding


def run_immutability(ctx: UnitContext) -> UnitOutcome:
    """Judge every Python file's model fields, and the module state of pure layers' files."""
    findings: list[Finding] = []
    for path, tree in parsed(ctx, ctx.python_files):
        imports = Imports(tree)
        if ctx.facts.is_pure(path):
            findings.extend(check_module_state(tree, path, imports))
        findings.extend(check_fields(tree, path, imports))
    return UnitOutcome.counted(findings, modules(len(ctx.python_files)))
