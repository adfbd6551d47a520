# @file judge.py
# @path src/mason/checks/decorators/judge.py
# @version 0.1.0
"""Decorators that erase what they wrap, found in one parsed tree.

DEC001: a function whose signature takes ``Callable[..., X]`` and returns ``Callable[..., Y]``
(a parameter and the return, or a decorator factory returning
``Callable[[Callable[..., X]], Callable[..., Y]]``): ``...`` accepts any arguments, so the
decorated function's parameters are lost to the type checkers. A TypeVar bound to a callable
(``def register[F: Callable[..., object]](func: F) -> F``) keeps them and passes.

DEC002: a wrapper, an inner function taking ``*args, **kwargs`` that calls a parameter of an
enclosing function (the wrapped callable) and is returned, that is neither decorated with
``wraps(...)`` nor passed to ``update_wrapper``.
"""

import ast
from collections.abc import Iterator

from mason.checks.decorators.rules import DEC001, DEC002
from mason.checks.names import Imports, last
from mason.checks.statements import Function, statements
from mason.domain.finding import Finding


def _erased(annotation: ast.expr | None, imports: Imports) -> bool:
    """Return whether ``annotation`` is ``Callable[..., X]``."""
    if not isinstance(annotation, ast.Subscript):
        return False
    if last(imports.resolve(annotation.value)) != "Callable":
        return False
    arguments = annotation.slice
    return (
        isinstance(arguments, ast.Tuple)
        and bool(arguments.elts)
        and isinstance(arguments.elts[0], ast.Constant)
        and arguments.elts[0].value is Ellipsis
    )


def _parameters(function: Function | ast.Lambda) -> list[ast.arg]:
    arguments = function.args
    every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    return every + [argument for argument in (arguments.vararg, arguments.kwarg) if argument]


def _erases(function: Function, imports: Imports) -> bool:
    """Return whether ``function`` takes and returns ``Callable[..., X]``."""
    returns = function.returns
    if _erased(returns, imports):
        return any(_erased(parameter.annotation, imports) for parameter in _parameters(function))
    if not isinstance(returns, ast.Subscript) or last(imports.resolve(returns.value)) != "Callable":
        return False
    arguments = returns.slice  # a factory: Callable[[Callable[..., X]], Callable[..., Y]]
    if not isinstance(arguments, ast.Tuple) or len(arguments.elts) != 2:  # noqa: PLR2004 - Callable[[params], result]
        return False
    taken, result = arguments.elts
    return (
        isinstance(taken, ast.List)
        and any(_erased(element, imports) for element in taken.elts)
        and _erased(result, imports)
    )


def _own_statements(function: Function) -> Iterator[ast.stmt]:
    """Yield the statements of ``function``'s body, not those of the functions it defines."""
    return statements(function.body, into_functions=False)


def _is_wrapped(inner: Function, outer: Function, imports: Imports) -> bool:
    if any(last(imports.resolve(decorator)) == "wraps" for decorator in inner.decorator_list):
        return True
    return any(
        isinstance(node, ast.Call)
        and last(imports.resolve(node.func)) in {"update_wrapper", "wraps"}
        and any(isinstance(arg, ast.Name) and arg.id == inner.name for arg in ast.walk(node))
        for statement in _own_statements(outer)
        if not isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(statement)
    )


def _unwrapped(outer: Function, wrapped: frozenset[str], imports: Imports) -> Iterator[Function]:
    """Yield the wrappers ``outer`` returns without wraps; ``wrapped``: callables in reach."""
    in_reach = wrapped | {parameter.arg for parameter in _parameters(outer)}
    own = list(_own_statements(outer))
    returned = {
        node.value.id
        for node in own
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Name)
    }
    for inner in own:
        if not isinstance(inner, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        yield from _unwrapped(inner, in_reach, imports)
        forwards = inner.args.vararg is not None and inner.args.kwarg is not None
        if not forwards or inner.name not in returned:
            continue
        calls_wrapped = any(
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in in_reach
            for node in ast.walk(inner)
        )
        if calls_wrapped and not _is_wrapped(inner, outer, imports):
            yield inner


def check_decorators(tree: ast.Module, path: str) -> list[Finding]:
    """Return the DEC001 and DEC002 findings of the module ``tree`` at ``path``."""
    imports = Imports(tree)
    findings: list[Finding] = []
    for node in statements(tree.body):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _erases(node, imports):
            message = (
                f"{node.name}() takes and returns Callable[..., ...]: the wrapped function's "
                "parameters are lost to the type checkers; use a ParamSpec"
            )
            findings.append(DEC001.finding(message, path=path, line=node.lineno))
    outermost = [
        node
        for node in statements(tree.body, into_functions=False)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]
    for function in outermost:
        for wrapper in _unwrapped(function, frozenset(), imports):
            message = (
                f"{wrapper.name}() wraps a function without functools.wraps: its name, "
                "docstring and __wrapped__ are lost"
            )
            findings.append(DEC002.finding(message, path=path, line=wrapper.lineno))
    return sorted(findings, key=lambda finding: (finding.line or 0, finding.rule))
