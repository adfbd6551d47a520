# @file measured.py
# @path src/mason/checks/coverage/measured.py
# @version 0.1.0
"""What the test run measures: the project's own choice when its coverage settings make one.

``pytest --cov`` by hand measures what the project's coverage configuration selects
(``[run] source``, ``source_pkgs`` or ``include``). mason passing ``--cov=<package>`` on top
would change the numbers, and with ``include`` coverage warns that it is ignored: a project
whose ``filterwarnings = error`` turns warnings into errors then cannot run its tests at all
(pluggy). So where the configuration selects, mason measures what it selects; elsewhere, the
package (or the whole tree when there is none).
"""

from mason.checks.config_files import PYPROJECT, coverage_config, ini_table
from mason.domain.toml import TomlTable, table_at
from mason.domain.unit_context import UnitContext

SELECTING = ("source", "source_pkgs", "include")
"""The ``[run]`` settings with which a project says what coverage measures."""


def _text(ctx: UnitContext, name: str) -> str | None:
    text = ctx.text(name) if name in ctx.files else None
    return text if isinstance(text, str) else None


def run_settings(ctx: UnitContext) -> TomlTable:
    """Return coverage's ``[run]`` settings from the file coverage reads them from."""
    name = coverage_config(ctx.files, lambda path: _text(ctx, path), ctx.pyproject)
    if name is None:
        return {}
    if name == PYPROJECT:
        return table_at(ctx.pyproject, "tool", "coverage", "run")
    return ini_table(_text(ctx, name), "run" if name == ".coveragerc" else "coverage:run")


def measured_source(ctx: UnitContext) -> str | None:
    """Return ``--cov``'s source, or None when the project's coverage settings choose it."""
    if any(key in run_settings(ctx) for key in SELECTING):
        return None
    return ctx.facts.package or "."
