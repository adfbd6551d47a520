# @file module_state.py
# @path src/mason/checks/immutability/module_state.py
# @version 0.1.0
"""Module-level mutable state: containers a module binds at its top and then fills or changes.

A module-level container is state when a function of the module changes it (item or attribute
assignment, ``del``, ``+=``, a mutating method such as ``.append()``, also through an item:
``CACHE[key].append(value)``, or ``global`` and a new binding), or when it is still empty once
the module is imported and not declared ``Final`` (it exists to be filled at run time, perhaps
from another module). A constant table is not state: written full, or completed by the
module's own top-level code (``if sys.version_info >= ...: TABLE.update(...)``), and never
changed after import. Neither is a name annotated read-only (``Mapping``, ``Sequence``, ...):
the type checkers refuse its changes. A function's own name (a parameter, a local) shadows the
module's; the ``if __name__ == "__main__":`` block is a script, not the module.
"""

import ast
from collections import defaultdict
from dataclasses import dataclass

from mason.checks.immutability.containers import (
    Container,
    is_final,
    mutable_container,
    read_only,
)
from mason.checks.immutability.rules import IMM001
from mason.checks.names import Imports
from mason.domain.finding import Finding

MUTATORS = frozenset(
    {
        "append",
        "appendleft",
        "clear",
        "difference_update",
        "discard",
        "extend",
        "extendleft",
        "insert",
        "intersection_update",
        "move_to_end",
        "pop",
        "popitem",
        "popleft",
        "remove",
        "reverse",
        "rotate",
        "setdefault",
        "sort",
        "symmetric_difference_update",
        "update",
        "add",
    }
)
"""Methods that change a list, dict, set or deque in place."""

type Scope = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda


@dataclass(frozen=True, slots=True)
class _Binding:
    line: int
    container: Container
    final: bool
    empty: bool
    """Whether every top-level binding of the name is an empty container."""


def _is_main_block(node: ast.AST) -> bool:
    match node:
        case ast.If(test=ast.Compare(left=ast.Name(id="__name__"))):
            return True
        case _:
            return False


def _top_level(tree: ast.Module) -> list[ast.stmt]:
    """Return the module's statements, with those inside top-level ``if``/``try``/``with``."""
    statements: list[ast.stmt] = []
    pending = list(tree.body)
    while pending:
        statement = pending.pop(0)
        if _is_main_block(statement):
            continue
        statements.append(statement)
        if isinstance(statement, ast.If | ast.With):
            pending[:0] = [*statement.body, *getattr(statement, "orelse", [])]
        elif isinstance(statement, ast.Try):
            handlers = [item for handler in statement.handlers for item in handler.body]
            pending[:0] = [*statement.body, *handlers, *statement.orelse, *statement.finalbody]
    return statements


def _bindings(tree: ast.Module, imports: Imports) -> dict[str, _Binding]:
    """Return the module-level names bound to mutable containers, as last bound."""
    bindings: dict[str, _Binding] = {}
    for statement in _top_level(tree):
        if isinstance(statement, ast.Assign):
            names = [t.id for t in statement.targets if isinstance(t, ast.Name)]
            annotation = None
            value: ast.expr | None = statement.value
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            names, annotation, value = [statement.target.id], statement.annotation, statement.value
        else:
            continue
        if value is None:
            continue
        container = mutable_container(value, imports)
        for name in names:
            if name.startswith("__") and name.endswith("__"):
                continue  # __all__ and friends: the module's own interface, filled at import
            if container is None or (annotation is not None and read_only(annotation, imports)):
                bindings.pop(name, None)
                continue
            final = annotation is not None and is_final(annotation, imports)
            empty = container.empty and (name not in bindings or bindings[name].empty)
            bindings[name] = _Binding(statement.lineno, container, final, empty)
    return bindings


def _root(node: ast.expr) -> str | None:
    """Return the name an attribute or item chain starts from (``a`` of ``a[k].b``)."""
    while isinstance(node, ast.Attribute | ast.Subscript):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _locals(scope: Scope) -> set[str]:
    """Return the names local to a function: its parameters and what it binds, not globals."""
    arguments = scope.args
    every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    every += [argument for argument in (arguments.vararg, arguments.kwarg) if argument]
    names = {argument.arg for argument in every}
    declared: set[str] = set()
    for node in ast.walk(scope):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store | ast.Del):
            names.add(node.id)
        elif isinstance(node, ast.Global | ast.Nonlocal):
            declared.update(node.names)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
    return names - declared


def _changed(node: ast.AST) -> str | None:
    """Return the name whose contents ``node`` changes, if it changes one."""
    match node:
        case (
            ast.Subscript(ctx=ast.Store() | ast.Del()) | ast.Attribute(ctx=ast.Store() | ast.Del())
        ):
            return _root(node)
        case ast.AugAssign(target=target):
            return _root(target)
        case ast.Call(func=ast.Attribute(value=value, attr=method)) if method in MUTATORS:
            return _root(value)
        case _:
            return None


def _changes(tree: ast.Module, names: set[str]) -> tuple[dict[str, list[int]], set[str]]:
    """Return where functions change each of ``names``, and which the top level changes."""
    found: defaultdict[str, list[int]] = defaultdict(list)
    at_import: set[str] = set()

    def visit(node: ast.AST, shadowed: frozenset[str], rebinding: frozenset[str] | None) -> None:
        """Visit ``node``'s children; ``rebinding`` is ``None`` at the top level."""
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                inner_globals = {
                    name
                    for statement in ast.walk(child)
                    if isinstance(statement, ast.Global)
                    for name in statement.names
                }
                visit(child, shadowed | _locals(child), frozenset(inner_globals))
                continue
            name = _changed(child)
            if name in names and name not in shadowed:
                if rebinding is None:
                    at_import.add(name)
                else:
                    found[name].append(getattr(child, "lineno", 0))
            if (
                rebinding
                and isinstance(child, ast.Name)
                and isinstance(child.ctx, ast.Store)
                and child.id in rebinding & names
            ):
                found[child.id].append(child.lineno)
            if not (rebinding is None and _is_main_block(child)):
                visit(child, shadowed, rebinding)

    visit(tree, frozenset(), None)
    return found, at_import


def check_module_state(
    tree: ast.Module, path: str, imports: Imports | None = None
) -> list[Finding]:
    """Return an IMM001 finding for each module-level container of ``tree`` that is state."""
    bindings = _bindings(tree, imports or Imports(tree))
    if not bindings:
        return []  # most modules bind no container at their top: nothing to follow
    changes, filled = _changes(tree, set(bindings))
    findings: list[Finding] = []
    for name, binding in sorted(bindings.items(), key=lambda item: item[1].line):
        lines = sorted(set(changes.get(name, ())))
        kind = binding.container.kind
        if lines:
            where = f"line {lines[0]}" if len(lines) == 1 else f"lines {', '.join(map(str, lines))}"
            message = f"{name}: a module-level {kind} that functions change (at {where})"
        elif binding.empty and name not in filled and not binding.final:
            message = f"{name}: a module-level {kind}, empty at import (made to be filled)"
        else:
            continue
        findings.append(IMM001.finding(message, path=path, line=binding.line))
    return findings
