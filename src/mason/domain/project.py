# @file project.py
# @path src/mason/domain/project.py
# @version 0.1.0
"""The facts about one project that every command starts from, read once and shared."""

from dataclasses import dataclass
from pathlib import Path

from mason.domain.config import MasonConfig
from mason.domain.toml import TomlTable, table_at


@dataclass(frozen=True, slots=True)
class Project:
    """A Python project on disk: its root, its parsed ``pyproject.toml`` and its mason config."""

    root: Path
    pyproject_path: Path
    pyproject: TomlTable
    config: MasonConfig
    workspace_root: Path | None = None
    """The root of the uv workspace the project is a member of (its environment and lock)."""

    @property
    def name(self) -> str | None:
        """Return ``[project].name``, if the project declares one."""
        value = self.table("project").get("name")
        return value if isinstance(value, str) else None

    @property
    def version(self) -> str | None:
        """Return ``[project].version``, if the project declares a static one."""
        value = self.table("project").get("version")
        return value if isinstance(value, str) else None

    def table(self, *keys: str) -> TomlTable:
        """Return the nested table at ``keys`` (``"tool", "mypy"``), or an empty table."""
        return table_at(self.pyproject, *keys)
