# @file yaml_doc.py
# @path src/mason/checks/structure/yaml_doc.py
# @version 0.1.0
"""YAML files read safely (PyYAML's safe loader): CI workflows, pre-commit and compose files.

PyYAML is imported by the functions that read YAML, not with this module: it costs a tenth of
the time a per-file pre-commit hook may take, and most audits of one file read no YAML.
"""

from collections.abc import Iterator
from datetime import date, datetime

type Yaml = (
    str | int | float | bool | bytes | date | datetime | list[Yaml] | dict[Yaml, Yaml] | None
)
"""What the safe loader makes of a document (timestamps become dates, ``!!binary`` bytes)."""


def load_yaml(text: str) -> Yaml | Exception:
    """Return the document in ``text``, or the error (PyYAML's) that kept it from being read."""
    import yaml  # noqa: PLC0415 - loads when YAML is read (see above)

    try:
        loaded: Yaml = yaml.safe_load(text)
    except yaml.YAMLError as error:
        return error
    return loaded


def strings_under(node: Yaml, keys: frozenset[str]) -> Iterator[tuple[str, str]]:
    """Yield ``(key, text)`` for every string at any depth below a mapping key in ``keys``."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and key in keys:
                yield from ((key, text) for text in _strings(value))
            else:
                yield from strings_under(value, keys)
    elif isinstance(node, list):
        for item in node:
            yield from strings_under(item, keys)


def _strings(node: Yaml) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)


def top_level_key_line(text: str, key: str) -> int | None:
    """Return the 1-based line of the top-level mapping ``key`` in ``text``, if it is there."""
    import yaml  # noqa: PLC0415 - loads when YAML is read (see above)

    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(node, yaml.MappingNode):
        return None
    for name, _ in node.value:
        if isinstance(name, yaml.ScalarNode) and name.value == key:
            line: int = name.start_mark.line + 1
            return line
    return None
