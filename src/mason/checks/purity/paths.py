# @file paths.py
# @path src/mason/checks/purity/paths.py
# @version 0.1.0
"""Which expressions of a module are paths, so that ``p.read_text()`` is known to be file I/O.

A method name alone says little (a domain object may well have an ``open`` method), so the
purity check judges path methods only on receivers known to be paths: a ``Path(...)`` call, a
path method's result (``p.parent``, ``p / "x"``), a name bound to one or annotated ``Path``
(``Path | None``, ``"Path"``), an item of a ``Sequence[Path]``, and ``self.root`` where the
class annotates ``root: Path``. A path passed around untyped is missed; strict typing makes
that rare.
"""

import ast
from collections.abc import Sequence

from mason.checks.purity.effects import PATH_CLASSES, PATH_ITEMS, PATH_RESULTS
from mason.checks.purity.names import FunctionNode, Names, own_nodes
from mason.checks.purity.path_scope import PathScope

_UNION_MEMBERS = ("Optional", "Annotated", "Final", "ClassVar")


class PathTypes:
    """Decides whether an expression is a path, given the scopes around it."""

    def __init__(self, names: Names) -> None:
        """Resolve names through ``names`` (the module's imports)."""
        self.names = names

    def _locals(self, scopes: Sequence[PathScope]) -> list[frozenset[str]]:
        return [scope.bound for scope in scopes[1:]]  # the module's own names are not locals

    def _lookup(self, name: str, scopes: Sequence[PathScope]) -> PathScope | None:
        for scope in reversed(scopes):
            if name in scope.bound or name in scope.paths:
                return scope
        return None

    def is_path_class(self, node: ast.expr, scopes: Sequence[PathScope]) -> bool:
        """Return whether ``node`` names a path class (``Path``, ``pathlib.Path``)."""
        return self.names.resolve(node, self._locals(scopes)) in PATH_CLASSES

    def annotation(self, node: ast.expr | None, scopes: Sequence[PathScope]) -> bool:
        """Return whether the annotation ``node`` says "a path" (also ``Path | None``)."""
        match node:
            case None:
                return False
            case ast.Constant(value=str(text)):
                try:
                    parsed = ast.parse(text, mode="eval").body
                except SyntaxError:
                    return False
                return self.annotation(parsed, scopes)
            case ast.BinOp(op=ast.BitOr(), left=left, right=right):
                return self.annotation(left, scopes) or self.annotation(right, scopes)
            case ast.Subscript(value=value, slice=inner) if self._wrapper(value):
                first = inner.elts[0] if isinstance(inner, ast.Tuple) and inner.elts else inner
                return self.annotation(first, scopes)
            case _:
                return self.is_path_class(node, scopes)

    def _wrapper(self, node: ast.expr) -> bool:
        name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")
        return name in _UNION_MEMBERS

    def holds_paths(self, node: ast.expr | None, scopes: Sequence[PathScope]) -> bool:
        """Return whether the annotation ``node`` is a collection of paths (``list[Path]``)."""
        if not isinstance(node, ast.Subscript) or self._wrapper(node.value):
            return False
        inner = node.slice
        first = inner.elts[0] if isinstance(inner, ast.Tuple) and inner.elts else inner
        return self.annotation(first, scopes)

    def is_path(self, node: ast.expr, scopes: Sequence[PathScope]) -> bool:
        """Return whether the expression ``node`` is a path."""
        found = False
        match node:
            case ast.Call(func=ast.Attribute(value=value, attr=attr)) if attr in PATH_RESULTS:
                found = self.is_path(value, scopes) or self.is_path_class(value, scopes)
            case ast.Call(func=func):
                found = self.is_path_class(func, scopes)
            case ast.BinOp(op=ast.Div(), left=left, right=right):
                found = self.is_path(left, scopes) or self.is_path(right, scopes)
            case ast.Attribute(value=ast.Name(id=name), attr=attr) if attr not in PATH_RESULTS:
                scope = self._lookup(name, scopes)
                found = scope is not None and scope.receiver == name and attr in scope.attributes
            case ast.Attribute(value=value, attr="parent"):
                found = self.is_path(value, scopes)
            case ast.Subscript(value=ast.Attribute(value=value, attr="parents")):
                found = self.is_path(value, scopes)
            case ast.Name(id=name):
                scope = self._lookup(name, scopes)
                found = scope is not None and name in scope.paths
            case _:
                found = False
        return found

    def _item_is_path(self, iterable: ast.expr, scopes: Sequence[PathScope]) -> bool:
        match iterable:
            case ast.Name(id=name):
                scope = self._lookup(name, scopes)
                return scope is not None and name in scope.collections
            case ast.Call(func=ast.Attribute(value=value, attr=attr)) if attr in PATH_ITEMS:
                return self.is_path(value, scopes)
            case _:
                return False

    def fill(
        self,
        scope: PathScope,
        node: ast.Module | FunctionNode,
        outer: list[PathScope],
        nodes: Sequence[ast.AST] | None = None,
    ) -> None:
        """Find which names of ``scope`` (the scope of ``node``) are paths, or hold paths.

        ``nodes`` are the scope's own nodes, if the caller has them already.
        """
        scopes = [*outer, scope]
        if not isinstance(node, ast.Module | ast.Lambda):
            every = (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)
            for argument in every:
                if self.annotation(argument.annotation, scopes):
                    scope.paths.add(argument.arg)
                elif self.holds_paths(argument.annotation, scopes):
                    scope.collections.add(argument.arg)
        bindings = [
            child for child in (own_nodes(node) if nodes is None else nodes) if _binds(child)
        ]
        for _ in range(2):  # a name bound from another path name found on the first pass
            for child in bindings:
                self._bind(child, scope, scopes)

    def _bind(self, node: ast.AST, scope: PathScope, scopes: list[PathScope]) -> None:
        match node:
            case (
                ast.Assign(targets=[ast.Name(id=name)], value=value)
                | ast.NamedExpr(target=ast.Name(id=name), value=value)
            ) if self.is_path(value, scopes):
                scope.paths.add(name)
            case ast.AnnAssign(target=ast.Name(id=name), annotation=annotation):
                if self.annotation(annotation, scopes):
                    scope.paths.add(name)
                elif self.holds_paths(annotation, scopes):
                    scope.collections.add(name)
            case (
                ast.For(target=ast.Name(id=name), iter=iterable)
                | ast.comprehension(target=ast.Name(id=name), iter=iterable)
            ) if self._item_is_path(iterable, scopes):
                scope.paths.add(name)
            case _:
                return

    def attributes(self, cls: ast.ClassDef, scopes: Sequence[PathScope]) -> frozenset[str]:
        """Return the attributes ``cls`` annotates as paths: in its body or on ``self``."""
        found: set[str] = set()
        for statement in cls.body:
            match statement:
                case ast.AnnAssign(target=ast.Name(id=name), annotation=annotation):
                    if self.annotation(annotation, scopes):
                        found.add(name)
                case ast.FunctionDef() | ast.AsyncFunctionDef():
                    found.update(self._self_attributes(statement, scopes))
                case _:
                    continue
        return frozenset(found)

    def _self_attributes(
        self, method: ast.FunctionDef | ast.AsyncFunctionDef, scopes: Sequence[PathScope]
    ) -> set[str]:
        receiver = method_receiver(method)
        found: set[str] = set()
        for node in method.body:  # `self.root: Path = root` stands at the top of a method
            match node:
                case ast.AnnAssign(
                    target=ast.Attribute(value=ast.Name(id=name), attr=attr), annotation=annotation
                ) if name == receiver and self.annotation(annotation, scopes):
                    found.add(attr)
                case _:
                    continue
        return found


def _binds(node: ast.AST) -> bool:
    return isinstance(
        node, ast.Assign | ast.NamedExpr | ast.AnnAssign | ast.For | ast.comprehension
    )


def method_receiver(method: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    """Return the name of a method's first parameter (``self``), unless it is a staticmethod."""
    decorators = {getattr(decorator, "id", "") for decorator in method.decorator_list}
    positional = (*method.args.posonlyargs, *method.args.args)
    if "staticmethod" in decorators or not positional:
        return None
    return positional[0].arg
