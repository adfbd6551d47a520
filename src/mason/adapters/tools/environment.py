# @file environment.py
# @path src/mason/adapters/tools/environment.py
# @version 0.1.0
"""The project's own environment: where its interpreter and tools are, and their versions.

mypy and pyright must see the project's dependencies and pytest must import the project, so
mason runs the project's tools from its ``.venv``. A tool the environment lacks falls back to
mason's own copy (ruff, mypy, pyright and import-linter are mason's dependencies), pointed at
the project's interpreter. A uv workspace member uses the workspace's environment, at the
workspace root (``uv_workspace``).
"""

import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from mason.adapters.uv_workspace import workspace_root
from mason.domain.errors import ToolError

_MASON_BIN = Path(sys.executable).parent
_DIST_INFO = re.compile(r"^(?P<name>[A-Za-z0-9_.]+)-(?P<version>[^-]+)\.dist-info$")


@dataclass(frozen=True, slots=True)
class Environment:
    """The project's virtual environment, if it has one."""

    root: Path
    venv: Path

    @property
    def exists(self) -> bool:
        """Return whether the environment has an interpreter."""
        return self.python.is_file()

    @property
    def bin(self) -> Path:
        """Return the directory of the environment's programs."""
        return self.venv / ("Scripts" if sys.platform == "win32" else "bin")

    @property
    def python(self) -> Path:
        """Return the environment's interpreter."""
        return self.bin / ("python.exe" if sys.platform == "win32" else "python")

    def require(self) -> Path:
        """Return the interpreter.

        Raises:
            ToolError: the project has no environment (with the command that creates one).

        """
        if not self.exists:
            msg = f"the project has no environment at {self.venv}"
            raise ToolError(msg, hint="run `uv sync` in the project, or `mason audit --sync`")
        return self.python

    def program(self, name: str) -> Path | None:
        """Return the project's own copy of program ``name``, if it has one."""
        candidate = self.bin / name
        return candidate if candidate.is_file() else None

    def tool(self, name: str) -> tuple[Path, bool]:
        """Return program ``name`` (the project's, else mason's) and whether it is the project's.

        Raises:
            ToolError: neither the project nor mason has the program.

        """
        own = self.program(name)
        if own is not None:
            return own, True
        fallback = _MASON_BIN / name
        if fallback.is_file():
            return fallback, False
        msg = f"{name} is not installed in the project's environment nor next to mason"
        raise ToolError(msg, hint=f"add {name} to the project's dev dependencies and `uv sync`")

    def versions(self) -> dict[str, str]:
        """Return the installed distributions of the environment (name -> version)."""
        found: dict[str, str] = {}
        unix = sorted(self.venv.glob("lib/python*/site-packages"))
        for site in [*unix, self.venv / "Lib" / "site-packages"]:
            if not site.is_dir():
                continue
            for entry in site.iterdir():
                match = _DIST_INFO.match(entry.name)
                if match:
                    found[match["name"].lower().replace("_", "-")] = match["version"]
        return found


def environment(root: Path) -> Environment:
    """Return the environment of the project at ``root`` (``.venv``, where uv creates it).

    A uv workspace member's environment is the workspace's, at the workspace root.
    """
    return Environment(root=root, venv=(workspace_root(root) or root) / ".venv")


def own_version(distribution: str) -> str:
    """Return the version of one of mason's own dependencies, or ``"?"``."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"
