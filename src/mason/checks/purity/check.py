# @file check.py
# @path src/mason/checks/purity/check.py
# @version 0.1.0
"""The ``purity`` check: pure layers do no I/O, read no environment, clock or chance.

Files are judged one by one (``subjects``), so ``--files``, the edit loop and the cache narrow
the check to the files that changed. Only the package's files are judged: a test or a script
does I/O by design.
"""

from typing import TYPE_CHECKING

from mason.checks.parsed import modules, parsed
from mason.checks.purity.judge import check_purity
from mason.checks.purity.rules import RULES
from mason.domain.check import Check
from mason.domain.inputs import PYTHON, Inputs
from mason.domain.unit import Unit
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


CHECK = Check(
    name="purity",
    title="pure layers do no I/O and read no environment, clock or chance; no import-time clients",
    tools="mason",
    rules=RULES,
    units=(
        Unit(
            name="purity",
            inputs=Inputs(files=PYTHON, facts=("package", "source_root", "pure_layers")),
            run=run_purity,
            cost=5,
            subjects=PYTHON,
        ),
    ),
)
