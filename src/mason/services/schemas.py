# @file schemas.py
# @path src/mason/services/schemas.py
# @version 0.1.0
"""The schemas of this installation: ``[tool.mason]`` with the table of every registered check.

The shipped ``config.schema.json`` is the one of mason's own checks (``shipped_schema``); an
installation with plugins validates their tables too (``schema``, and validate-pyproject's
plugin ``pyproject_tool_schema``).
"""

from pydantic import JsonValue

from mason.checks.builtin import BUILTIN_CHECKS
from mason.domain.config import config_model
from mason.domain.registry import Registry
from mason.domain.schemas import SchemaName
from mason.domain.schemas import schema as schema_for
from mason.services.registry import registry


def schema(name: SchemaName) -> dict[str, JsonValue]:
    """Return the schema called ``name``, with every registered check's settings."""
    return schema_for(name, config_model(registry().settings))


def shipped_schema(name: SchemaName) -> dict[str, JsonValue]:
    """Return the schema the wheel ships (src/mason/schemas/): mason's own checks only."""
    return schema_for(name, config_model(Registry(BUILTIN_CHECKS).settings))


def pyproject_tool_schema(tool: str) -> dict[str, JsonValue]:
    """Return the schema of the [tool.${tool}] table: mason's layout, checks, rules, gates.

    validate-pyproject's ``tool_schema`` plugin, called with the entry point's name (``mason``);
    its ``--help`` shows the first line.
    """
    del tool  # always "mason": the entry point's name
    return schema("config")
