# @file guarded.py
# @path src/mason/services/audit/guarded.py
# @version 0.1.0
"""A model whose undeclared fields cannot be read: what a unit sees of the config and the facts.

A unit's cache key covers exactly what its ``Inputs`` declare. A unit that reads a configuration
key or a fact it does not declare would be served a stale result when that key changes, with
no error; so the view hands it a copy of the model whose undeclared fields raise when read.
Derived properties read through the same guard (``facts.source_path`` reads ``root`` and
``source_root``), and pydantic's own machinery (dumping, comparing) is untouched.
"""

from collections.abc import Iterable
from functools import cache
from typing import cast

from pydantic import BaseModel


class UndeclaredInputError(RuntimeError):
    """A unit read an input it does not declare: its cache key would miss a change (a bug)."""


@cache
def _guard(base: type[BaseModel], allowed: frozenset[str], unit: str, what: str) -> type[BaseModel]:
    """Return the subclass of ``base`` whose fields outside ``allowed`` raise when read."""
    refused = frozenset(base.model_fields) - allowed

    def read(self: BaseModel, name: str) -> object:
        if name in refused:
            msg = f"{unit} read {what} {name!r}, which its Inputs do not declare"
            raise UndeclaredInputError(msg)
        return base.__getattribute__(self, name)

    namespace: dict[str, object] = {"__getattribute__": read, "__module__": __name__}
    return type(f"Declared{base.__name__}", (base,), namespace)


def guarded[Model: BaseModel](
    model: Model, allowed: Iterable[str], *, unit: str, what: str
) -> Model:
    """Return a copy of ``model`` on which reading a field outside ``allowed`` raises."""
    kind = _guard(type(model), frozenset(allowed), unit, what)
    copy = kind.model_construct(_fields_set=model.model_fields_set, **dict(model))
    return cast("Model", copy)  # an instance of a subclass of type(model), made just above
