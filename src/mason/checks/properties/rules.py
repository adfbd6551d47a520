# @file rules.py
# @path src/mason/checks/properties/rules.py
# @version 0.1.0
"""The rules of the properties check: each one a value that makes its own findings."""

from mason.domain.rule import Rule
from mason.domain.severity import Severity

PRP001 = Rule(
    id="PRP001",
    check="properties",
    title="Pure layer without a property test",
    rationale="Seed 000 (11. Testing with Hypothesis) and seed 001 (dual testing): the pure "
    "core is tested by properties over generated inputs, not only by examples. A pure layer "
    "that has code (a function with a body, or a class other than a Protocol) needs at least "
    "one test module that imports from it and uses Hypothesis: a test decorated with "
    "`@given`, or a `RuleBasedStateMachine`. Judged where the layout is functional-core or "
    "clean-ddd, or the project depends on Hypothesis (every mason layout does), on the pure "
    "layers or [tool.mason.properties].layers.",
    seed="000 (11. Testing with Hypothesis), 001 (Testing strategy: dual testing approach)",
    fix="Add a test that imports the layer and states a property with `@given(...)`: what "
    "holds for every input (a round trip, an invariant, agreement with a simpler model).",
    scope="file",
)

PRP002 = Rule(
    id="PRP002",
    check="properties",
    title="Property tests run fewer than 100 examples",
    rationale="Seed 001 (property-based testing framework): every property test runs at least "
    "100 examples, Hypothesis's default. `settings(max_examples=N)` or a profile registered "
    "with fewer (`settings.register_profile('dev', max_examples=10)`) lets a property pass on "
    "a handful of inputs. The floor is [tool.mason.properties].min_examples.",
    seed="001 (Testing strategy: property-based testing framework)",
    fix="Leave `max_examples` at its default (100) or raise it; make a slow property faster "
    "(smaller strategies) instead of running it less.",
    severity=Severity.WARNING,
)

RULES = (PRP001, PRP002)
