# @file uv_workspace.py
# @path src/mason/adapters/uv_workspace.py
# @version 0.1.0
"""uv workspaces: a member's environment and lock file live at the workspace's root.

``uv sync`` run in a member creates ``.venv`` and ``uv.lock`` beside the workspace root's
``pyproject.toml`` (the one with ``[tool.uv.workspace]``), not in the member. uv finds that
root by walking up from the member to the nearest ``[tool.uv.workspace]`` whose ``members``
globs match it and whose ``exclude`` globs do not; mason follows the same rule, so the audit of
a member runs its tools from the environment uv made for it.
"""

import tomllib
from pathlib import Path

from mason.domain.toml import TomlValue, table_at


def _globs(value: TomlValue | None) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _matches(root: Path, project: Path, patterns: list[str]) -> bool:
    return any(project == found.resolve() for pattern in patterns for found in root.glob(pattern))


def workspace_root(project_root: Path) -> Path | None:
    """Return the root of the uv workspace whose member ``project_root`` is, if it is one."""
    project = project_root.resolve()
    for candidate in project.parents:
        pyproject = candidate / "pyproject.toml"
        if not pyproject.is_file():
            continue
        try:
            document = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        workspace = table_at(document, "tool", "uv", "workspace")
        if not workspace:
            continue
        members, excluded = _globs(workspace.get("members")), _globs(workspace.get("exclude"))
        member = _matches(candidate, project, members)
        return candidate if member and not _matches(candidate, project, excluded) else None
    return None
