# @file judge.py
# @path src/mason/checks/logging/judge.py
# @version 0.1.0
"""The logging judge: one module's log calls, their events and what they pass.

LOG001 (where log calls must be structured): the event is not a constant, or %-style values
follow it. A constant is a string literal, a name the module binds to one, or a name written
as a constant (``EVENT``, ``Events.PRICED``, ``Events.PRICED.value``). LOG003 (everywhere): a
value named like a secret is passed, as a keyword, an ``extra`` key, a positional argument or
an f-string field.
"""

import ast
import re
from collections.abc import Iterator

from mason.checks.logging.calls import LogCall, Loggers
from mason.checks.logging.rules import LOG001, LOG003
from mason.checks.logging.secret_names import is_secret
from mason.domain.finding import Finding

_CONSTANT_NAME = re.compile(r"^_?[A-Z][A-Z0-9_]*$")
_RESERVED = frozenset({"exc_info", "stack_info", "stacklevel", "extra", "event", "msg"})
_SHOWN = 60
"""The longest quote of a call a message holds."""


def _string_constants(tree: ast.Module) -> dict[str, str]:
    """Return the module-level names bound once to a string literal (``EVENT = "x"``)."""
    found: dict[str, str] = {}
    for node in tree.body:
        match node:
            case ast.Assign(targets=[ast.Name(id=name)], value=ast.Constant(value=str(text))):
                found[name] = text
            case ast.AnnAssign(target=ast.Name(id=name), value=ast.Constant(value=str(text))):
                found[name] = text
            case _:
                continue
    return found


def _constant_name(node: ast.expr) -> bool:
    match node:
        case ast.Name(id=name) | ast.Attribute(attr=name) if _CONSTANT_NAME.match(name):
            return True
        case ast.Attribute(value=ast.Attribute(attr=name), attr="value"):
            return _CONSTANT_NAME.match(name) is not None
        case _:
            return False


def _problem(event: ast.expr, constants: dict[str, str]) -> tuple[str | None, str | None]:
    """Return what is wrong with the event (``None``: a constant) and its text, if known."""
    problem: str | None = None
    text: str | None = None
    match event:
        case ast.Constant(value=str(literal)):
            text = literal
        case ast.JoinedStr(values=values) if all(isinstance(v, ast.Constant) for v in values):
            text = "".join(str(getattr(value, "value", "")) for value in values)
        case ast.JoinedStr():
            problem = "an f-string"
        case ast.BinOp(op=ast.Mod()):
            problem = "%-formatted"
        case ast.BinOp(op=ast.Add()):
            problem = "built with +"
        case ast.Call(func=ast.Attribute(attr="format")):
            problem = "built with str.format()"
        case ast.Name(id=name) if name in constants:
            text = constants[name]
        case _ if not _constant_name(event):
            problem = "not a constant"
        case _:
            pass
    return problem, text


def _quote(node: ast.AST) -> str:
    shown = ast.unparse(node)
    return shown if len(shown) <= _SHOWN else f"{shown[: _SHOWN - 3]}..."


def _structure(log: LogCall, constants: dict[str, str], pattern: re.Pattern[str] | None) -> str:
    """Return why the call is not a structured event, or ``""``."""
    if log.event is None:
        return ""
    problem, text = _problem(log.event, constants)
    if problem is not None:
        return f"the event is {problem}"
    if log.positional:
        values = ", ".join(_quote(value) for value in log.positional)
        return f"%-style values follow the event ({values})"
    if pattern is not None and text is not None and pattern.fullmatch(text) is None:
        return f"the event {text!r} does not match the event pattern {pattern.pattern!r}"
    return ""


def _identifier(node: ast.expr) -> str | None:
    match node:
        case ast.Name(id=name) | ast.Attribute(attr=name):
            return name
        case _:
            return None


def _passed(log: LogCall) -> Iterator[str]:
    """Yield the names the call passes: keyword names, ``extra`` keys, names of values."""
    for keyword in log.call.keywords:
        if keyword.arg is not None and keyword.arg not in _RESERVED:
            yield keyword.arg
        if keyword.arg == "extra" and isinstance(keyword.value, ast.Dict):
            for key in keyword.value.keys:
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    yield key.value
    values: list[ast.expr] = list(log.positional)
    if isinstance(log.event, ast.JoinedStr):
        values += [part.value for part in log.event.values if isinstance(part, ast.FormattedValue)]
    for value in values:
        name = _identifier(value)
        if name is not None:
            yield name


def _forwarded(tree: ast.Module) -> set[int]:
    """Return the events (by node id) that are a parameter of the function logging them.

    A wrapper that logs its caller's event (``def fatal(message): log.error(message)``,
    structlog's own ``exception``) forwards it: the event is judged where it is made, at the
    wrapper's callers, not in the wrapper.
    """
    forwarded: set[int] = set()
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        arguments = function.args
        parameters = {
            argument.arg
            for argument in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)
        }
        forwarded.update(
            id(node)
            for node in ast.walk(function)
            if isinstance(node, ast.Name) and node.id in parameters
        )
    return forwarded


def check_logging(
    tree: ast.Module, path: str, *, structured: bool, pattern: re.Pattern[str] | None
) -> list[Finding]:
    """Return the logging findings of the module ``tree`` at ``path``.

    ``structured`` turns LOG001 on; ``pattern`` is the pattern constant events must match.
    """
    loggers = Loggers(tree)
    constants = _string_constants(tree) if structured else {}
    forwarded = _forwarded(tree) if structured else set[int]()
    findings: list[Finding] = []
    for log in loggers.log_calls():
        call = log.call
        judged = id(log.event) not in forwarded  # a wrapper's parameter: judged at its callers
        if structured and judged and (problem := _structure(log, constants, pattern)):
            findings.append(
                LOG001.finding(
                    f"`{_quote(call)}`: {problem}; log a constant event with key-value context",
                    path=path,
                    line=call.lineno,
                    column=call.col_offset + 1,
                )
            )
        secret = next((name for name in _passed(log) if is_secret(name)), None)
        if secret is not None:
            findings.append(
                LOG003.finding(
                    f"`{_quote(call)}` logs `{secret}`: never log secrets",
                    path=path,
                    line=call.lineno,
                    column=call.col_offset + 1,
                )
            )
    return findings
