# @file rules.py
# @path src/mason/checks/results/rules.py
# @version 0.1.0
"""The rules of the results check: each one a value that makes its own findings."""

from mason.domain.rule import Rule

_LAYERS = (
    "Result layers are the layout's (functional-core: domain, protocols, decorators, ops; "
    "clean-ddd: core, domain, application) or [tool.mason.results].layers; other layouts "
    "have none (four-layer is exception-based by design, seed 002)."
)

RES001 = Rule(
    id="RES001",
    check="results",
    title="Exception raised in a Result layer",
    rationale="Seed 000 (4. Railway-oriented programming; anti-pattern 3) and seed 001 (error "
    "handling): an expected failure is a value in the signature (`Result[T, E]` = `Ok | Err`), "
    "so the caller sees it and the type checker makes it handle it; a `raise` routes it past "
    "every signature. Allowed: a function under a declared barrier (`@catching(...)`, `@safe`, "
    "or passed to one, `safe(f)`: the barrier turns the exception into an `Err`), pydantic "
    "validators (`field_validator`, `model_validator`, functions given to `AfterValidator` "
    "and its kin, `__get_pydantic_core_schema__`), constructors (`__init__`, `__new__`, "
    "`__post_init__`), class-definition hooks (`__init_subclass__`, `__set_name__`) and the "
    "protocols that refuse only by raising (`__getattr__`, `__setattr__`, `__delattr__`, "
    "`__getitem__`, `__next__` and their kin); functions handed to attrs by keyword "
    "(`field(validator=..., converter=...)`): "
    "validation refuses what cannot exist where it is made (seed 001: validation errors come "
    "from pydantic); `NotImplementedError`, `AssertionError` and `TypeError` (an unwritten "
    "branch, a broken invariant, a caller's misuse: bugs, not outcomes); and re-raising what "
    "was caught (`raise`, `raise error` of `except ... as error`, or a name it was kept in). "
    f"{_LAYERS}",
    seed="000 (4. Railway-oriented programming; 12.3 Exception-driven domain control flow), "
    "001 (Error handling strategy)",
    fix="Return `Err(...)` (and `Result[T, E]` in the signature), or put the function under a "
    "barrier (`@catching(ValueError)`) that turns the exception into an `Err`; barriers are "
    "named in [tool.mason.results].barriers.",
)

RES002 = Rule(
    id="RES002",
    check="results",
    title="Result-layer function returns `X | None`",
    rationale="Seed 000 (anti-pattern 19, missing Result boundary): `-> X | None` lets a "
    "failure (a lost connection, an unknown key) pass as absence, and the caller cannot tell "
    "why. Judged on public functions and methods of Result layers (properties, overloads and "
    "private names left out). Off by default: absence is not always failure (`dict.get`), so "
    f"[tool.mason.results].optional_returns = true turns it on. {_LAYERS}",
    seed="000 (12.19 Missing Result boundary: Optional[T] masking failures)",
    fix="Return `Result[X, E]` with an error type that says why there is no value.",
)

RULES = (RES001, RES002)
