# @file tool_output.py
# @path src/mason/checks/tool_output.py
# @version 0.1.0
"""Read tool output: JSON into precise types, paths relative to the project, one error type.

Every parser in ``mason.checks`` decodes through ``load`` so that output that is not what mason
expects becomes one ``ToolOutputError`` naming the tool (the check reports ``error``, not a
traceback), and every reported path is project-relative with POSIX separators.
"""

import json
from pathlib import PurePath

type Json = bool | int | float | str | list[Json] | dict[str, Json] | None


class ToolOutputError(ValueError):
    """The tool printed something that is not the output mason expects."""


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


def get_str(item: dict[str, Json], *keys: str) -> str | None:
    """Return the string at ``keys`` (nested objects), or ``None``."""
    node: Json = item
    for key in keys:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node if isinstance(node, str) else None


def relative(path: str, root: PurePath) -> str:
    """Return ``path`` relative to ``root`` when it lies below it, else unchanged (POSIX)."""
    pure = PurePath(path)
    if pure.is_absolute() and pure.is_relative_to(root):
        pure = pure.relative_to(root)
    return pure.as_posix()
