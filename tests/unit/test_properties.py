# @file test_properties.py
# @path tests/unit/test_properties.py
# @version 0.1.0
"""The properties judge, and the dependencies a pyproject declares.

Which layers a test module tests by properties, which layers hold code, which settings run
too few examples: each case a small module as real tests write it.
"""

import ast
from textwrap import dedent
from typing import TYPE_CHECKING

import pytest

from mason.checks.declared_packages import declared_names, declares
from mason.checks.properties.judge import has_code, low_examples, property_tested_layers

if TYPE_CHECKING:
    from mason.domain.toml import TomlTable

LAYERS = ("domain", "ops", "protocols", "adapters")


def _tested(source: str) -> set[str]:
    return set(property_tested_layers(ast.parse(dedent(source)), "shop", LAYERS))


@pytest.mark.parametrize(
    ("source", "layers"),
    [
        (
            """\
            from hypothesis import given, strategies as st
            from shop.domain.money import Money
            from shop.ops.pricing import total

            @given(st.integers())
            def test_total(n: int) -> None: ...
            """,
            {"domain", "ops"},
        ),
        (
            """\
            import hypothesis
            import hypothesis.strategies as st
            import shop.domain.money

            @hypothesis.given(st.integers())
            def test_money(n: int) -> None: ...
            """,
            {"domain"},
        ),
        (
            """\
            from hypothesis import given as for_all
            from shop import domain, __version__

            class TestMoney:
                @for_all(st.integers())
                def test_money(self, n: int) -> None: ...
            """,
            {"domain"},
        ),
        (
            """\
            from hypothesis.stateful import RuleBasedStateMachine, rule
            from shop.domain.ledger import Ledger

            class LedgerMachine(RuleBasedStateMachine):
                @rule()
                def credit(self) -> None: ...
            """,
            {"domain"},
        ),
        # examples only: no property
        (
            """\
            from shop.domain.money import Money

            def test_money() -> None: ...
            """,
            set[str](),
        ),
        # a given of the project's own is not Hypothesis's
        (
            """\
            from shop.testing import given
            from shop.domain.money import Money

            @given(1)
            def test_money() -> None: ...
            """,
            set[str](),
        ),
        # Hypothesis used, but the package only through another package
        (
            """\
            from hypothesis import given
            from other.domain import thing

            @given(st.integers())
            def test_other(n: int) -> None: ...
            """,
            set[str](),
        ),
    ],
)
def test_layers_tested_by_properties(source: str, layers: set[str]) -> None:
    assert _tested(source) == layers


@pytest.mark.parametrize(
    ("source", "code"),
    [
        ("def total(x: int) -> int:\n    return x", True),
        ("class Money(BaseModel):\n    cents: int", True),
        ("async def fetch() -> None:\n    await go()", True),
        ("class Catalog(Protocol):\n    def price_of(self, sku: str) -> int: ...", False),
        ("class Repo(typing.Protocol[T]):\n    def add(self, x: T) -> None: ...", False),
        ("type Sku = Annotated[str, Field(min_length=1)]\nCents = NewType('Cents', int)", False),
        ('"""Nothing but a docstring."""', False),
        ("def stub() -> int:\n    '''Later.'''\n    ...", False),
        ("def stub() -> int:\n    raise NotImplementedError", False),
        ("from shop.domain.money import Money\n__all__ = ['Money']", False),
    ],
)
def test_has_code(source: str, code: bool) -> None:  # noqa: FBT001 - a parametrized expectation
    assert has_code(ast.parse(source)) is code


@pytest.mark.parametrize(
    ("source", "lines"),
    [
        (
            "from hypothesis import settings\n@settings(max_examples=10)\ndef test() -> None: ...",
            [2],
        ),
        ("from hypothesis import settings\nsettings.register_profile('dev', max_examples=5)", [2]),
        ("import hypothesis\nhypothesis.settings.register_profile('ci', max_examples=99)", [2]),
        (
            "from hypothesis import settings\n@settings(max_examples=100)\ndef test() -> None: ...",
            [],
        ),
        ("from hypothesis import settings\nsettings.register_profile('ci', max_examples=1000)", []),
        ("from hypothesis import settings\nsettings(max_examples=N)", []),
        ("from django.conf import settings\nsettings(max_examples=1)", []),
    ],
)
def test_too_few_examples_are_prp002(source: str, lines: list[int]) -> None:
    findings = low_examples(ast.parse(source), "tests/conftest.py", 100)
    assert [(finding.rule, finding.line) for finding in findings] == [("PRP002", n) for n in lines]


def test_prp002_says_how_many_and_where() -> None:
    source = "from hypothesis import settings\nsettings.register_profile('dev', max_examples=5)"
    (finding,) = low_examples(ast.parse(source), "tests/conftest.py", 100)
    assert finding.message == (
        "`max_examples=5` in a registered profile: property tests run fewer than 100 examples"
    )


def test_declared_dependencies_are_read_from_every_table() -> None:
    pyproject: TomlTable = {
        "project": {
            "dependencies": ["Structlog>=24", "not a requirement !!"],
            "optional-dependencies": {"test": ["pytest"]},
        },
        "dependency-groups": {"dev": ["hypothesis>=6", {"include-group": "test"}]},
        "tool": {
            "poetry": {
                "dependencies": {"python": "^3.12", "Rich": "*"},
                "group": {"lint": {"dependencies": {"ruff": "*"}}},
            }
        },
    }
    assert declared_names(pyproject) == {"structlog", "pytest", "hypothesis", "rich", "ruff"}
    assert declares(pyproject, ("hypothesis",))
    assert not declares(pyproject, ("loguru",))
    assert declared_names({}) == frozenset()
