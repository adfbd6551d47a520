# @file workspace.py
# @path src/mason/adapters/workspace.py
# @version 0.1.0
"""The uv workspace a project may belong to.

A project (the nearest directory with a ``pyproject.toml``, ``setup.py`` or ``setup.cfg``:
``pyproject.nearest_project``, the audit's rule) may be a member of a uv workspace: an
ancestor whose ``pyproject.toml`` has ``[tool.uv.workspace]`` with ``members`` globs matching
it (and no ``exclude`` glob). uv keeps the workspace's environment (``.venv``) and
``uv.lock`` at the workspace root; the member's files stay the member's.
"""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from mason.adapters.pyproject import PYPROJECT
from mason.domain.toml import TomlTable, string_list, table_at


@dataclass(frozen=True, slots=True)
class Workspace:
    """A project and, when it is a uv workspace member, the workspace's root."""

    project: Path
    root: Path | None = None
    """The workspace root, when the project is a member of a uv workspace (not the root)."""

    @property
    def environment_root(self) -> Path:
        """Return where uv keeps the project's ``.venv`` and ``uv.lock``."""
        return self.root or self.project


def _workspace_table(directory: Path) -> TomlTable | None:
    try:
        document: TomlTable = tomllib.loads((directory / PYPROJECT).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    uv = table_at(document, "tool", "uv")
    return table_at(uv, "workspace") if "workspace" in uv else None


def _matched(root: Path, table: TomlTable, key: str) -> set[Path]:
    """Return the directories the ``key`` globs of a workspace table name (uv's own matching)."""
    globs = string_list(table.get(key))
    return {path.resolve() for glob in globs for path in root.glob(glob) if path.is_dir()}


def workspace_of(project: Path) -> Workspace:
    """Return ``project`` and the uv workspace root it is a member of, if any."""
    project = project.resolve()
    for ancestor in project.parents:
        table = _workspace_table(ancestor)
        if table is None:
            continue
        member = project in _matched(ancestor, table, "members") - _matched(
            ancestor, table, "exclude"
        )
        return Workspace(project, ancestor if member else None)
    return Workspace(project)
