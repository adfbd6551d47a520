# @file judge.py
# @path src/mason/checks/design/judge.py
# @version 0.1.0
"""Design rules no existing tool has, as checks over one parsed tree per file.

GEN-ONE-CLASS (seed 004): at most three classes per file, aim for one public class; an
exception family is one concept and does not count. Protocol-first (seed 000): no ``abc.ABC``
or ``ABCMeta``, no marker protocols, no kitchen-sink ones. Immutability (seeds 000, 004): the
models of value layers are frozen. Balanced files (seed 003): no module over the limit.
"""

import ast

from mason.checks.design.protocols import check_protocols
from mason.checks.design.rules import DES001, DES002, DES003, DES004, DES005, DES008, SRC002
from mason.checks.design.settings import DesignConfig
from mason.checks.module_classes import ModuleClasses
from mason.checks.names import dotted, last
from mason.domain.finding import Finding

MAX_CLASSES = 3


def _class_counts(tree: ast.Module, classes: ModuleClasses, path: str) -> list[Finding]:
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
    return findings


def _abstract_bases(classes: ModuleClasses, path: str) -> list[Finding]:
    findings: list[Finding] = []
    for node in classes.all:
        bases = {dotted(base) for base in node.bases}
        metaclass = next((dotted(kw.value) for kw in node.keywords if kw.arg == "metaclass"), "")
        if {"ABC", "abc.ABC"} & bases or last(metaclass) == "ABCMeta":
            message = f"{node.name} is an abstract base class; define a typing.Protocol instead"
            findings.append(DES003.finding(message, path=path, line=node.lineno))
    return findings


def _mutable_models(classes: ModuleClasses, path: str) -> list[Finding]:
    findings: list[Finding] = []
    for node, model in classes.by_node.items():
        if model.frozen or not model.judged:
            continue
        if model.kind == "pydantic":
            message = f"pydantic model {node.name} in a value layer is not frozen"
            findings.append(DES004.finding(message, path=path, line=node.lineno))
        else:
            kind = {"dataclass": "dataclass", "attrs": "attrs class", "msgspec": "msgspec Struct"}
            message = f"{kind[model.kind]} {node.name} in a value layer is not frozen"
            findings.append(DES005.finding(message, path=path, line=node.lineno))
    return findings


def check_design(
    tree: ast.Module,
    path: str,
    *,
    value: bool,
    lines: int = 0,
    settings: DesignConfig | None = None,
) -> list[Finding]:
    """Return the design findings for the module ``tree`` at ``path``, ``lines`` long.

    ``value`` says whether the file is in a value layer, where models must be frozen.
    """
    settings = settings or DesignConfig()
    classes = ModuleClasses(tree)
    findings = _class_counts(tree, classes, path) + _abstract_bases(classes, path)
    if value:
        findings += _mutable_models(classes, path)
    findings += check_protocols(
        tree, path, max_members=settings.max_protocol_members, imports=classes.imports
    )
    if lines > settings.max_module_lines:
        message = f"{lines} lines; the limit is {settings.max_module_lines}"
        findings.append(DES008.finding(message, path=path))
    return findings


def syntax_error_finding(path: str, error: SyntaxError) -> Finding:
    """Return the finding for a file that does not parse."""
    return SRC002.finding(f"syntax error: {error.msg}", path=path, line=error.lineno or 1)
