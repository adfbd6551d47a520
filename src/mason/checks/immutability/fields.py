# @file fields.py
# @path src/mason/checks/immutability/fields.py
# @version 0.1.0
"""Model fields: no mutable defaults (IMM002), no mutable collections on frozen models (IMM003).

Fields are a data model's annotated class attributes (``ClassVar`` ones are class state, which
ruff's RUF012 judges; ``model_config`` is pydantic's configuration). A default is mutable when it
is a mutable container, directly or as ``Field(default=...)``/``attrs.field(default=...)``.
Standard-library dataclasses refuse such defaults when the class is created (and ruff's RUF008
reports them), so IMM002 leaves them out.
"""

import ast
from collections.abc import Iterator

from mason.checks.data_model import DataModel
from mason.checks.immutability.containers import mutable_annotation, mutable_container
from mason.checks.immutability.rules import IMM002, IMM003
from mason.checks.module_classes import ModuleClasses
from mason.checks.names import Imports, last
from mason.domain.finding import Finding

_FIELD_CALLS = frozenset({"Field", "field", "ib", "attrib", "PrivateAttr"})
_IMMUTABLE_FOR = {
    "list": "tuple[X, ...]",
    "List": "tuple[X, ...]",
    "MutableSequence": "Sequence[X] or tuple[X, ...]",
    "deque": "tuple[X, ...]",
    "Deque": "tuple[X, ...]",
    "bytearray": "bytes",
    "set": "frozenset[X]",
    "Set": "frozenset[X]",
    "MutableSet": "frozenset[X]",
}


def _fields(model: DataModel, imports: Imports) -> Iterator[tuple[str, ast.AnnAssign]]:
    """Yield each field of ``model``: its name and its statement."""
    for statement in model.node.body:
        if not isinstance(statement, ast.AnnAssign) or not isinstance(statement.target, ast.Name):
            continue
        name = statement.target.id
        if name == "model_config" or (name.startswith("__") and name.endswith("__")):
            continue
        if last(imports.resolve(statement.annotation)) == "ClassVar":
            continue
        yield name, statement


def _default(value: ast.expr | None, imports: Imports) -> ast.expr | None:
    """Return the default a field's value gives: itself, or a field call's ``default=``."""
    if isinstance(value, ast.Call) and last(imports.resolve(value.func)) in _FIELD_CALLS:
        return next((kw.value for kw in value.keywords if kw.arg == "default"), None)
    return value


def check_fields(tree: ast.Module, path: str, imports: Imports | None = None) -> list[Finding]:
    """Return the IMM002 and IMM003 findings of the data models of ``tree``."""
    imports = imports or Imports(tree)
    findings: list[Finding] = []
    for node, model in ModuleClasses(tree, imports).by_node.items():
        for field_name, field in _fields(model, imports):
            name = f"{node.name}.{field_name}"
            default = _default(field.value, imports)
            container = None if default is None else mutable_container(default, imports)
            if container is not None and model.kind != "dataclass":
                message = (
                    f"{name} defaults to a mutable {container.kind}; use an immutable default "
                    "or a default factory"
                )
                findings.append(IMM002.finding(message, path=path, line=field.lineno))
            kind = mutable_annotation(field.annotation, imports)
            if model.frozen and kind is not None:
                instead = _IMMUTABLE_FOR.get(kind, "Mapping[K, V]")
                message = f"{name} is a {kind} on frozen {node.name}; annotate it {instead}"
                findings.append(IMM003.finding(message, path=path, line=field.lineno))
    return findings
