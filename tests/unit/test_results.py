# @file test_results.py
# @path tests/unit/test_results.py
# @version 0.1.0
"""The results judge over syntax trees: raises and ``X | None`` returns in Result layers.

Each case is a small module as real code writes it; the expected findings name the rule and
the line, so a case that finds too much fails as surely as one that finds too little.
"""

import ast
from pathlib import Path
from textwrap import dedent

import pytest

from mason.checks.results.judge import check_results
from mason.checks.results.result_layers import result_layers
from mason.domain.project_facts import ProjectFacts

BARRIERS = ("catching", "safe")


def _found(source: str, *, optional_returns: bool = False) -> list[tuple[str, int]]:
    findings = check_results(
        ast.parse(dedent(source)),
        "src/pkg/ops/m.py",
        layer="ops",
        barriers=BARRIERS,
        optional_returns=optional_returns,
    )
    return [(finding.rule, finding.line or 0) for finding in findings]


def test_a_raise_in_a_result_layer_is_res001_with_where_and_what() -> None:
    source = """\
        def parse(text: str) -> int:
            if not text:
                raise ValueError("empty")
            return int(text)
        """
    (finding,) = check_results(
        ast.parse(dedent(source)), "src/pkg/ops/m.py", layer="ops", barriers=BARRIERS,
        optional_returns=False,
    )  # fmt: skip
    assert (finding.rule, finding.line, finding.column) == ("RES001", 3, 9)
    assert finding.message == (
        "`raise ValueError('empty')` in `parse` in Result layer 'ops': an expected failure "
        "is an Err value"
    )


@pytest.mark.parametrize(
    "source",
    [
        # the functional-core template: a barrier turns the ValueError into an Err
        """\
        @catching(ValueError)
        def parse_line(text: str) -> int:
            raise ValueError(text)
        """,
        """\
        @decorators.safe
        def parse_line(text: str) -> int:
            raise ValueError(text)
        """,
        # seed 000: a function passed to the barrier, and what it nests
        """\
        def outer() -> object:
            def bridge() -> int:
                match step():
                    case Err(error):
                        raise error
                return 1
            return safe(bridge)()
        """,
        """\
        def parse(text: str) -> int:
            raise ValueError(text)
        checked = catching(ValueError)(parse)
        """,
        """\
        @catching(KeyError)
        def lookup(key: str) -> int:
            def inner() -> int:
                raise KeyError(key)
            return inner()
        """,
        # pydantic validators: validation errors come from pydantic (seed 001)
        """\
        class Order(BaseModel):
            @field_validator("sku")
            @classmethod
            def known(cls, value: str) -> str:
                raise ValueError("unknown")

            @model_validator(mode="after")
            def minimum(self) -> "Order":
                raise ValueError("too small")
        """,
        """\
        def positive(value: int) -> int:
            if value <= 0:
                raise ValueError("not positive")
            return value
        type Positive = Annotated[int, AfterValidator(positive)]
        """,
        # seed 000's CorrelationIdSchema: the core schema names the validator
        """\
        class CorrelationId(str):
            @classmethod
            def __get_pydantic_core_schema__(cls, source: object, handler: object) -> object:
                return core_schema.no_info_after_validator_function(cls._validate, schema())

            @classmethod
            def _validate(cls, value: str) -> "CorrelationId":
                raise ValueError("no req_ prefix")
        """,
        """\
        @dataclass(frozen=True)
        class Span:
            start: int
            end: int

            def __post_init__(self) -> None:
                if self.end < self.start:
                    raise ValueError("ends before it starts")
        """,
        # construction and class definition validate (eventsourcing's domain does)
        """\
        class Money:
            def __init__(self, cents: int) -> None:
                if cents < 0:
                    raise ValueError("negative")
                self.cents = cents
        """,
        """\
        class Aggregate:
            def __init_subclass__(cls) -> None:
                raise ProgrammingError("no event class")
        """,
        # not failures: an unwritten branch, a broken invariant, a misuse, a re-raise
        """\
        def area(shape: Shape) -> float:
            raise NotImplementedError
        """,
        """\
        def area(shape: Shape) -> float:
            raise NotImplementedError(f"no area for {shape}")
        """,
        """\
        def check(x: int) -> None:
            raise AssertionError("unreachable")
        """,
        """\
        def retry(attempts: object) -> None:
            if not isinstance(attempts, int):
                raise TypeError("attempts is a number")
        """,
        """\
        def load(text: str) -> int:
            try:
                return int(text)
            except ValueError:
                log()
                raise
        """,
        """\
        def load(text: str) -> int:
            try:
                return int(text)
            except ValueError as error:
                raise error from None
        """,
        # found on public projects (docs/corpus.md): protocols that refuse by raising
        """\
        class Frozen:
            def __setattr__(self, name: str, value: object) -> None:
                raise FrozenInstanceError
        """,
        """\
        class Proxy:
            def __getattr__(self, name: str) -> object:
                raise AttributeError(name)
        """,
        # attrs validators and converters handed over by keyword
        """\
        def _positive(instance: object, attribute: object, value: int) -> None:
            if value < 0:
                raise ValueError("negative")

        amount: int = attrs.field(validator=_positive)
        """,
        # itsdangerous: a caught error kept, then raised again (or cast first)
        """\
        def unsign(value: str) -> str:
            try:
                return check(value)
            except BadSignature as e:
                sig_error = e
            raise sig_error
        """,
        """\
        def loads(value: str) -> str:
            for signer in signers:
                try:
                    return signer.unsign(value)
                except BadSignature as err:
                    last_exception = err
            raise t.cast(BadSignature, last_exception)
        """,
    ],
)
def test_what_may_raise_in_a_result_layer_passes(source: str) -> None:
    assert _found(source) == []


