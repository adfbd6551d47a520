# @file unit_context.py
# @path src/mason/domain/unit_context.py
# @version 0.1.0
"""What a unit sees of the project: its facts, files, configuration and tools.

The audit gives each unit a view limited to what the unit declares: ``text`` and ``tree``
refuse a file outside the unit's declared ``files`` and ``pyproject`` holds only its declared
tables, so a cache key derived from the declaration covers everything the unit read.
"""

import ast
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Protocol

from mason.domain.config import MasonConfig
from mason.domain.kept_files import KeptFiles
from mason.domain.project_facts import ProjectFacts
from mason.domain.shard import Shard
from mason.domain.toml import TomlTable
from mason.domain.tools import Tools
from mason.domain.unreadable import Unreadable


class UnitContext(Protocol):
    """The facts every unit reads, computed once per audit and shared."""

    @property
    def facts(self) -> ProjectFacts:
        """Return the repository's facts (package, source root, layers, Python floor)."""
        ...

    @property
    def config(self) -> MasonConfig:
        """Return the validated ``[tool.mason]`` configuration."""
        ...

    @property
    def pyproject(self) -> TomlTable:
        """Return the declared tables of ``pyproject.toml`` (only those)."""
        ...

    @property
    def files(self) -> Sequence[str]:
        """Return every file of the project (POSIX, relative), minus ``exclude``."""
        ...

    @property
    def python_files(self) -> Sequence[str]:
        """Return the Python source files among ``files``."""
        ...

    @property
    def all_python_files(self) -> Sequence[str]:
        """Return every Python source file of the project, whatever the focus."""
        ...

    @property
    def focus(self) -> Sequence[str] | None:
        """Return the files ``--files`` named, for a per-file unit; ``None``: the whole project.

        ``files`` and ``python_files`` are already narrowed to them; a unit that runs a tool
        passes them on, so the tool checks only these files.
        """
        ...

    @property
    def kept(self) -> KeptFiles | None:
        """Return where a unit that keeps files keeps them (``None``: it keeps nothing).

        Only a unit that declares ``keeps_files`` gets them, and only when the audit caches.
        """
        ...

    @property
    def shard(self) -> Shard | None:
        """Return the slice of an audit split across CI runners (``--shard``), if it is one.

        The audit gives per-file units their part of the files itself; a unit that runs the
        tests runs its part of the test files and leaves the gates to ``mason audit merge``.
        """
        ...

    @property
    def tools(self) -> Tools:
        """Return the tools the unit may run."""
        ...

    @property
    def coverage_file(self) -> Path | None:
        """Return the coverage file given with ``--coverage-file``, if any."""
        ...

    def importers(self, paths: Sequence[str]) -> AbstractSet[str] | None:
        """Return ``paths`` and every Python file that imports one of them, transitively.

        ``None`` when the project's import graph cannot be built: anything may import them.
        """
        ...

    def path(self, name: str) -> Path:
        """Return the absolute path of the project file ``name``.

        Adoption stands its edited ``pyproject.toml`` in for the one on disk.
        """
        ...

    def text(self, path: str) -> str | Unreadable:
        """Return the UTF-8 text of the declared file ``path`` (or why it cannot be read)."""
        ...

    def tree(self, path: str) -> ast.Module | SyntaxError | None:
        """Return the parsed module at ``path``, its syntax error, or ``None`` if unreadable."""
        ...
