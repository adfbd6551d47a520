# @file config_reference.py
# @path src/mason/domain/config_reference.py
# @version 0.1.0
"""Every ``[tool.mason]`` key, its type, default and meaning, read off the config's JSON schema.

``mason explain config``, docs/configuration.md and the shipped schema all describe the same
model, the one built from the registry (mason's checks' tables and plugins'); this turns its
schema into rows, so none of them is written by hand.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import JsonValue


@dataclass(frozen=True, slots=True)
class ConfigKey:
    """One key: its dotted name (``coverage.fail_under``), type, default and description."""

    name: str
    kind: str
    default: str
    description: str


def _object(value: JsonValue) -> Mapping[str, JsonValue]:
    return value if isinstance(value, dict) else {}


def _kind(node: Mapping[str, JsonValue]) -> str:
    """Return the type of a schema node in words (``list of string``, ``number 0-100``)."""
    if "enum" in node and isinstance(node["enum"], list):
        return "one of " + ", ".join(f"`{item}`" for item in node["enum"])
    if "const" in node:
        return f"`{node['const']}`"
    kind = node.get("type")
    if kind == "array":
        items = _object(node.get("items"))
        if items.get("type") == "object" and "properties" in items:
            fields = ", ".join(f"`{name}`" for name in _object(items.get("properties")))
            return f"list of tables ({fields})"
        return f"list of {_kind(items)}"
    if kind == "object":
        values = _object(node.get("additionalProperties"))
        return f"table of string to {_kind(values)}" if values else "table"
    bounds: list[str] = []
    for key, sign in (("minimum", ">="), ("exclusiveMinimum", ">"), ("maximum", "<="),
                      ("exclusiveMaximum", "<")):  # fmt: skip
        bound = node.get(key)
        if isinstance(bound, int | float):
            bounds.append(f"{sign} {bound:g}")
    text = str(kind) if isinstance(kind, str) else "value"
    return f"{text} ({', '.join(bounds)})" if bounds else text


def _default(node: Mapping[str, JsonValue]) -> str:
    if "default" not in node:
        return "unset"
    return f"`{json.dumps(node['default'])}`"


def _first_line(node: Mapping[str, JsonValue]) -> str:
    text = node.get("description")
    return " ".join(text.split()) if isinstance(text, str) else ""


def config_keys(schema: Mapping[str, JsonValue], prefix: str = "") -> list[ConfigKey]:
    """Return every key of the (self-contained) config ``schema``, sections' keys dotted."""
    keys: list[ConfigKey] = []
    for name, value in _object(schema.get("properties")).items():
        node = _object(value)
        if node.get("type") == "object" and "properties" in node:
            keys += config_keys(node, f"{prefix}{name}.")
            continue
        keys.append(ConfigKey(f"{prefix}{name}", _kind(node), _default(node), _first_line(node)))
    return keys


def keys_markdown(keys: list[ConfigKey]) -> str:
    """Return the keys as a Markdown table (docs/configuration.md holds this one)."""
    rows = [f"| `{key.name}` | {key.kind} | {key.default} | {key.description} |" for key in keys]
    return "\n".join(["| key | type | default | what it does |", "|---|---|---|---|", *rows])
