# @file calls.py
# @path src/mason/checks/logging/calls.py
# @version 0.1.0
"""Which calls of a module are log calls, and which of their arguments is the event.

A log call is a level method (``debug`` ... ``critical``, ``exception``, ``log``, structlog's
``msg`` and its async ``ainfo`` ...) called on a logger. A logger is what a logger factory
returns (``logging.getLogger``, ``structlog.get_logger``, any ``get_logger``), what a logger's
``bind``/``new``/``opt``/``getChild`` returns, a name the module binds to one or annotates as a
``...Logger``, a name or attribute called like one (``log``, ``logger``, ``self._log``,
``audit_logger``), or the ``logging`` module itself (``logging.info``). A method of that name
on anything else (``math.log``, rich's ``console.log``) is not a log call.
"""

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass

from mason.checks.purity.names import Names

LEVEL_METHODS = frozenset(
    {"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "msg"}
)
"""Methods whose first argument is the event."""
ASYNC_METHODS = frozenset(f"a{method}" for method in LEVEL_METHODS)
"""structlog's async level methods (``ainfo``)."""
LEVELLED_METHODS = frozenset({"log", "alog"})
"""Methods whose first argument is the level and second the event."""
FACTORIES = frozenset({"getLogger", "get_logger", "get_task_logger", "wrap_logger"})
DERIVING = frozenset({"bind", "new", "opt", "getChild", "patch", "with_fields"})
"""Logger methods that return a logger."""
_CONVENTIONAL = re.compile(r"^_*(?:[a-z0-9]+_)*(?:log|logger)$", re.IGNORECASE)
"""Names that stand for a logger: ``log``, ``_logger``, ``LOGGER``, ``audit_log``."""
_LOGGING_MODULES = frozenset({"logging", "loguru.logger"})


@dataclass(frozen=True, slots=True)
class LogCall:
    """One log call: the call, its event (if it has one), what follows the event."""

    call: ast.Call
    event: ast.expr | None
    positional: tuple[ast.expr, ...]
    """The positional arguments after the event: %-style interpolation values."""


def _annotated_logger(annotation: ast.expr | None) -> bool:
    target = annotation.value if isinstance(annotation, ast.Subscript) else annotation
    match target:
        case ast.Name(id=name) | ast.Attribute(attr=name):
            return name.endswith(("Logger", "LoggerAdapter"))
        case ast.Constant(value=str(text)):
            return text.rsplit(".", 1)[-1].endswith("Logger")
        case _:
            return False


class Loggers:
    """Decides which expressions of one module are loggers."""

    def __init__(self, tree: ast.Module) -> None:
        """Read the module in one walk: its calls of level methods, and what it binds.

        Its imports and the names it binds to loggers are read only if it has such a call.
        """
        self.bound: set[str] = set()
        self.calls: list[tuple[ast.Call, ast.Attribute]] = []
        """Calls of a level method, each with its callee (``logger.info``)."""
        bindings: list[ast.AST] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign | ast.AnnAssign | ast.arg):
                bindings.append(node)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                method = node.func.attr
                if method in LEVEL_METHODS or method in ASYNC_METHODS or method in LEVELLED_METHODS:
                    self.calls.append((node, node.func))
        self.names = Names(tree if self.calls else ast.Module(body=[], type_ignores=[]))
        for _ in range(2 if self.calls else 0):  # a logger bound from another bound logger
            for node in bindings:
                self._bind(node)

    def _bind(self, node: ast.AST) -> None:
        match node:
            case ast.Assign(targets=targets, value=value) if self.is_logger(value):
                self.bound.update(self._target_names(targets))
            case ast.AnnAssign(target=target, annotation=annotation, value=value):
                if _annotated_logger(annotation) or (value is not None and self.is_logger(value)):
                    self.bound.update(self._target_names([target]))
            case ast.arg(arg=name, annotation=annotation) if _annotated_logger(annotation):
                self.bound.add(name)
            case _:
                return

    @staticmethod
    def _target_names(targets: list[ast.expr]) -> Iterator[str]:
        for target in targets:
            match target:
                case ast.Name(id=name) | ast.Attribute(attr=name):
                    yield name
                case _:
                    continue

    def is_logger(self, node: ast.expr) -> bool:
        """Return whether ``node`` evaluates to a logger (or is the logging module)."""
        match node:
            case ast.Call(func=ast.Name(id=name) | ast.Attribute(attr=name)) if name in FACTORIES:
                return True
            case ast.Call(func=ast.Attribute(value=inner, attr=name)) if name in DERIVING:
                return self.is_logger(inner)
            case ast.Name(id=name):
                resolved = self.names.resolve(node, ())
                return (
                    resolved in _LOGGING_MODULES
                    or name in self.bound
                    or _CONVENTIONAL.match(name) is not None
                )
            case ast.Attribute(attr=name):
                return name in self.bound or _CONVENTIONAL.match(name) is not None
            case _:
                return False

    def log_calls(self) -> Iterator[LogCall]:
        """Yield the log calls of the module."""
        for node, callee in self.calls:
            levelled = callee.attr in LEVELLED_METHODS
            if not self.is_logger(callee.value):
                continue
            skip = 1 if levelled else 0
            event: ast.expr | None = None
            if len(node.args) > skip and not isinstance(node.args[skip], ast.Starred):
                event = node.args[skip]
            else:
                event = next((kw.value for kw in node.keywords if kw.arg in {"event", "msg"}), None)
            yield LogCall(node, event, tuple(node.args[skip + 1 :]))
