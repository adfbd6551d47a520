# @file schemas.py
# @path src/mason/services/schemas.py
# @version 0.1.0
"""The schemas of this installation: ``mason schema`` and validate-pyproject's plugin.

``[tool.mason]`` has the table of every registered check with settings, and its ``checks``
may name exactly the checks ``mason audit`` accepts here (mason's and the installed plugins').
The shipped ``config.schema.json`` is made from mason's own checks only (``shipped_schema``).
"""

from pydantic import JsonValue

from mason.checks.builtin import BUILTIN_CHECKS
from mason.domain.registry import Registry
from mason.domain.schemas import SchemaName
from mason.domain.schemas import schema as schema_for
from mason.services.registry import registry


def schema(name: SchemaName) -> dict[str, JsonValue]:
    """Return the schema called ``name`` for this installation's checks.

    Raises:
        ConfigError: an installed plugin cannot be loaded.

    """
    return schema_for(name, registry())


def shipped_schema(name: SchemaName) -> dict[str, JsonValue]:
    """Return the schema the wheel ships (src/mason/schemas/): mason's own checks only."""
    return schema_for(name, Registry(BUILTIN_CHECKS))


def pyproject_tool_schema(tool: str) -> dict[str, JsonValue]:
    """Return the schema of the [tool.${tool}] table: mason's layout, checks, rules, gates.

    validate-pyproject's ``tool_schema`` plugin, called with the entry point's name (``mason``);
    its ``--help`` shows the first line.

    Raises:
        ConfigError: an installed plugin cannot be loaded.

    """
    del tool  # always "mason": the entry point's name
    return schema("config")
