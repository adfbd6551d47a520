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

from mason.checks.purity.names import dotted

type Function = ast.FunctionDef | ast.AsyncFunctionDef


def _returned(function: Function) -> Function | None:
    """Return the function ``function`` defines and returns, if it does.

    Both are statements of its body itself (``def wrap(...)`` ... ``return wrap``), as every
    decorator writes them; looking no deeper keeps this a glance at each function.
    """
    defined: dict[str, Function] = {}
    for statement in function.body:
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
            defined[statement.name] = statement
        elif isinstance(statement, ast.Return) and isinstance(statement.value, ast.Name):
            inner = defined.get(statement.value.id)
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


class DecorationTime:
    """Answers, function by function, whether a function's own body runs at import time.

    Asked only of the functions the walk reaches at import time, so a module's other
    functions cost nothing.
    """

    def __init__(self, used: frozenset[str]) -> None:
        """Know the names the module uses as ``@name``."""
        self.used = used
        self._returns: dict[Function, Function | None] = {}

    def _returned(self, function: Function) -> Function | None:
        if function not in self._returns:
            self._returns[function] = _returned(function)
        return self._returns[function]

    def _decorator(self, function: Function) -> bool:
        return self._returned(function) is not None and (
            _takes_callable(function) or function.name in self.used
        )

    def __contains__(self, function: Function) -> bool:
        """Return whether ``function`` is a decorator or a decorator factory."""
        inner = self._returned(function)
        return inner is not None and (self._decorator(function) or self._decorator(inner))
