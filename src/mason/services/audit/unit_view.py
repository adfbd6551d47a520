# @file unit_view.py
# @path src/mason/services/audit/unit_view.py
# @version 0.1.0
"""The project as one unit sees it: only the files and tables the unit declares.

A unit that reads a file its ``Inputs.files`` do not declare, a fact its ``Inputs.facts`` do not
name, a ``[tool.mason]`` key its ``Inputs.config`` do not name (its own check's table is always
declared) or a table of pyproject.toml outside its ``Inputs.tables`` is a bug: its cache key
would miss a change to it. The view refuses the read, and the runner reports the unit as an
internal error of the check's origin.
"""

import ast
from collections.abc import Sequence
from pathlib import Path

from mason.adapters.tools.toolbox import Toolbox
from mason.domain.check import Check
from mason.domain.config import MasonConfig, section_field
from mason.domain.kept_files import KeptFiles
from mason.domain.patterns import matches
from mason.domain.project_facts import ProjectFacts
from mason.domain.shard import Shard
from mason.domain.toml import TomlTable
from mason.domain.unit import Unit
from mason.domain.unreadable import Unreadable
from mason.services.audit.cache_key import config_read
from mason.services.audit.context import AuditContext, projection
from mason.services.audit.guarded import DeclaredTable, UndeclaredInputError, guarded


class UnitView:
    """The project as one unit sees it: only the files and tables it declares (``UnitContext``)."""

    def __init__(
        self,
        context: AuditContext,
        check: Check,
        unit: Unit,
        focus: Sequence[str] | None = None,
        kept: KeptFiles | None = None,
    ) -> None:
        """Limit ``context`` to the declaration of ``unit`` (and its subjects to ``focus``)."""
        self._context = context
        self._kept = kept
        self._name = f"{check.name}/{unit.name}"
        self._patterns = unit.inputs.files
        self._pyproject = DeclaredTable(
            projection(context.project.pyproject, unit.inputs.tables),
            frozenset(unit.inputs.tables),
            self._name,
        )
        self._facts = guarded(
            context.facts, (*unit.inputs.facts, "root"), unit=self._name, what="the fact"
        )
        keys = [section_field(key) for key in config_read(check, unit)]
        self._config = guarded(
            context.project.config, keys, unit=self._name, what="the [tool.mason] key"
        )
        self._focus = tuple(focus) if focus is not None else None
        self._outside: tuple[frozenset[str], tuple[str, ...]] | None = None
        """A narrowed run of a unit that does not read imports: its focus and its subjects'
        patterns. Its cache key hashes no other subject's bytes (``cache_key.unit_key``), so
        it may read none of them."""
        if self._focus is not None and not unit.reads_imports:
            self._outside = (frozenset(self._focus), unit.subjects)
        self._files = context.files
        self._python_files = context.python_files
        if self._focus is not None:
            chosen, python = set(self._focus), set(context.python_files)
            subjects = context.matching_set(unit.subjects)
            self._files = tuple(
                path for path in context.files if path in chosen or path not in subjects
            )
            self._python_files = tuple(path for path in self._files if path in python)

    @property
    def facts(self) -> ProjectFacts:
        """Return the repository's facts (reading an undeclared one raises)."""
        return self._facts

    @property
    def config(self) -> MasonConfig:
        """Return the ``[tool.mason]`` configuration (reading an undeclared key raises)."""
        return self._config

    @property
    def pyproject(self) -> TomlTable:
        """Return the declared tables of ``pyproject.toml``."""
        return self._pyproject

    @property
    def files(self) -> Sequence[str]:
        """Return every file of the project; with a focus, only its subjects among them."""
        return self._files

    @property
    def python_files(self) -> Sequence[str]:
        """Return the Python source files (of ``files``)."""
        return self._python_files

    @property
    def all_python_files(self) -> Sequence[str]:
        """Return every Python source file, whatever the focus."""
        return self._context.python_files

    @property
    def focus(self) -> Sequence[str] | None:
        """Return the subjects this run judges, when it is narrowed (``None``: all)."""
        return self._focus

    @property
    def kept(self) -> KeptFiles | None:
        """Return where the unit keeps files between audits, if it does."""
        return self._kept

    @property
    def shard(self) -> Shard | None:
        """Return the shard this audit is, if it is one."""
        return self._context.shard

    @property
    def tools(self) -> Toolbox:
        """Return the tools."""
        return self._context.tools

    @property
    def coverage_file(self) -> Path | None:
        """Return ``--coverage-file``, if given."""
        return self._context.coverage_file

    def importers(self, paths: Sequence[str]) -> set[str] | None:
        """Return ``paths`` and every Python file importing one, transitively (or ``None``)."""
        return self._context.dependents(paths)

    def path(self, name: str) -> Path:
        """Return the absolute path of the project file ``name``."""
        return self._context.location(name)

    def _declared(self, path: str) -> None:
        if not matches(path, self._patterns):
            msg = f"{self._name} read {path}, which its Inputs.files do not declare"
            raise UndeclaredInputError(msg)
        outside = self._outside
        if outside is not None and path not in outside[0] and matches(path, outside[1]):
            msg = f"{self._name} read {path}, a subject outside the files it was narrowed to"
            raise UndeclaredInputError(msg)

    def text(self, path: str) -> str | Unreadable:
        """Return the text of the declared file ``path``."""
        self._declared(path)
        return self._context.text(path)

    def tree(self, path: str) -> ast.Module | SyntaxError | None:
        """Return the parsed module at the declared ``path``."""
        self._declared(path)
        return self._context.tree(path)
