# @file project.py
# @path src/mason/services/project.py
# @version 0.1.0
"""Locate a project from any path inside it and load its configuration, once."""

from pathlib import Path

from mason.adapters.pyproject import find_pyproject, read_pyproject
from mason.adapters.uv_workspace import workspace_root
from mason.domain.config import parse_mason_config
from mason.domain.errors import ConfigError
from mason.domain.project import Project
from mason.domain.toml import table_at
from mason.services.registry import registry


def load_project(start: Path) -> Project:
    """Find the nearest ``pyproject.toml`` at or above ``start`` and validate ``[tool.mason]``.

    The tables of checks with settings are validated by the checks' own models (the
    registry's: mason's checks and the plugins installed).

    Raises:
        ConfigError: no pyproject, malformed TOML, an invalid ``[tool.mason]`` table, or a
            plugin that cannot be loaded.

    """
    path = find_pyproject(start)
    document = read_pyproject(path) if path.is_file() else {}
    raw = table_at(document, "tool").get("mason", {})
    if not isinstance(raw, dict):
        msg = f"[tool.mason] in {path} must be a table, not a {type(raw).__name__}"
        raise ConfigError(msg, hint="write it as a [tool.mason] section")
    config = parse_mason_config(raw, path, registry().settings)
    return Project(
        root=path.parent,
        pyproject_path=path,
        pyproject=document,
        config=config,
        workspace_root=workspace_root(path.parent),
    )
