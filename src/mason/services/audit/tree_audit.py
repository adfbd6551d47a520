# @file tree_audit.py
# @path src/mason/services/audit/tree_audit.py
# @version 0.1.0
"""One audit of one tree: list its files, derive its facts, run the checks, apply rule control.

The audit of the working tree and the audit of a ``--changed-since`` merge-base are both this.
"""

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mason.adapters.cache_store import CacheStore
from mason.adapters.file_listing import Listing, listing
from mason.adapters.pyproject import read_pyproject
from mason.adapters.tools.environment import Environment
from mason.adapters.tools.toolbox import Toolbox
from mason.checks.facts import derive_facts
from mason.domain.check import Check
from mason.domain.check_result import CheckResult
from mason.domain.core_share import share_cores
from mason.domain.errors import MasonError
from mason.domain.project import Project
from mason.domain.project_facts import ProjectFacts
from mason.domain.registry import Registry
from mason.domain.shard import Shard
from mason.services.audit.context import AuditContext
from mason.services.audit.progress import Progress
from mason.services.audit.rule_control import RuleControl, apply_rule_control
from mason.services.audit.runner import run_checks


@dataclass(frozen=True, slots=True)
class TreeAudit:
    """One tree's results after rule control, and how to read its source lines."""

    results: list[CheckResult]
    context: AuditContext


def facts_of(project: Project, files: Sequence[str]) -> ProjectFacts:
    """Return the facts of ``project`` with these ``files``."""
    workspace = project.workspace_root
    relative = os.path.relpath(workspace, project.root) if workspace is not None else None
    return derive_facts(
        project.root,
        project.pyproject,
        project.config,
        files,
        workspace_root=Path(relative).as_posix() if relative is not None else None,
    )


def audit_tree(  # noqa: PLR0913 - one audit of one tree: each option named at the call
    project: Project,
    checks: Sequence[Check],
    *,
    known: Registry,
    control: RuleControl,
    env: Environment,
    cache: CacheStore,
    jobs: int,
    progress: Progress,
    coverage_file: Path | None = None,
    foreign_tree: bool = False,
    focus: Sequence[str] | None = None,
    shard: Shard | None = None,
    shard_dir: Path | None = None,
) -> TreeAudit:
    """Run ``checks`` on the project and apply the rule control to what they find.

    ``focus`` narrows the per-file units to these files (``--files``). ``foreign_tree`` says
    the tree is not the one ``env`` was made for (the merge-base of ``--changed-since``): its
    tests then import its own source root first, and import-linter's graph cache (keyed by
    modification times) is not shared with it.
    """
    listed = listing(project.root, project.config.exclude)
    files = list(listed.files)
    facts = facts_of(project, files)
    shared = cache.enabled and not foreign_tree
    tools = Toolbox(
        project.root,
        env,
        source_root=facts.source_path,
        excludes=project.config.exclude,
        timeout=project.config.timeout,
        cache_dir=cache.directory / "import-linter" if shared else None,
        extra_env={"PYTHONPATH": str(facts.source_path)} if foreign_tree else None,
        share=share_cores(jobs),
    )
    ctx = AuditContext(
        project,
        facts,
        files,
        tools,
        cache,
        coverage_file=coverage_file,
        focus=focus,
        incremental=not foreign_tree,
        shard=shard,
        shard_dir=shard_dir,
        links=listed.links,
    )
    try:
        results = run_checks(ctx, checks, known, jobs=jobs, progress=progress)
    except BaseException:
        ctx.pending.drop_all()
        raise
    settle(ctx, listed)
    return TreeAudit(apply_rule_control(results, control, known, ctx.text), ctx)


def settle(ctx: AuditContext, listed: Listing) -> None:
    """Keep what the units left for the next audit, where their inputs held still.

    The file list and ``pyproject.toml`` are read again: a file added or removed, or settings
    changed, while the tools ran drop every write; a declared file that changed drops the
    writes of the units that declare it.
    """
    project = ctx.project
    again = listing(project.root, project.config.exclude)
    path = project.pyproject_path
    try:
        settings = read_pyproject(path) if path.is_file() else {}
    except MasonError:
        settings = None
    same = again == listed and settings == project.pyproject
    ctx.pending.settle(ctx.held, same_tree=same)
