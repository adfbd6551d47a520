# @file statements.py
# @path src/mason/checks/statements.py
# @version 0.1.0
"""A tree's statements without the expressions inside them: a quarter of ``ast.walk``'s nodes.

Imports, definitions and returns are statements; walking only statements (through the bodies
of ``if``, ``for``, ``while``, ``try``, ``with``, ``match``, classes and, if asked, functions)
finds them without visiting every name and call of the file.
"""

import ast
from collections.abc import Iterator

type Function = ast.FunctionDef | ast.AsyncFunctionDef

_BODIES = ("body", "orelse", "finalbody", "handlers", "cases")


def statements(body: list[ast.stmt], *, into_functions: bool = True) -> Iterator[ast.stmt]:
    """Yield every statement of ``body`` and of the blocks it contains, in order.

    With ``into_functions`` false, a function's definition is yielded but not its body.
    """
    pending: list[ast.AST] = list(reversed(body))
    while pending:
        node = pending.pop()
        if isinstance(node, ast.stmt):
            yield node
            if not into_functions and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
        children: list[ast.AST] = []
        for field in _BODIES:
            children.extend(getattr(node, field, ()))
        pending.extend(reversed(children))