@pytest.mark.parametrize(
    ("source", "line"),
    [
        ("raise RuntimeError('at import')", 1),
        ("def f() -> None:\n    raise DomainError(code='x')", 2),
        ("class C:\n    def m(self) -> None:\n        raise KeyError(1)", 3),
        ("class C:\n    def mutate(self) -> None:\n        raise OriginatorVersionError(1)", 3),
        ("def f() -> None:\n    raise ValueError", 2),
        # a decorator that is not a barrier does not allow raising
        ("@functools.cache\ndef f() -> None:\n    raise ValueError('x')", 3),
        # raising a new exception from the caught one is still raising
        (
            (
                "def f(t: str) -> int:\n    try:\n        return int(t)\n"
                "    except ValueError as error:\n        raise ParseError(t) from error"
            ),
            5,
        ),
        # the barrier of another function does not cover this one
        ("@catching(ValueError)\ndef f() -> None: ...\ndef g() -> None:\n    raise ValueError", 4),
        # a match-case default that raises is a failure path: assert_never is the guard
        (
            "def f(x: int) -> int:\n    match x:\n        case _:\n            raise ValueError(x)",
            4,
        ),
    ],
)
def test_raises_outside_barriers_are_res001(source: str, line: int) -> None:
    assert _found(source) == [("RES001", line)]


def test_other_barriers_are_configured() -> None:
    source = "@returns_result\ndef f() -> None:\n    raise ValueError('x')"
    tree = ast.parse(source)
    path = "src/pkg/ops/m.py"
    assert check_results(tree, path, layer="ops", barriers=(), optional_returns=False) != []
    allowed = ("returns_result",)
    assert check_results(tree, path, layer="ops", barriers=allowed, optional_returns=False) == []


@pytest.mark.parametrize(
    ("annotation", "flagged"),
    [
        ("User | None", True),
        ("None | User", True),
        ("int | str | None", True),
        ("Optional[User]", True),
        ("typing.Optional[User]", True),
        ("Union[User, None]", True),
        ("'User | None'", True),
        ("None", False),
        ("User", False),
        ("Result[User, NotFound]", False),
        ("Result[User | None, DbError]", False),
        ("Union[User, Admin]", False),
        ("list[User | None]", False),
    ],
)
def test_optional_returns_are_res002_when_switched_on(annotation: str, flagged: bool) -> None:  # noqa: FBT001 - a parametrized expectation
    source = f"def fetch(key: str) -> {annotation}: ..."
    assert _found(source, optional_returns=True) == ([("RES002", 1)] if flagged else [])
    assert _found(source) == []


def test_res002_judges_public_operations_only() -> None:
    source = """\
        class Catalog(Protocol):
            def price_of(self, sku: str) -> int | None: ...

            @property
            def parent(self) -> "Catalog | None": ...

            def _cached(self, sku: str) -> int | None: ...

            def __exit__(self, *args: object) -> bool | None: ...

            @overload
            def get(self, sku: str) -> int | None: ...

        class _Private:
            def find(self) -> int | None: ...

        def lookup(key: str) -> str | None: ...

        def _helper() -> int | None: ...
        """
    assert _found(source, optional_returns=True) == [("RES002", 2), ("RES002", 17)]


def _facts(layout: str | None) -> ProjectFacts:
    return ProjectFacts.model_validate(
        {
            "root": Path("/p"),
            "name": "p",
            "version": None,
            "package": "p",
            "source_root": "src",
            "layers": (),
            "python_floor": None,
            "layout": layout,
            "detected_layout": "library",
            "pure_layers": (),
        }
    )


def test_result_layers_are_the_layouts_unless_configured() -> None:
    assert result_layers(_facts("functional-core"), None) == (
        "domain",
        "protocols",
        "decorators",
        "ops",
    )
    assert result_layers(_facts("clean-ddd"), None) == ("core", "domain", "application")
    assert result_layers(_facts("four-layer"), None) == ()
    assert result_layers(_facts(None), None) == ()
    assert result_layers(_facts("four-layer"), ("foundation",)) == ("foundation",)
    assert result_layers(_facts("functional-core"), ()) == ()
