# @file records.py
# @path src/mason/checks/typing/records.py
# @version 0.1.0
"""Untyped records in pure layers: ``dict[str, Any]`` or ``dict[str, object]`` kept or returned.

Seeds 003 and 004: structured data is a model, almost never ``dict[str, Any]``. What is
reported is where a record stays untyped: a public function's return annotation and a public
class's annotated attribute (a model field). A parameter is left alone: taking raw data and
returning a model is exactly what a parser at the boundary does. Any mapping from ``str`` to
``Any`` or ``object`` counts (``dict``, ``Mapping``, ``MutableMapping``, also inside
``list[...]`` or ``X | None``); TYP020 already counts ``Any`` in a signature, so a return
annotation is reported here only for ``object``.
"""

import ast
from collections.abc import Iterator

from mason.checks.names import Imports, last
from mason.checks.typing.rules import TYP026
from mason.domain.finding import Finding

_MAPPINGS = frozenset({"dict", "Dict", "Mapping", "MutableMapping"})
_OPEN = frozenset({"Any", "object"})


def _open_values(annotation: ast.expr | None, imports: Imports) -> set[str]:
    """Return the open value types (``Any``, ``object``) of str-keyed mappings in ``annotation``."""
    found: set[str] = set()
    if annotation is None:
        return found
    for node in ast.walk(annotation):
        if (
            not isinstance(node, ast.Subscript)
            or last(imports.resolve(node.value)) not in _MAPPINGS
        ):
            continue
        arguments = node.slice
        if not isinstance(arguments, ast.Tuple) or len(arguments.elts) != 2:  # noqa: PLR2004 - key and value
            continue
        key, value = arguments.elts
        value_name = last(imports.resolve(value))
        if isinstance(key, ast.Name) and key.id == "str" and value_name in _OPEN:
            found.add(value_name)
    return found


def _public(name: str) -> bool:
    return not name.startswith("_") or (name.startswith("__") and name.endswith("__"))


def _member_name(member: ast.stmt) -> str | None:
    """Return the name a method or an annotated attribute defines, or ``None``."""
    if isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef):
        return member.name
    if isinstance(member, ast.AnnAssign) and isinstance(member.target, ast.Name):
        return member.target.id
    return None


def _public_members(tree: ast.Module) -> Iterator[tuple[str, ast.stmt]]:
    """Yield the module's public functions, and the public members of its public classes."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _public(node.name):
            yield node.name, node
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            for member in node.body:
                name = _member_name(member)
                if name is not None and _public(name):
                    yield f"{node.name}.{name}", member


def find_untyped_records(tree: ast.Module, path: str) -> list[Finding]:
    """Return a TYP026 finding for each public return type or field that is an untyped record."""
    imports = Imports(tree)
    findings: list[Finding] = []
    for name, node in _public_members(tree):
        if isinstance(node, ast.AnnAssign):
            if name.endswith("__"):
                continue  # a dunder attribute (``__dataclass_fields__``) is no field
            values = _open_values(node.annotation, imports)
            where = f"field {name} is"
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            values = _open_values(node.returns, imports) - {"Any"}
            where = f"{name}() returns"
        else:
            continue
        if values:
            message = (
                f"{where} an untyped record (str to {' or '.join(sorted(values))}); "
                "model it with a frozen pydantic model"
            )
            findings.append(TYP026.finding(message, path=path, line=node.lineno))
    return findings
