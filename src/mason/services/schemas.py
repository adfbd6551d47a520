# @file schemas.py
# @path src/mason/services/schemas.py
# @version 0.1.0
"""The schemas with this process's checks: ``mason schema`` and validate-pyproject's plugin.

``[tool.mason].checks`` may name mason's checks and those of the installed plugins, exactly
the names ``mason audit`` accepts here; the shipped config schema is made where no plugin is
installed.
"""

from pydantic import JsonValue

from mason.domain.schemas import SchemaName, config_schema, schema
from mason.services.registry import registry


def schema_here(name: SchemaName) -> dict[str, JsonValue]:
    """Return the schema ``name``, its check names those of this environment.

    Raises:
        ConfigError: an installed plugin cannot be loaded.

    """
    return schema(name, registry().names)


def pyproject_tool_schema(tool: str) -> dict[str, JsonValue]:
    """Return the schema of the [tool.${tool}] table: mason's layout, checks, rules, gates.

    validate-pyproject's ``tool_schema`` plugin, called with the entry point's name (``mason``);
    its ``--help`` shows the first line.

    Raises:
        ConfigError: an installed plugin cannot be loaded.

    """
    del tool  # always "mason": the entry point's name
    return config_schema(registry().names)
