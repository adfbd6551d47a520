# @file run.py
# @path src/mason/checks/purity/run.py
# @version 0.1.0
"""The ``purity`` check's work; ``check.py`` declares it and loads this when a unit runs."""

from typing import TYPE_CHECKING

from mason.checks.parsed import modules, parsed
from mason.checks.purity.judge import check_purity
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

if TYPE_CHECKING:
    from mason.domain.finding import Finding


def run_purity(ctx: UnitContext) -> UnitOutcome:
    """Judge the package's Python files: all the code of pure layers, import time elsewhere.

    The summary has no ": " before its counts: the edit loop reads its label up to there. It
    counts the modules chosen, parsed or not: the count depends on the list of files alone.
    """
    facts = ctx.facts
    package = facts.package_path
    if package is None:
        return UnitOutcome(summary="no package to check", skipped=True)
    findings: list[Finding] = []
    chosen = list(filter(facts.in_package, ctx.python_files))
    for path, tree in parsed(ctx, chosen):
        layer = facts.layer_of(path) if facts.is_pure(path) else None
        findings.extend(check_purity(tree, path, layer=layer))
    pure = f"pure layers {', '.join(facts.pure_layers)}" if facts.pure_layers else "no pure layers"
    return UnitOutcome.counted(findings, f"{modules(len(chosen))} ({pure})")
