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
from typing import cast, overload

from pydantic import BaseModel

from mason.domain.toml import TomlTable, TomlValue


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


class DeclaredTable(dict[str, TomlValue]):
    """pyproject.toml as a unit sees it: reading a table its ``Inputs.tables`` omit raises.

    The unit gets only the declared tables anyway (a projection); without the guard, an
    undeclared one would read as absent, and the unit judge a setting it never saw.
    """

    def __init__(
        self, values: TomlTable, declared: frozenset[str], unit: str, prefix: str = ""
    ) -> None:
        """Hold ``values`` (the part at ``prefix`` of the declared ``tables``) for ``unit``."""
        super().__init__(
            (
                key,
                DeclaredTable(value, declared, unit, f"{prefix}{key}.")
                if isinstance(value, dict)
                else value,
            )
            for key, value in values.items()
        )
        self._prefix = prefix
        self._declared = declared
        self._unit = unit

    @staticmethod
    def _wrapped(value: TomlValue, declared: frozenset[str], unit: str, prefix: str) -> TomlValue:
        return DeclaredTable(value, declared, unit, prefix) if isinstance(value, dict) else value

    def _check(self, key: object) -> None:
        path = f"{self._prefix}{key}"
        if not any(
            path == table or table.startswith(f"{path}.") or path.startswith(f"{table}.")
            for table in self._declared
        ):
            msg = (
                f"{self._unit} read [{path}] of pyproject.toml, which its Inputs.tables do not "
                "declare"
            )
            raise UndeclaredInputError(msg)

    def __getitem__(self, key: str) -> TomlValue:
        """Return the value at ``key``, if it lies in a declared table."""
        self._check(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        """Return whether ``key`` is there, if it lies in a declared table."""
        self._check(key)
        return super().__contains__(key)

    @overload
    def get(self, key: str, default: None = None, /) -> TomlValue | None: ...
    @overload
    def get(self, key: str, default: TomlValue, /) -> TomlValue: ...
    @overload
    def get[Other](self, key: str, default: Other, /) -> TomlValue | Other: ...
    def get(self, key: str, default: object = None, /) -> object:
        """Return the value at ``key`` (or ``default``), if it lies in a declared table."""
        self._check(key)
        return super().get(key, default)
