# @file rules.py
# @path src/mason/checks/typing/rules.py
# @version 0.1.0
"""The rules of the typing check: each one a value that makes its own findings."""

from mason.domain.rule import Rule
from mason.domain.severity import Severity

TYP001 = Rule(
    id="TYP001",
    check="typing",
    title="mypy is not configured with strict = true",
    rationale="Strict mode is the floor the standard sets: every function typed, no implicit "
    "Any; seeds 003 and 004 ask for zero mypy errors in strict mode.",
    seed="003, 004 (PY-MYPY)",
    fix="Add `strict = true` to [tool.mypy] in pyproject.toml.",
)

TYP002 = Rule(
    id="TYP002",
    check="typing",
    title='pyright is not configured with typeCheckingMode = "strict"',
    rationale="pyright strict catches unknown types mypy lets through; seed 003 asks for both "
    "with zero errors.",
    seed="003",
    fix='Add `typeCheckingMode = "strict"` to [tool.pyright] in pyproject.toml.',
)

TYP003 = Rule(
    id="TYP003",
    check="typing",
    title="A mypy setting weakens strict mode",
    rationale="`ignore_errors`, `disallow_untyped_defs = false`, a blanket "
    "`ignore_missing_imports` and similar overrides switch strictness off where it matters.",
    seed="003, 004",
    fix="Remove the override; for a module without types, add a stub or a narrow "
    "per-module override with a comment saying why.",
)

TYP004 = Rule(
    id="TYP004",
    check="typing",
    title="A pyright rule is switched off",
    rationale='Setting a `report*` rule to "none", "information" or false hides a class of '
    "errors from strict mode.",
    seed="003",
    fix="Remove the setting, or restrict it to the files that need it with a comment.",
)

TYP006 = Rule(
    id="TYP006",
    check="typing",
    title="A ty rule is switched off",
    rationale='ty reports every rule it has by default; `[tool.ty.rules] some-rule = "ignore"` '
    'hides a class of errors (seed 000 sets `all = "error"`).',
    seed="000",
    fix='Remove the setting (or set it to "error"), or restrict it to the files that need it '
    "with an override and a comment.",
)

TYP010 = Rule(
    id="TYP010",
    tool="mypy",
    check="typing",
    title="mypy reports an error",
    rationale="The code does not type-check under mypy's strict mode.",
    seed="003, 004 (PY-MYPY)",
    fix="Fix the error mypy names (its code is in brackets; `mypy --help` or the mypy docs "
    "explain each).",
)

TYP013 = Rule(
    id="TYP013",
    tool="ty",
    check="typing",
    title="ty reports an error",
    rationale="The code does not type-check under ty, the checker seed 000 names.",
    seed="000",
    fix="Fix the error ty names (its rule is in brackets; `ty explain rule NAME` explains it).",
)

TYP014 = Rule(
    id="TYP014",
    tool="ty",
    check="typing",
    title="ty reports a warning",
    rationale="ty reports some rules as warnings; they do not fail the gate but deserve a look.",
    seed="000",
    fix="Fix the warning ty names (its rule is in brackets).",
    severity=Severity.WARNING,
)

TYP011 = Rule(
    id="TYP011",
    tool="pyright",
    check="typing",
    title="pyright reports an error",
    rationale="The code does not type-check under pyright's strict mode.",
    seed="003",
    fix="Fix the error pyright names (its rule is in brackets).",
)

TYP012 = Rule(
    id="TYP012",
    tool="pyright",
    check="typing",
    title="pyright reports a warning",
    rationale="pyright's strict mode reports some problems as warnings (an unnecessary "
    "ignore comment, a deprecated API); they do not fail the gate but deserve a look.",
    seed="003",
    fix="Fix the warning pyright names (its rule is in brackets).",
    severity=Severity.WARNING,
)

TYP020 = Rule(
    id="TYP020",
    check="typing",
    title="Any in a function signature",
    rationale="`Any` switches type checking off for every caller; seed 003 bans it and seed "
    "000's typed-atoms doctrine asks for precise types instead.",
    seed="000, 003",
    fix="Use a precise type, a Protocol, a TypeVar/PEP 695 parameter or `object`.",
    severity=Severity.WARNING,
)

TYP021 = Rule(
    id="TYP021",
    check="typing",
    title="type: ignore without an error code and a reason",
    rationale="A bare ignore hides every present and future error on the line.",
    seed="003",
    fix="Fix the error, or write `# type: ignore[code] # why it is safe`.",
    severity=Severity.WARNING,
)

TYP022 = Rule(
    id="TYP022",
    check="typing",
    title="cast() without a justification comment",
    rationale="cast() tells the type checker to trust you; the reader needs to know why.",
    seed="003",
    fix="Narrow with isinstance or a TypeGuard, or add a comment on the line saying why "
    "the cast is true.",
    severity=Severity.WARNING,
)

TYP023 = Rule(
    id="TYP023",
    check="typing",
    title="pyright: ignore comment",
    rationale="Like a bare type: ignore, it silences pyright on the line.",
    seed="003",
    fix="Fix the error pyright reports instead of silencing it.",
    severity=Severity.WARNING,
)

TYP030 = Rule(
    id="TYP030",
    check="typing",
    title="More escape hatches than the budget allows",
    rationale="Escape hatches (TYP020-TYP023) are counted; the budget "
    "([tool.mason.typing].escape_budget, default 0) keeps them from growing.",
    seed="003",
    fix="Remove escape hatches, or raise the budget deliberately in pyproject.toml.",
)

TYP031 = Rule(
    id="TYP031",
    check="typing",
    title="Escape hatches grew since the baseline",
    rationale="A baseline accepts today's escape hatches; the count may only go down.",
    seed="003",
    fix="Remove the new escape hatches (the typing check lists each one).",
)

RULES = (
    TYP001,
    TYP002,
    TYP003,
    TYP004,
    TYP006,
    TYP010,
    TYP011,
    TYP012,
    TYP013,
    TYP014,
    TYP020,
    TYP021,
    TYP022,
    TYP023,
    TYP030,
    TYP031,
)
