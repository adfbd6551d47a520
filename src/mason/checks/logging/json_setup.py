# @file json_setup.py
# @path src/mason/checks/logging/json_setup.py
# @version 0.1.0
"""Whether a module sets up JSON logging, by what it names (resolved through its imports).

structlog's ``JSONRenderer``; python-json-logger's, ecs-logging's and json-log-formatter's
formatters (also named as strings, in a ``dictConfig``); loguru's ``add(..., serialize=True)``;
or a ``logging.Formatter`` subclass of the project's own that calls ``json.dumps`` (or orjson's,
msgspec's). Where the set-up is called from is left to the tests: an entry point that forgets
to call it is not seen.
"""

import ast
import re

from mason.checks.purity.names import Names

JSON_PACKAGES = ("pythonjsonlogger", "ecs_logging", "json_log_formatter")
"""Packages whose formatters write JSON lines."""
_DUMPS = frozenset({"json.dumps", "orjson.dumps", "msgspec.json.encode", "ujson.dumps"})
_FORMATTERS = frozenset({"logging.Formatter"})
_DOTTED = re.compile(r"[A-Za-z_][\w.]*")
"""A dotted name written as a string (``"()": "pythonjsonlogger.json.JsonFormatter"``)."""


def _json_formatter(node: ast.ClassDef, names: Names) -> bool:
    """Return whether ``node`` is a ``logging.Formatter`` of the project's own writing JSON."""
    if not any(names.resolve(base, ()) in _FORMATTERS for base in node.bases):
        return False
    return any(
        isinstance(inner, ast.Call) and names.resolve(inner.func, ()) in _DUMPS
        for inner in ast.walk(node)
    )


def _names_json(node: ast.AST, names: Names) -> bool:
    match node:
        case ast.Name() | ast.Attribute():
            resolved = names.resolve(node, ()) or ""
            return (resolved.startswith("structlog.") and resolved.endswith("JSONRenderer")) or (
                resolved.split(".")[0] in JSON_PACKAGES and "." in resolved
            )
        case ast.Constant(value=str(text)) if _DOTTED.fullmatch(text):
            return text.endswith("JSONRenderer") or text.split(".")[0] in JSON_PACKAGES
        case ast.Call(func=ast.Attribute(attr="add"), keywords=keywords):
            return any(
                keyword.arg == "serialize"
                and isinstance(keyword.value, ast.Constant)
                and keyword.value.value is True
                for keyword in keywords
            )
        case ast.ClassDef():
            return _json_formatter(node, names)
        case _:
            return False


def sets_up_json_logging(tree: ast.Module) -> bool:
    """Return whether the module ``tree`` sets up JSON log output."""
    names = Names(tree)
    return any(_names_json(node, names) for node in ast.walk(tree))
