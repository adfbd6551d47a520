# @file names.py
# @path src/mason/checks/purity/names.py
# @version 0.1.0
"""What the names of one module stand for: its imports, its builtins, and its local variables.

``import subprocess as sp`` makes ``sp.run`` mean ``subprocess.run``; ``open`` means the builtin
unless the module or the function binds a name ``open`` of its own; a function's parameter or
variable called ``time`` is not the ``time`` module. Scopes follow Python's rule: a name a
function binds anywhere (other than by ``import``) is local to the whole function.
"""

import ast
from collections.abc import Iterable, Iterator, Mapping, Sequence

BUILTINS = frozenset({"input", "open", "print"})
"""The builtins with an effect (the others are pure)."""

type FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
_NAMED = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.ExceptHandler,
    ast.MatchAs,
    ast.MatchStar,
)
"""Nodes that bind the name they carry."""


def _import(node: ast.Import | ast.ImportFrom, names: dict[str, str]) -> None:
    """Add what ``node`` binds to ``names`` (alias -> dotted origin)."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            top = alias.name.partition(".")[0]
            names[alias.asname or top] = alias.name if alias.asname else top
    elif node.module and not node.level:
        for alias in node.names:
            if alias.name != "*":
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"


def _decorator_name(decorator: ast.expr) -> str | None:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return target.id if isinstance(target, ast.Name) else None


def own_nodes(node: ast.AST) -> Iterator[ast.AST]:
    """Yield the nodes below ``node`` that run in its own scope.

    A nested function or class is yielded itself, with its decorators, defaults and bases
    (they run in this scope), not with its body.
    """
    pending = list(ast.iter_child_nodes(node))[::-1]
    while pending:  # a stack, not recursion: deep trees would pass each node up every frame
        child = pending.pop()
        yield child
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            for outer in _defined_with(child):
                yield from ast.walk(outer)
        else:
            pending.extend(list(ast.iter_child_nodes(child))[::-1])


def _defined_with(
    node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef,
) -> list[ast.AST]:
    """Return the parts of a definition that run where it is defined."""
    if isinstance(node, ast.ClassDef):
        return [*node.decorator_list, *node.bases, *node.keywords]
    defaults = [value for value in node.args.kw_defaults if value is not None]
    decorators = [] if isinstance(node, ast.Lambda) else node.decorator_list
    return [*decorators, *node.args.defaults, *defaults]


def _parameters(arguments: ast.arguments) -> Iterator[str]:
    every = (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)
    yield from (argument.arg for argument in every)
    yield from (extra.arg for extra in (arguments.vararg, arguments.kwarg) if extra is not None)


def bound_names(
    scope: ast.Module | FunctionNode, nodes: Iterable[ast.AST] | None = None
) -> frozenset[str]:
    """Return the names ``scope`` binds itself (not by import): its local variables.

    ``nodes`` are the scope's own nodes, if the caller has them already.
    """
    names: set[str] = set()
    declared: set[str] = set()
    if not isinstance(scope, ast.Module):
        names.update(_parameters(scope.args))
    for node in own_nodes(scope) if nodes is None else nodes:
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, _NAMED) and node.name:
            names.add(node.name)
        elif isinstance(node, ast.Global | ast.Nonlocal):
            declared.update(node.names)
    return frozenset(names - declared)


def dotted(node: ast.expr) -> tuple[str, list[str]] | None:
    """Return the root name and the attributes of ``a.b.c``; ``None`` for anything else."""
    attributes: list[str] = []
    while isinstance(node, ast.Attribute):
        attributes.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return node.id, attributes[::-1]


class Names:
    """Resolves a module's expressions (``sp.run``) to what they stand for (``subprocess.run``)."""

    def __init__(self, tree: ast.Module) -> None:
        """Read the module's imports, the names it binds at its top level and its decorators.

        One walk: ``import os.path`` binds ``os`` (to ``os``), ``import os.path as p`` binds
        ``p`` (to ``os.path``), ``from datetime import datetime as dt`` binds ``dt``; relative
        imports are the project's own modules and bind nothing here; imports inside functions
        count too. ``decorators`` are the plain names used as ``@name`` or ``@name(...)``.
        """
        imports: dict[str, str] = {}
        decorators: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                _import(node, imports)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                decorators.update(filter(None, map(_decorator_name, node.decorator_list)))
        self.imports: Mapping[str, str] = imports
        self.decorators = frozenset(decorators)
        self.module_bound = bound_names(tree) - imports.keys()

    def resolve(self, node: ast.expr, locals_: Sequence[frozenset[str]]) -> str | None:
        """Return the dotted name ``node`` stands for, or ``None`` for a local or unknown one.

        ``locals_`` are the names bound by the functions around ``node``, innermost last.
        """
        chain = dotted(node)
        if chain is None:
            return None
        root, attributes = chain
        if any(root in scope for scope in locals_):
            return None
        origin = self.imports.get(root)
        if origin is None and root in BUILTINS and root not in self.module_bound:
            origin = f"builtins.{root}"
        if origin is None:
            return None
        return ".".join((origin, *attributes))
