# @file names.py
# @path src/mason/checks/names.py
# @version 0.1.0
"""Dotted names of expressions, resolved through a module's own imports.

``@define`` means ``attrs.define`` only if the module says ``from attrs import define``; a rule
that asks "is this attrs?" asks the resolved name. Names the module does not import (its own
classes, builtins) resolve to themselves.
"""

import ast

from mason.checks.statements import statements


def dotted(node: ast.expr) -> str:
    """Return the dotted name of ``node`` (``abc.ABC``), or ``""`` for anything else.

    A subscript or a call is named by what it subscripts or calls (``Callable[..., T]`` is
    ``Callable``, ``dataclass(frozen=True)`` is ``dataclass``).
    """
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        parent = dotted(node.value)
        return f"{parent}.{node.attr}" if parent else node.attr
    if isinstance(node, ast.Subscript):
        return dotted(node.value)
    if isinstance(node, ast.Call):
        return dotted(node.func)
    return ""


def last(name: str) -> str:
    """Return the last part of a dotted name (``BaseModel`` of ``pydantic.BaseModel``)."""
    return name.rsplit(".", 1)[-1]


class Imports:
    """What the names a module imports stand for (``Field`` -> ``pydantic.Field``)."""

    def __init__(self, tree: ast.Module) -> None:
        """Read every import of ``tree`` (module level or not: a name means one thing)."""
        self._aliases: dict[str, str] = {}
        for node in statements(tree.body):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        self._aliases[alias.asname] = alias.name
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for alias in node.names:
                    self._aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"

    def resolve(self, node: ast.expr) -> str:
        """Return the dotted name of ``node`` with its first part resolved through imports."""
        name = dotted(node)
        head, dot, rest = name.partition(".")
        origin = self._aliases.get(head)
        if origin is None:
            return name
        return f"{origin}{dot}{rest}"
