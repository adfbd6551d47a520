# @file import_time.py
# @path src/mason/checks/purity/import_time.py
# @version 0.1.0
"""Which functions run when a module is imported: decorators and decorator factories.

Seed 000 (anti-pattern 7): a decorator's own body runs when the function it decorates is
defined, at import time; only the wrapper it returns runs per call. A function is a decorator
here when it returns a function it defines and takes a ``Callable`` (or is used as ``@name`` in
the module); a factory returns a decorator. Their bodies, minus the wrappers', are import time.
"""

import ast
from collections.abc import Iterator

from mason.checks.purity.names import dotted, own_nodes

type Function = ast.FunctionDef | ast.AsyncFunctionDef


def _returned(function: Function) -> Function | None:
    """Return the function ``function`` defines in its body and returns, if it does."""
    defined = {
        node.name: node
        for node in own_nodes(function)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    for node in own_nodes(function):
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Name):
            inner = defined.get(node.value.id)
            if inner is not None:
                return inner
    return None


def _takes_callable(function: Function) -> bool:
    every = (*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs)
    for argument in every:
        annotation = argument.annotation
        if isinstance(annotation, ast.Subscript):
            annotation = annotation.value
        chain = dotted(annotation) if annotation is not None else None
        if chain is not None and (chain[1][-1:] or [chain[0]])[0] == "Callable":
            return True
    return False


def _decorator_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                if isinstance(target, ast.Name):
                    names.add(target.id)
    return names


def _functions(tree: ast.Module) -> Iterator[Function]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


def decoration_time(tree: ast.Module) -> frozenset[Function]:
    """Return the functions of ``tree`` whose bodies run at decoration (import) time."""
    used = _decorator_names(tree)
    decorators = {
        function
        for function in _functions(tree)
        if _returned(function) is not None and (_takes_callable(function) or function.name in used)
    }
    factories = {
        function
        for function in _functions(tree)
        if (inner := _returned(function)) is not None and inner in decorators
    }
    return frozenset(decorators | factories)
