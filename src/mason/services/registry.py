# @file registry.py
# @path src/mason/services/registry.py
# @version 0.1.0
"""The registry this process uses: mason's checks, then every installed plugin's, loaded once."""

from functools import cache

from mason.adapters.plugins import plugin_checks
from mason.checks.builtin import BUILTIN_CHECKS
from mason.domain.registry import Registry


@cache
def registry() -> Registry:
    """Return the registry of every check: mason's own, then plugins' (by name; read once).

    Raises:
        ConfigError: a plugin cannot be loaded, or clashes with another check.

    """
    return Registry((*BUILTIN_CHECKS, *plugin_checks()))
