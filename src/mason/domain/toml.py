# @file toml.py
# @path src/mason/domain/toml.py
# @version 0.1.0
"""Precise types for parsed TOML, so code that walks a pyproject needs no ``Any``."""

from datetime import date, datetime, time

type TomlValue = (
    str | int | float | bool | datetime | date | time | list[TomlValue] | dict[str, TomlValue]
)
type TomlTable = dict[str, TomlValue]


def table_at(document: TomlTable, *keys: str) -> TomlTable:
    """Return the nested table at ``keys`` (``"tool", "mypy"``), or an empty table."""
    node: TomlValue = document
    for key in keys:
        if not isinstance(node, dict):
            return {}
        node = node.get(key, {})
    return node if isinstance(node, dict) else {}


def string_list(value: TomlValue | None) -> tuple[str, ...]:
    """Return ``value`` as strings: a lone string is one item, non-strings are dropped."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(item for item in value if isinstance(item, str))
    return ()
