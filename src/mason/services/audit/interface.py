# @file interface.py
# @path src/mason/services/audit/interface.py
# @version 0.1.0
"""What a module shows the files that import it, as a digest: an edit that keeps it stays local.

Most edits change a function body. The files importing that module only see its body when it
runs, or when a type checker infers something from it, so the audit need not re-check them if
the module's interface is the same:

- ``types``: what a type checker reads from the module. Everything except the bodies of
  module-level functions that declare their return type and assign no global; whether such a
  body holds a ``yield`` stays in (it makes the function a generator, and an ``async def``
  with one returns an async iterator instead of a coroutine). Method bodies
  stay in (a type checker infers attributes from ``self.x = ...``), and so does the body of
  a function without a declared return type (its return type is inferred from it).
- ``runtime``: what runs when the module is imported. Everything except function and method
  bodies. A test that runs a body is found by coverage's per-test contexts, not here.

Line numbers are left out, so moving code down the file changes neither digest.
"""

import ast
import hashlib

from mason.domain.unit import Sees as Interface


def _local(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Return whether the function's body can be left out of its module's types."""
    if function.returns is None:
        return False
    return not any(
        isinstance(node, ast.Global | ast.Nonlocal)
        for statement in function.body
        for node in ast.walk(statement)
    )


def _dump(node: ast.AST | None) -> str:
    return "" if node is None else ast.dump(node)


def _yields(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Return whether ``function`` is a generator: a ``yield`` in its own scope.

    Its body decides its type: ``async def`` with a ``yield`` returns an async iterator,
    without one a coroutine, whatever it declares.
    """
    todo: list[ast.AST] = list(function.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Yield | ast.YieldFrom):
            return True
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            todo.extend(ast.iter_child_nodes(node))
    return False


def _head(function: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    """Return everything of a function but its body, and whether that body makes a generator."""
    parts = [
        type(function).__name__,
        "generator" if _yields(function) else "function",
        function.name,
        _dump(function.args),
        _dump(function.returns),
        *map(_dump, function.decorator_list),
        *map(_dump, function.type_params),
    ]
    return "|".join(parts)


def _statements(body: list[ast.stmt], kind: Interface, *, in_class: bool) -> list[str]:
    """Return the statements of ``body`` as text, without the bodies ``kind`` leaves out.

    Compound statements other than classes (``if TYPE_CHECKING:``, ``try:``) are kept whole.
    """
    shown: list[str] = []
    for statement in body:
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef) and (
            kind == "runtime" or (not in_class and _local(statement))
        ):
            shown.append(_head(statement))
        elif isinstance(statement, ast.ClassDef):
            header = [
                statement.name,
                *map(_dump, statement.bases),
                *map(_dump, statement.keywords),
                *map(_dump, statement.decorator_list),
                *map(_dump, statement.type_params),
            ]
            shown.append("class|" + "|".join(header))
            shown += _statements(statement.body, kind, in_class=True)
            shown.append("end class")
        else:
            shown.append(ast.dump(statement))
    return shown


def interface_digest(tree: ast.Module, kind: Interface) -> str:
    """Return the digest of what the module shows its importers (see the module docstring)."""
    text = "\n".join(_statements(tree.body, kind, in_class=False))
    return hashlib.sha256(text.encode()).hexdigest()
