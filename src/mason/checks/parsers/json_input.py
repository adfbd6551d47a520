# @file json_input.py
# @path src/mason/checks/parsers/json_input.py
# @version 0.1.0
"""Decode tool output as JSON into precise types, with one error type for anything unexpected."""

import json

type Json = bool | int | float | str | list[Json] | dict[str, Json] | None


class ToolOutputError(ValueError):
    """The tool printed something that is not the JSON mason expects."""


def load(text: str, tool: str) -> Json:
    """Return ``text`` decoded as JSON.

    Raises:
        ToolOutputError: naming the tool when the text is not JSON.

    """
    try:
        value: Json = json.loads(text)
    except json.JSONDecodeError as error:
        msg = f"{tool} did not print JSON ({error.msg} at line {error.lineno})"
        raise ToolOutputError(msg) from None
    return value


def objects(value: Json) -> list[dict[str, Json]]:
    """Return the JSON objects in ``value`` (a list of objects), ignoring anything else."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def get_int(item: dict[str, Json], *keys: str) -> int | None:
    """Return the integer at ``keys`` (nested objects), or ``None``."""
    node: Json = item
    for key in keys:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node if isinstance(node, int) and not isinstance(node, bool) else None


def get_str(item: dict[str, Json], key: str) -> str | None:
    """Return the string at ``key``, or ``None``."""
    value = item.get(key)
    return value if isinstance(value, str) else None
