# @file run.py
# @path src/mason/checks/properties/run.py
# @version 0.1.0
"""The ``properties`` check's work; ``check.py`` declares it and loads this when a unit runs."""

from typing import TYPE_CHECKING

from mason.checks.coverage.selection import is_test_file
from mason.checks.declared_packages import declares
from mason.checks.parsed import modules, parsed
from mason.checks.properties.judge import has_code, low_examples, property_tested_layers
from mason.checks.properties.rules import PRP001
from mason.checks.properties.settings import PropertiesConfig
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome

if TYPE_CHECKING:
    from mason.domain.finding import Finding

PROPERTY_LAYOUTS = ("functional-core", "clean-ddd")
"""The layouts whose seeds (000, 001) ask for property tests whatever the dependencies say."""


def _layers(ctx: UnitContext) -> tuple[str, ...]:
    configured = ctx.config.settings(PropertiesConfig).layers
    if configured is not None:
        return configured
    facts = ctx.facts
    if facts.layout in PROPERTY_LAYOUTS or declares(ctx.pyproject, ("hypothesis",)):
        return facts.pure_layers
    return ()


def run_property_tests(ctx: UnitContext) -> UnitOutcome:
    """Find the pure layers with code that no test module tests by properties."""
    layers = _layers(ctx)
    package, package_path = ctx.facts.package, ctx.facts.package_path
    if not layers or package is None or package_path is None:
        summary = "no layers need property tests ([tool.mason.properties].layers)"
        return UnitOutcome(summary=summary, skipped=True)
    code: dict[str, list[str]] = {}
    for path, tree in parsed(ctx, sorted(ctx.python_files)):
        layer = ctx.facts.layer_of(path)
        if layer is not None and layer in layers:
            code.setdefault(layer, [])
            if has_code(tree):
                code[layer].append(path)
    tests = [path for path in ctx.python_files if is_test_file(path)]
    tested: set[str] = set()
    for _, tree in parsed(ctx, tests):
        tested |= property_tested_layers(tree, package, ctx.facts.layers)
    findings: list[Finding] = [
        PRP001.finding(
            f"pure layer '{layer}' has no property test: no test module that imports it uses "
            "Hypothesis (@given or a RuleBasedStateMachine)",
            path=code[layer][0],
        )
        for layer in sorted(code)
        if code[layer] and layer not in tested
    ]
    with_code = [layer for layer in code if code[layer]]
    covered = len([layer for layer in with_code if layer in tested])
    return UnitOutcome.counted(
        findings, f"{covered} of {len(with_code)} layers with code tested by properties"
    )


def run_examples(ctx: UnitContext) -> UnitOutcome:
    """Find settings and profiles that run property tests on fewer examples than the floor."""
    minimum = ctx.config.settings(PropertiesConfig).min_examples
    findings: list[Finding] = []
    for path, tree in parsed(ctx, list(ctx.python_files)):
        findings.extend(low_examples(tree, path, minimum))
    return UnitOutcome.counted(findings, modules(len(ctx.python_files)))
