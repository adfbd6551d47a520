# @file containers.py
# @path src/mason/checks/immutability/containers.py
# @version 0.1.0
"""Which expressions make mutable containers, and which annotations promise read-only ones.

A mutable container is a list, dict or set display or comprehension, or a call of a mutable
collection type (``list()``, ``defaultdict(list)``, ``deque()``, ...). Names are resolved
through the module's imports, so ``from collections import defaultdict as dd`` is seen.
"""

import ast
from collections.abc import Mapping
from dataclasses import dataclass

from mason.checks.names import Imports, last

_MUTABLE_CALLS = {
    "list": "list",
    "dict": "dict",
    "set": "set",
    "bytearray": "bytearray",
    "collections.defaultdict": "defaultdict",
    "collections.OrderedDict": "OrderedDict",
    "collections.Counter": "Counter",
    "collections.deque": "deque",
    "collections.ChainMap": "ChainMap",
    "weakref.WeakValueDictionary": "WeakValueDictionary",
    "weakref.WeakKeyDictionary": "WeakKeyDictionary",
    "weakref.WeakSet": "WeakSet",
}
_DISPLAYS: Mapping[type[ast.expr], str] = {
    ast.List: "list",
    ast.ListComp: "list",
    ast.Set: "set",
    ast.SetComp: "set",
    ast.Dict: "dict",
    ast.DictComp: "dict",
}
"""Displays and comprehensions, by the container they make (only a display can be empty)."""
_FACTORY_FIRST = frozenset({"collections.defaultdict"})
"""Constructors whose first argument is not content (a default factory)."""
_READ_ONLY = frozenset(
    {
        "Mapping",
        "Sequence",
        "AbstractSet",
        "Collection",
        "Iterable",
        "Container",
        "Reversible",
        "tuple",
        "Tuple",
        "frozenset",
        "FrozenSet",
        "MappingProxyType",
        "KeysView",
        "ValuesView",
        "ItemsView",
    }
)
"""Annotations under which a type checker refuses every change of the container."""
_WRAPPERS = frozenset({"Final", "ClassVar", "Annotated"})
MUTABLE_ANNOTATIONS = frozenset(
    {
        "list",
        "List",
        "dict",
        "Dict",
        "set",
        "Set",
        "bytearray",
        "defaultdict",
        "DefaultDict",
        "OrderedDict",
        "Counter",
        "deque",
        "Deque",
        "ChainMap",
        "MutableMapping",
        "MutableSequence",
        "MutableSet",
    }
)
"""Annotations of containers that can be changed in place (``Set`` is ``typing.Set``)."""


@dataclass(frozen=True, slots=True)
class Container:
    """A mutable container an expression makes: its type's name and whether it starts empty."""

    kind: str
    empty: bool


def mutable_container(node: ast.expr, imports: Imports) -> Container | None:
    """Return the mutable container ``node`` makes, or ``None``."""
    display = _DISPLAYS.get(type(node))
    if display is not None:
        empty = (isinstance(node, ast.List) and not node.elts) or (
            isinstance(node, ast.Dict) and not node.keys
        )
        return Container(display, empty=empty)
    if not isinstance(node, ast.Call):
        return None
    name = imports.resolve(node.func)
    kind = _MUTABLE_CALLS.get(name)
    if kind is None:
        return None
    content = node.args[1:] if name in _FACTORY_FIRST else node.args
    given = [keyword for keyword in node.keywords if keyword.arg != "maxlen"]
    return Container(kind, empty=not content and not given)


def _unwrapped(annotation: ast.expr, imports: Imports) -> tuple[ast.expr, bool]:
    """Return ``annotation`` without ``Final``/``ClassVar``/``Annotated``, and if it was Final."""
    final = False
    while True:
        name = last(imports.resolve(annotation))
        if name not in _WRAPPERS:
            return annotation, final
        final = final or name == "Final"
        if not isinstance(annotation, ast.Subscript):
            return annotation, final  # a bare ``Final``: the value's own type
        inner = annotation.slice
        annotation = inner.elts[0] if isinstance(inner, ast.Tuple) else inner


def read_only(annotation: ast.expr, imports: Imports) -> bool:
    """Return whether ``annotation`` promises a container no one may change."""
    inner, _ = _unwrapped(annotation, imports)
    name = imports.resolve(inner)
    if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
        name = inner.value.partition("[")[0]  # a string annotation: "Mapping[str, int]"
    return last(name) in _READ_ONLY or name == "collections.abc.Set"


def is_final(annotation: ast.expr, imports: Imports) -> bool:
    """Return whether ``annotation`` declares a constant (``Final``, ``Final[...]``)."""
    return _unwrapped(annotation, imports)[1]


def mutable_annotation(annotation: ast.expr, imports: Imports) -> str | None:
    """Return the name of the mutable container ``annotation`` declares, if it declares one.

    ``X | None``, ``Optional[X]`` and ``Annotated[X, ...]`` are looked through; what the
    container holds is not (``tuple[list[int], ...]`` is a tuple).
    """
    inner, _ = _unwrapped(annotation, imports)
    if isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.BitOr):
        return mutable_annotation(inner.left, imports) or mutable_annotation(inner.right, imports)
    name = imports.resolve(inner)
    if last(name) in {"Optional", "Union"} and isinstance(inner, ast.Subscript):
        members = inner.slice.elts if isinstance(inner.slice, ast.Tuple) else [inner.slice]
        return next(filter(None, (mutable_annotation(m, imports) for m in members)), None)
    if name == "collections.abc.Set":
        return None
    return last(name) if last(name) in MUTABLE_ANNOTATIONS else None
