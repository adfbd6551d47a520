# @file plugins.py
# @path src/mason/adapters/plugins.py
# @version 0.1.0
"""Checks that other packages add through the ``mason.checks`` entry point group.

A plugin's distribution declares, in its pyproject.toml::

    [project.entry-points."mason.checks"]
    todos = "mason_todos:CHECK"

where ``CHECK`` is a ``mason.api.Check``. mason loads every such entry point from the
environment it runs in; the plugin's name and version become the check's origin and part of
every cache key of its units.
"""

import dataclasses
from importlib.metadata import EntryPoint, entry_points

from mason.domain.check import Check
from mason.domain.errors import ConfigError

GROUP = "mason.checks"


def _load(entry: EntryPoint) -> Check:
    distribution = entry.dist.name if entry.dist else "an unknown distribution"
    try:
        loaded: object = entry.load()
    except Exception as error:  # noqa: BLE001 - a plugin may fail to import in any way
        msg = f"the plugin check {entry.name!r} ({distribution}) cannot be loaded: {error}"
        raise ConfigError(
            msg, hint=f"upgrade or uninstall {distribution}; `pip show {distribution}` says where"
        ) from None
    if not isinstance(loaded, Check):
        msg = (
            f"the plugin check {entry.name!r} ({distribution}) is a "
            f"{type(loaded).__name__}, not a mason Check ({entry.value})"
        )
        raise ConfigError(msg, hint=f"point the entry point at a mason.api.Check in {distribution}")
    version = entry.dist.version if entry.dist else ""
    return dataclasses.replace(loaded, origin=distribution, version=version)


def plugin_checks() -> list[Check]:
    """Return every check installed plugins add, sorted by name.

    Raises:
        ConfigError: a plugin cannot be imported or does not point at a ``Check``.

    """
    return sorted((_load(entry) for entry in entry_points(group=GROUP)), key=lambda c: c.name)
