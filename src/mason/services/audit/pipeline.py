# @file pipeline.py
# @path src/mason/services/audit/pipeline.py
# @version 0.1.0
"""``mason audit`` from start to end: load, (sync, fix), run, control, compare, report.

The exit code is the report's, and the report's ``passed`` and every check's status are
computed from its findings: whatever this pipeline filters, suppresses or accepts, the JSON a
CI script reads and the exit code it sees cannot disagree.
"""

import difflib
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mason import __version__
from mason.adapters.cache_store import CacheStore
from mason.adapters.file_listing import list_files
from mason.adapters.files import write_atomic
from mason.adapters.git import repository_path
from mason.adapters.python_finder import find_python
from mason.adapters.tools.environment import environment
from mason.adapters.tools.ruff import rule_list
from mason.adapters.tools.uv import uv
from mason.adapters.uv_workspace import workspace_root
from mason.checks.lint.parse import parse_rule_codes
from mason.checks.tool_output import ToolOutputError
from mason.domain.audit_report import AuditReport
from mason.domain.audit_request import AuditRequest
from mason.domain.check import Check
from mason.domain.check_result import CheckResult
from mason.domain.errors import ConfigError, ToolError, UsageError
from mason.domain.exit_codes import ExitCode
from mason.domain.project import Project
from mason.domain.project_facts import ProjectFacts
from mason.domain.registry import Registry
from mason.services.audit.baseline import (
    BASELINE_FILE,
    accept_all,
    apply_baseline,
    with_fingerprints,
    write_baseline,
)
from mason.services.audit.context import AuditContext
from mason.services.audit.header_fixer import fix_headers
from mason.services.audit.hold_the_line import compare_with_base, resolve_base
from mason.services.audit.progress import Progress
from mason.services.audit.rule_control import rule_control
from mason.services.audit.shard_folder import SHARD_REPORT, shard_directory
from mason.services.audit.silent_progress import SilentProgress
from mason.services.audit.tree_audit import audit_tree, facts_of
from mason.services.project import load_project
from mason.services.registry import registry

SYNC_TIMEOUT = 900
DEFAULT_PYTHON = (3, 12)


@dataclass(frozen=True, slots=True)
class AuditOutcome:
    """The report, plus what the run changed on disk and the source lines of its findings."""

    report: AuditReport
    fixed: tuple[str, ...]
    baseline_written: int | None
    lines: Mapping[str, Mapping[int, str]]

    @property
    def exit_code(self) -> ExitCode:
        """Return the exit code of the audit: the report's, computed from its checks."""
        return self.report.exit_code


