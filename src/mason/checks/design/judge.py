# @file judge.py
# @path src/mason/checks/design/judge.py
# @version 0.1.0
"""Design rules no existing tool has, as checks over one parsed tree per file.

GEN-ONE-CLASS (seed 004): at most three classes per file, aim for one public class; an
exception family is one concept and does not count. Protocol-first (seed 000): no ``abc.ABC``
or ``ABCMeta``. Immutability (seed 000): pydantic models and dataclasses in pure layers are
frozen.
"""

import ast
import builtins

from mason.checks.design.rules import DES001, DES002, DES003, DES004, DES005, SRC002
from mason.domain.finding import Finding

MAX_CLASSES = 3
_EXCEPTION_SUFFIXES = ("Error", "Exception", "Warning")
_BUILTIN_EXCEPTIONS = frozenset(
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
)


def _name(node: ast.expr) -> str:
    """Return the dotted name of ``node`` (``abc.ABC``), or ``""`` for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        parent = _name(node.value)
        return f"{parent}.{node.attr}" if parent else node.attr
    if isinstance(node, ast.Subscript):
        return _name(node.value)
    if isinstance(node, ast.Call):
        return _name(node.func)
    return ""


def _last(dotted: str) -> str:
    return dotted.rsplit(".", 1)[-1]


def _is_true(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is True


class _Classes:
    """What the file's classes are: exceptions, pydantic models and frozen ones."""

    def __init__(self, tree: ast.Module) -> None:
        self.all = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
        self.exceptions: set[str] = set()
        self.models: set[str] = set()
        for node in self.all:  # bases come first in a file, so one pass in order suffices
            bases = {_last(_name(base)) for base in node.bases}
            if any(
                base in _BUILTIN_EXCEPTIONS
                or base.endswith(_EXCEPTION_SUFFIXES)
                or base in self.exceptions
                for base in bases
            ):
                self.exceptions.add(node.name)
            if bases & ({"BaseModel", "BaseSettings"} | self.models):
                self.models.add(node.name)


def _model_is_frozen(node: ast.ClassDef) -> bool:
    if any(keyword.arg == "frozen" and _is_true(keyword.value) for keyword in node.keywords):
        return True
    for statement in node.body:
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign):
            targets, value = [statement.target], statement.value
        if not any(isinstance(name, ast.Name) and name.id == "model_config" for name in targets):
            continue
        if isinstance(value, ast.Call):
            return any(kw.arg == "frozen" and _is_true(kw.value) for kw in value.keywords)
        if isinstance(value, ast.Dict):
            return any(
                isinstance(key, ast.Constant) and key.value == "frozen" and _is_true(item)
                for key, item in zip(value.keys, value.values, strict=True)
            )
    return False


def _dataclass_decorator(node: ast.ClassDef) -> ast.expr | None:
    for decorator in node.decorator_list:
        if _last(_name(decorator)) == "dataclass":
            return decorator
    return None


def check_design(tree: ast.Module, path: str, *, pure: bool) -> list[Finding]:
    """Return the design findings for the module ``tree`` at ``path``.

    ``pure`` says whether the file is in a pure layer, where models must be frozen.
    """
    classes = _Classes(tree)
    findings: list[Finding] = []
    counted = [node for node in classes.all if node.name not in classes.exceptions]
    if len(counted) > MAX_CLASSES:
        names = ", ".join(node.name for node in counted)
        message = f"{len(counted)} classes in one file ({names}); the limit is {MAX_CLASSES}"
        findings.append(DES001.finding(message, path=path, line=counted[MAX_CLASSES].lineno))
    public = [
        node
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        and not node.name.startswith("_")
        and node.name not in classes.exceptions
    ]
    if len(public) > 1:
        names = ", ".join(node.name for node in public)
        message = f"{len(public)} public classes in one file ({names}); aim for one"
        findings.append(DES002.finding(message, path=path, line=public[1].lineno))
    for node in classes.all:
        bases = {_name(base) for base in node.bases}
        metaclass = next((_name(kw.value) for kw in node.keywords if kw.arg == "metaclass"), "")
        if {"ABC", "abc.ABC"} & bases or _last(metaclass) == "ABCMeta":
            message = f"{node.name} is an abstract base class; define a typing.Protocol instead"
            findings.append(DES003.finding(message, path=path, line=node.lineno))
        if not pure:
            continue
        if (
            node.name in classes.models
            and not _model_is_frozen(node)
            and {_last(base) for base in bases} & {"BaseModel", "BaseSettings"}
        ):
            message = f"pydantic model {node.name} in a pure layer is not frozen"
            findings.append(DES004.finding(message, path=path, line=node.lineno))
        decorator = _dataclass_decorator(node)
        if decorator is not None and not (
            isinstance(decorator, ast.Call)
            and any(kw.arg == "frozen" and _is_true(kw.value) for kw in decorator.keywords)
        ):
            message = f"dataclass {node.name} in a pure layer is not frozen"
            findings.append(DES005.finding(message, path=path, line=node.lineno))
    return findings


def syntax_error_finding(path: str, error: SyntaxError) -> Finding:
    """Return the finding for a file that does not parse."""
    return SRC002.finding(f"syntax error: {error.msg}", path=path, line=error.lineno or 1)
