# @file mypy_plugins.py
# @path src/mason/checks/typing/mypy_plugins.py
# @version 0.1.0
"""mypy's plugins for the libraries a project declares: pydantic's, where pydantic is used.

Without ``pydantic.mypy``, mypy sees a model's ``__init__`` as taking anything: a misspelt or
missing field passes the type check and fails at run time (seeds 003 and 004 ask for the
plugin). mypy reads ``plugins`` as a list in TOML and as a comma-separated string in INI files.
"""

from mason.checks.typing.rules import TYP005
from mason.checks.typing.strictness import Source
from mason.domain.finding import Finding
from mason.domain.toml import TomlTable

PYDANTIC_PLUGINS = frozenset({"pydantic.mypy", "pydantic.v1.mypy"})
"""pydantic's mypy plugin, by the module paths pydantic 2 (and its v1 shim) install."""


def plugins(mypy: TomlTable) -> list[str]:
    """Return the plugins mypy's settings load, in order."""
    value = mypy.get("plugins")
    items = value.split(",") if isinstance(value, str) else value
    listed = items if isinstance(items, list) else []
    return [item.strip() for item in listed if isinstance(item, str) and item.strip()]


def check_pydantic_plugin(mypy: TomlTable, source: Source) -> list[Finding]:
    """Return TYP005 when mypy's settings (read from ``source``) do not load pydantic's plugin.

    The caller asks only for a project that declares pydantic.
    """
    if PYDANTIC_PLUGINS & set(plugins(mypy)):
        return []
    message = (
        f'{source.table} does not load pydantic\'s plugin (plugins = ["pydantic.mypy"]), '
        "though the project depends on pydantic"
    )
    return [TYP005.finding(message, path=source.path)]
