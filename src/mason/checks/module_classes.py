# @file module_classes.py
# @path src/mason/checks/module_classes.py
# @version 0.1.0
"""What a module's classes are: exceptions, and data models with whether each one is frozen.

Data models are pydantic models (``BaseModel``, ``BaseSettings``, ``RootModel`` and their
subclasses in the same file), dataclasses (the standard library's or pydantic's), attrs classes
and msgspec ``Struct`` classes. A class whose model base lives in another module is not
recognised: the checks that ask judge one file at a time.
"""

import ast
import builtins

from mason.checks.data_model import DataModel, ModelKind
from mason.checks.names import Imports, dotted, last

PYDANTIC_BASES = frozenset({"BaseModel", "BaseSettings", "RootModel"})
_ATTRS_DECORATORS = frozenset(
    f"{module}.{name}"
    for module in ("attr", "attrs")
    for name in ("define", "mutable", "frozen", "s", "attrs", "dataclass")
)
_EXCEPTION_SUFFIXES = ("Error", "Exception", "Warning")
_BUILTIN_EXCEPTIONS = frozenset(
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
)


def _is_true(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is True


def _keyword(keywords: list[ast.keyword], name: str) -> ast.expr | None:
    return next((keyword.value for keyword in keywords if keyword.arg == name), None)


def _config_frozen(node: ast.ClassDef) -> bool | None:
    """Return what a pydantic class says about ``frozen`` (class keyword or model_config)."""
    said = _keyword(node.keywords, "frozen")
    if said is not None:
        return _is_true(said)
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
            said = _keyword(value.keywords, "frozen")
        elif isinstance(value, ast.Dict):
            said = next(
                (
                    item
                    for key, item in zip(value.keys, value.values, strict=True)
                    if isinstance(key, ast.Constant) and key.value == "frozen"
                ),
                None,
            )
        return None if said is None else _is_true(said)
    return None


def _decorated(node: ast.ClassDef, imports: Imports) -> DataModel | None:
    """Return the model a dataclass or attrs decorator makes of ``node``, if any."""
    for decorator in node.decorator_list:
        name = imports.resolve(decorator)
        keywords = decorator.keywords if isinstance(decorator, ast.Call) else []
        frozen = _is_true(_keyword(keywords, "frozen"))
        if name in _ATTRS_DECORATORS:
            return DataModel(node, "attrs", frozen or last(name) == "frozen", judged=True)
        if last(name) == "dataclass":
            return DataModel(node, "dataclass", frozen, judged=True)
    return None


class ModuleClasses:
    """A module's classes: which are exceptions and which are data models."""

    def __init__(self, tree: ast.Module, imports: Imports | None = None) -> None:
        """Classify every class of ``tree``, bases first (a file defines them in order)."""
        imports = imports or Imports(tree)
        self.imports = imports
        """What the module's imported names stand for."""
        # ast.walk's order (breadth first) names DES001's fourth class and orders its message,
        # which baselines fingerprint: keep it
        self.all = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
        self.exceptions: set[str] = set()
        self.models: dict[str, DataModel] = {}
        self.by_node: dict[ast.ClassDef, DataModel] = {}
        for node in self.all:
            bases = {last(dotted(base)) for base in node.bases}
            if any(
                base in _BUILTIN_EXCEPTIONS
                or base.endswith(_EXCEPTION_SUFFIXES)
                or base in self.exceptions
                for base in bases
            ):
                self.exceptions.add(node.name)
            model = _decorated(node, imports) or self._derived(node, imports)
            if model is not None:
                self.models[node.name] = model
                self.by_node[node] = model

    def _derived(self, node: ast.ClassDef, imports: Imports) -> DataModel | None:
        """Return the model ``node`` is by inheritance (pydantic, msgspec), if any."""
        kind: ModelKind | None = None
        inherited = False
        library = False
        for base in node.bases:
            name = imports.resolve(base)
            parent = self.models.get(last(dotted(base)))
            if last(name) in PYDANTIC_BASES:
                kind, library = "pydantic", True
            elif name == "msgspec.Struct":
                kind, library = "msgspec", True
            elif parent is not None and parent.kind in {"pydantic", "msgspec"}:
                kind, inherited = parent.kind, inherited or parent.frozen
        if kind is None:
            return None
        said = (
            _config_frozen(node)
            if kind == "pydantic"
            else (None if (value := _keyword(node.keywords, "frozen")) is None else _is_true(value))
        )
        frozen = inherited if said is None else said
        return DataModel(node, kind, frozen, judged=library or said is not None)
