# @file rules.py
# @path src/mason/checks/immutability/rules.py
# @version 0.1.0
"""The rules of the immutability check: each one a value that makes its own findings."""

from mason.domain.rule import Rule
from mason.domain.severity import Severity

IMM001 = Rule(
    id="IMM001",
    check="immutability",
    title="Module-level mutable state in a pure layer",
    rationale="Seed 000 (anti-patterns 8, 15 and 20) and seed 003 (no globals but config): a "
    "module-level list, dict or set that the code fills or changes is state shared by every "
    "caller and thread, which a pure core must not have. A container counts as state when "
    "a function of the module changes it (item or attribute assignment, `+=`, `del`, "
    "`.append()`, `.update()` and the like, or `global` and a new binding) or when it is "
    "still empty once the module is imported (made to be filled, like `CACHE: dict = {}`; "
    "`Final` says it is not). Constant tables (written full, or completed by the module's "
    "own top-level code) and names annotated read-only (`Mapping`, `Sequence`, "
    "`AbstractSet`) are not state. Pure layers only: elsewhere a registry or a cache can be "
    "the point.",
    seed="000 (anti-patterns 8, 15, 20), 003 (SOLID: no globals)",
    fix="Pass the state in (a parameter, a frozen model), keep it in the imperative shell, "
    "or use a ContextVar; make constant tables tuples, frozensets or `Mapping`/`Final`.",
)

IMM002 = Rule(
    id="IMM002",
    check="immutability",
    title="Mutable default on a model field",
    rationale="Seed 000 (anti-pattern 6): `roles: list[str] = []` on a model shares one list "
    "between instances where the library does not copy it (attrs, msgspec) and reads as if "
    "it did everywhere else; ruff's RUF012 exempts pydantic models and RUF008 covers "
    "dataclasses only (which refuse such defaults at class creation, so they are left to it).",
    seed="000 (anti-pattern 6)",
    fix="Use an immutable default (`roles: tuple[str, ...] = ()`) or a factory "
    "(`Field(default_factory=list)`, `attrs.field(factory=list)`).",
)

IMM003 = Rule(
    id="IMM003",
    check="immutability",
    title="Mutable collection field on a frozen model",
    rationale="Seed 000: immutability by default, tuple over list, frozenset over set. "
    "Freezing a model stops assignment, not `model.items.append(x)`; a frozen pydantic "
    "model or dataclass with a list field also cannot be hashed.",
    seed="000 (Immutability by default)",
    fix="Annotate the field `tuple[X, ...]`, `frozenset[X]` or `Mapping[K, V]`.",
    severity=Severity.WARNING,
)

RULES = (IMM001, IMM002, IMM003)
