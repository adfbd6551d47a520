# @file rules.py
# @path src/mason/checks/decorators/rules.py
# @version 0.1.0
"""The rules of the decorators check: each one a value that makes its own findings."""

from mason.domain.rule import Rule

DEC001 = Rule(
    id="DEC001",
    check="decorators",
    title="Decorator erases the signature it wraps (Callable[..., R] in and out)",
    rationale="Seeds 000 and 001: a decorator must preserve the decorated signature with "
    "ParamSpec. `def timer(func: Callable[..., R]) -> Callable[..., R]` type-checks, but "
    "every call of a decorated function then accepts any arguments: the type checkers stop "
    "checking its callers. TYP020 sees `Any`; this rule sees the `...`.",
    seed="000 (Decorator-as-Algebra, 5), 001 (ParamSpec decorators)",
    fix="Use a ParamSpec: `def timer[**P, R](func: Callable[P, R]) -> Callable[P, R]` "
    "(`Concatenate[X, P]` when the decorator adds or removes a parameter), or a TypeVar "
    "bound to a callable when it returns the function itself.",
)

DEC002 = Rule(
    id="DEC002",
    check="decorators",
    title="Wrapper returned without functools.wraps",
    rationale="Seed 000: a decorator guarantees signature preservation with ParamSpec and "
    "functools.wraps. Without wraps, the wrapper replaces the function's name, docstring, "
    "module and `__wrapped__`: logs, tracebacks, `inspect.signature`, pytest and typer see "
    "`wrapper(*args, **kwargs)` instead of the function.",
    seed="000 (Decorator-as-Algebra, 5)",
    fix="Decorate the inner function with `@functools.wraps(func)`.",
)

RULES = (DEC001, DEC002)
