# @file schemas.py
# @path src/mason/domain/schemas.py
# @version 0.1.0
"""JSON schemas of ``[tool.mason]`` and of the JSON report, generated from their models.

The models are the single source: ``mason schema config|report`` prints these, the wheel ships
them (src/mason/schemas/, kept equal by a test), editors validate ``pyproject.toml`` with the
config schema, and validate-pyproject loads it through its ``validate_pyproject.tool_schema``
entry point (``mason.services.schemas``, which builds the config model from the registry, so
plugins' tables are in it). The config schema is draft-07 with every reference inlined and
without ``null`` (TOML has none), as validate-pyproject and TOML editors expect. Its ``checks``
accept the registry's check names (mason's own, and those of the plugins installed where it is
made), so it refuses what ``mason audit`` refuses.
"""

from collections.abc import Mapping, Sequence
from typing import Literal

from pydantic import JsonValue

from mason.domain.audit_report import AuditReport
from mason.domain.config import config_model
from mason.domain.registry import Registry

type SchemaName = Literal["config", "report"]
SCHEMA_NAMES: tuple[SchemaName, ...] = ("config", "report")
SCHEMA_NAMESPACE = "urn:mason-standard:schema"
"""The schemas' ``$id``s name them, not a place: an address on a hosting site would name an
account mason does not own (and can be registered by anyone). Editors get the file itself
(``mason schema config``, or mason/schemas/ in the wheel)."""


def schema_file(name: SchemaName) -> str:
    """Return the file name the schema ``name`` is shipped under (src/mason/schemas/)."""
    return f"{name}.schema.json"


def _inline(node: JsonValue, definitions: Mapping[str, JsonValue]) -> JsonValue:
    """Return ``node`` with every ``#/$defs/`` reference replaced by its definition."""
    if isinstance(node, list):
        return [_inline(item, definitions) for item in node]
    if isinstance(node, dict):
        return _inline_object(node, definitions)
    return node


def _inline_object(
    node: Mapping[str, JsonValue], definitions: Mapping[str, JsonValue]
) -> dict[str, JsonValue]:
    result: dict[str, JsonValue] = {}
    reference = node.get("$ref")
    if isinstance(reference, str) and reference.startswith("#/$defs/"):
        target = definitions[reference.removeprefix("#/$defs/")]
        if isinstance(target, dict):
            result.update(_inline_object(target, definitions))
    for key, value in node.items():
        if key not in {"$ref", "$defs"}:
            result[key] = _inline(value, definitions)
    return _without_null(result)


def _without_null(node: dict[str, JsonValue]) -> dict[str, JsonValue]:
    """Drop the ``null`` branch of an optional value (TOML cannot write one)."""
    branches = node.get("anyOf")
    if not isinstance(branches, list):
        return node
    kept = [branch for branch in branches if branch != {"type": "null"}]
    if len(kept) != 1 or not isinstance(kept[0], dict):
        return node
    merged = {key: value for key, value in node.items() if key not in {"anyOf", "default"}}
    merged.update(kept[0])
    return merged


def _known_checks(body: dict[str, JsonValue], checks: Sequence[str]) -> None:
    """Let ``checks`` hold only the names ``checks`` lists, in place."""
    properties = body.get("properties")
    field = properties.get("checks") if isinstance(properties, dict) else None
    if isinstance(field, dict):
        field["items"] = {
            "enum": list(checks),
            "description": "mason's checks, and those of the plugins installed where this "
            "schema was made (`mason schema config` there)",
        }


def config_schema(known: Registry) -> dict[str, JsonValue]:
    """Return the JSON schema (draft-07, self-contained) of ``[tool.mason]`` for ``known``.

    The tables are those of ``known``'s checks with settings; ``checks`` accepts its names.
    """
    generated: dict[str, JsonValue] = config_model(known.settings).model_json_schema(by_alias=True)
    checks = known.names
    definitions = generated.get("$defs", {})
    body = _inline_object(generated, definitions if isinstance(definitions, dict) else {})
    _known_checks(body, checks)
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": f"{SCHEMA_NAMESPACE}:config",
        **body,
        "title": "[tool.mason]",
    }


def report_schema() -> dict[str, JsonValue]:
    """Return the JSON schema (2020-12) of ``mason audit --format json``."""
    generated: dict[str, JsonValue] = AuditReport.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_NAMESPACE}:report",
        **generated,
        "title": "mason audit report",
    }


def schema(name: SchemaName, known: Registry) -> dict[str, JsonValue]:
    """Return the schema called ``name`` (``config``: of ``known``'s configuration)."""
    return config_schema(known) if name == "config" else report_schema()
