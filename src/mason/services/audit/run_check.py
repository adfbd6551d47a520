# @file run_check.py
# @path src/mason/services/audit/run_check.py
# @version 0.1.0
"""Run one check on a repository, optionally against configuration that is not on disk yet.

This is the seam other use cases call instead of the audit's internals: adoption asks whether
the contracts it is about to write hold (``run_check(facts, "layers", Overrides(pyproject=...))``)
before writing anything. The check runs exactly as in ``mason audit``, never cached (the
configuration it judges is hypothetical), and a tool that cannot run is an ``error`` result.
"""

import tempfile
from dataclasses import dataclass
from pathlib import Path

from mason.adapters.cache_store import CacheStore
from mason.adapters.file_listing import list_files
from mason.adapters.pyproject import PYPROJECT, read_pyproject, write_toml
from mason.adapters.tools.environment import environment
from mason.adapters.tools.toolbox import Toolbox
from mason.domain.check_result import CheckResult
from mason.domain.config import parse_mason_config
from mason.domain.errors import UsageError
from mason.domain.project import Project
from mason.domain.project_facts import ProjectFacts
from mason.domain.toml import TomlTable, table_at
from mason.services.audit.context import AuditContext
from mason.services.audit.runner import run_checks
from mason.services.audit.silent_progress import SilentProgress
from mason.services.registry import registry


@dataclass(frozen=True, slots=True)
class Overrides:
    """What to judge instead of what is on disk."""

    pyproject: TomlTable | None = None
    """The ``pyproject.toml`` to judge (tools read it from a scratch copy)."""


def run_check(facts: ProjectFacts, name: str, overrides: Overrides | None = None) -> CheckResult:
    """Return the result of check ``name`` on the repository ``facts`` describe.

    Raises:
        UsageError: there is no check called ``name``.
        ConfigError: the (overridden) ``[tool.mason]`` is invalid.

    """
    known = registry()
    if name not in known.names:
        msg = f"there is no check called {name!r}"
        raise UsageError(msg, hint=f"checks: {', '.join(known.names)}")
    given = overrides or Overrides()
    root = facts.root
    with tempfile.TemporaryDirectory(prefix="mason-check-") as scratch:
        stand_ins: dict[str, Path] = {}
        pyproject = given.pyproject
        if pyproject is None:
            pyproject = read_pyproject(root / PYPROJECT)
        else:
            stand_ins[PYPROJECT] = Path(scratch) / PYPROJECT
            write_toml(stand_ins[PYPROJECT], pyproject)
        config = parse_mason_config(
            table_at(pyproject, "tool", "mason"), root / PYPROJECT, known.settings
        )
        project = Project(
            root=root,
            pyproject_path=stand_ins.get(PYPROJECT, root / PYPROJECT),
            pyproject=pyproject,
            config=config,
        )
        tools = Toolbox(
            root,
            environment(root),
            source_root=facts.source_path,
            excludes=config.exclude,
            timeout=config.timeout,
        )
        files = list_files(root, config.exclude)
        context = AuditContext(
            project, facts, files, tools, CacheStore(root, enabled=False), stand_ins=stand_ins
        )
        [result] = run_checks(
            context, (known.check(name),), known, jobs=1, progress=SilentProgress()
        )
    return result
