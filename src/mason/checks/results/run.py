# @file run.py
# @path src/mason/checks/results/run.py
# @version 0.1.0
"""The ``results`` check's work; ``check.py`` declares it and loads this when a unit runs."""

from typing import TYPE_CHECKING

from mason.checks.parsed import modules, parsed
from mason.checks.results.judge import check_results
from mason.checks.results.result_layers import result_layers
from mason.checks.results.settings import ResultsConfig
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

if TYPE_CHECKING:
    from mason.domain.finding import Finding


def run_results(ctx: UnitContext) -> UnitOutcome:
    """Judge the modules of the Result layers.

    The summary has no ": " before its counts: the edit loop reads its label up to there. It
    counts the modules chosen, parsed or not: the count depends on the list of files alone.
    """
    settings = ctx.config.settings(ResultsConfig)
    layers = result_layers(ctx.facts, settings.layers)
    if not layers:
        summary = "no Result layers ([tool.mason.results].layers)"
        return UnitOutcome(summary=summary, skipped=True)
    findings: list[Finding] = []
    chosen = [path for path in ctx.python_files if ctx.facts.layer_of(path) in layers]
    for path, tree in parsed(ctx, chosen):
        layer = ctx.facts.layer_of(path) or ""
        findings.extend(
            check_results(
                tree,
                path,
                layer=layer,
                barriers=settings.barriers,
                optional_returns=settings.optional_returns,
            )
        )
    return UnitOutcome.counted(
        findings, f"{modules(len(chosen))} (Result layers {', '.join(layers)})"
    )