def check_names(names: Iterable[str], option: str, known: Registry) -> tuple[str, ...]:
    """Validate check names (from the command line or the configuration).

    Raises:
        UsageError: naming the unknown check and the closest valid one.

    """
    valid: list[str] = []
    for name in names:
        if name not in known.names:
            close = difflib.get_close_matches(name, known.names, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            msg = f"{option} {name}: there is no such check"
            raise UsageError(msg, hint=f"{hint}checks: {', '.join(known.names)}")
        valid.append(name)
    return tuple(valid)


def _configured_checks(project: Project, known: Registry) -> tuple[str, ...]:
    if project.config.checks is None:
        return known.names
    try:
        return check_names(project.config.checks, "[tool.mason].checks:", known)
    except UsageError as error:
        raise ConfigError(error.message, hint=error.hint) from None


def plan(project: Project, request: AuditRequest, known: Registry) -> tuple[Check, ...]:
    """Return the checks to run: ``--check`` (or the configured ones), minus ``--skip``.

    With ``select`` configured, only checks that own a selected rule run.
    """
    chosen = set(request.checks or _configured_checks(project, known))
    if project.config.select:
        chosen &= known.checks_for(project.config.select)
    planned = tuple(
        check for check in known.checks if check.name in chosen and check.name not in request.skip
    )
    if not planned:
        given = [*(f"--check {name}" for name in request.checks)]
        given += [f"--skip {name}" for name in request.skip]
        if project.config.select:
            given.append("[tool.mason].select")
        msg = f"no check is left to run ({' '.join(given) or '[tool.mason].checks'} selects none)"
        raise UsageError(msg, hint=f"checks: {', '.join(known.names)}")
    return planned


def planned_checks(request: AuditRequest) -> tuple[str, ...]:
    """Return the names of the checks ``request`` will run (for progress displays)."""
    known = registry()
    check_names((*request.checks, *request.skip), "--check/--skip", known)
    return tuple(check.name for check in plan(load_project(request.path), request, known))


def _sync(project: Project, facts: ProjectFacts) -> None:
    python = find_python(facts.python_floor or DEFAULT_PYTHON)
    lock_root = workspace_root(project.root) or project.root  # a member's lock is its workspace's
    lock = ["--locked"] if (lock_root / "uv.lock").is_file() else []
    interpreter = ["--python", str(python)] if python else []
    completed = uv(
        "sync", *lock, *interpreter, "--compile-bytecode", "--quiet",
        cwd=project.root, timeout=SYNC_TIMEOUT,
    )  # fmt: skip
    if not completed.ok:
        msg = f"uv sync failed: {completed.tail(4)}"
        raise ToolError(msg, hint="run `uv sync` in the project to see the whole message")


def _source_lines(ctx: AuditContext, results: Iterable[CheckResult]) -> dict[str, dict[int, str]]:
    lines: dict[str, dict[int, str]] = {}
    for result in results:
        for finding in (*result.findings, *result.existing):
            if finding.path and finding.line:
                text = ctx.source_line(finding.path, finding.line)
                if text:
                    lines.setdefault(finding.path, {})[finding.line] = text
    return lines


def audit(request: AuditRequest, progress: Progress) -> AuditOutcome:
    """Run the audit ``request`` describes and return its outcome.

    Raises:
        ConfigError: the configuration, a baseline or a plugin is broken (exit 2).
        UsageError: an unknown check name (exit 2).
        ProjectError: ``--changed-since`` names no commit, or the tree is not in git (exit 2).
        ToolError: ``--sync`` could not create the environment (exit 3).

    """
    start = time.perf_counter()
    project = load_project(request.path)
    shard_dir = shard_directory(project.root, request)
    known = registry()
    check_names((*request.checks, *request.skip), "--check/--skip", known)
    control = rule_control(project.config, known, lambda: _ruff_codes(project.root))
    checks = plan(project, request, known)
    focus = focus_of(project.root, request.files)
    base_at = resolve_base(project.root, request.changed_since) if request.changed_since else None
    env = environment(project.root)
    if request.sync:
        _sync(project, facts_of(project, list_files(project.root, project.config.exclude)))
    fixed: tuple[str, ...] = ()
    if request.fix:
        files = list_files(project.root, project.config.exclude)
        chosen = files if focus is None else [path for path in files if path in focus]
        fixed = tuple(fix_headers(facts_of(project, files), project.config, chosen))
    cache = CacheStore(project.root, enabled=request.use_cache)
    head = audit_tree(
        project, checks, known=known, control=control, env=env, cache=cache,
        jobs=request.jobs, progress=progress, coverage_file=request.coverage_file, focus=focus,
        shard=request.shard, shard_dir=shard_dir,
    )  # fmt: skip
    results, ctx = list(head.results), head.context
    written: int | None = None
    resolved = 0
    baseline_path = request.baseline
    if request.write_baseline:
        baseline_path = baseline_path or project.root / BASELINE_FILE
        written = write_baseline(baseline_path, results, ctx.source_line)
        results = accept_all(results)
    elif baseline_path is not None:
        results, resolved = apply_baseline(baseline_path, results, ctx.source_line)
    base = None
    if base_at is not None:
        progress.phase(f"auditing the merge-base of {base_at.ref} ({base_at.commit[:10]})")

        def audit_base(root: Path) -> tuple[list[CheckResult], Callable[[str, int], str]]:
            tree = audit_tree(
                load_project(root), checks, known=known, control=control, env=env, cache=cache,
                jobs=request.jobs, progress=SilentProgress(), foreign_tree=True, focus=focus,
            )  # fmt: skip
            return list(tree.results), tree.context.source_line

        results, base = compare_with_base(
            project.root, base_at, results, ctx.source_line, audit_base
        )
    results = [with_fingerprints(result, ctx.source_line) for result in results]
    report = AuditReport(
        mason_version=__version__,
        root=str(project.root),
        repository_path=repository_path(project.root),
        duration_s=round(time.perf_counter() - start, 3),
        checks=tuple(results),
        baseline=str(baseline_path) if baseline_path else None,
        resolved=resolved,
        base=base,
        focus=ctx.focus,
        shard=request.shard,
        tree=ctx.tree_digest(*(check.name for check in checks)) if request.shard else None,
    )
    if shard_dir is not None:
        write_atomic(shard_dir / SHARD_REPORT, report.model_dump_json(indent=2))
    return AuditOutcome(report, fixed, written, _source_lines(ctx, results))


def focus_of(root: Path, files: Iterable[Path] | None) -> tuple[str, ...] | None:
    """Return ``--files`` relative to the project ``root`` (POSIX).

    Raises:
        UsageError: no file, or a file that does not exist, is a directory or lies outside
            the project: a selection that selects nothing would pass without checking.

    """
    if files is None:
        return None
    inside: list[str] = []
    for given in files:
        absolute = given if given.is_absolute() else Path.cwd() / given
        where = absolute.parent.resolve() / absolute.name  # a link is named where it lies
        if where.is_dir():
            msg = f"--files {given}: is a directory, not a file"
            raise UsageError(msg, hint="name its files, or audit the whole project without --files")
        if not where.exists() and not where.is_symlink():
            msg = f"--files {given}: no such file"
            raise UsageError(msg, hint="name files that exist (pre-commit passes the staged ones)")
        try:
            relative = where.relative_to(root.resolve())
        except ValueError:
            msg = f"--files {given}: the file is outside the project at {root}"
            hint = (
                "run mason in the file's own project (in a monorepo, give each project's "
                "pre-commit hook `files: ^path/to/project/`)"
            )
            raise UsageError(msg, hint=hint) from None
        inside.append(relative.as_posix())
    if not inside:
        msg = "--files names no file"
        raise UsageError(msg, hint="name the files to check, or audit the project without --files")
    return tuple(dict.fromkeys(inside))


@cache
def _ruff_codes(root: Path) -> frozenset[str]:
    """Return the rule codes of the ruff the project's lint check runs (empty: cannot say)."""
    try:
        program, _ = environment(root).tool("ruff")
        listed = rule_list(program)
        return parse_rule_codes(listed.stdout) if listed.ok else frozenset()
    except (ToolError, ToolOutputError):
        return frozenset()
