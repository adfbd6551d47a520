# @file pipeline.py
# @path src/mason/services/audit/pipeline.py
# @version 0.1.0
"""``mason audit`` from start to end: load, (sync, fix), run, filter, compare, report."""

import difflib
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from mason import __version__
from mason.adapters.file_listing import list_files
from mason.adapters.git import changed_since
from mason.adapters.python_finder import find_python
from mason.adapters.tool_env import environment
from mason.adapters.uv import uv
from mason.domain.audit_report import AuditReport
from mason.domain.audit_request import AuditRequest
from mason.domain.check_result import CheckResult
from mason.domain.config import CHECK_NAMES, CheckName
from mason.domain.errors import ToolError, UsageError
from mason.domain.exit_codes import ExitCode
from mason.domain.project import Project
from mason.services.audit.baseline import BASELINE_FILE, apply_baseline, write_baseline
from mason.services.audit.context import AuditContext
from mason.services.audit.headers_unit import fix_headers
from mason.services.audit.progress import Progress
from mason.services.audit.runner import run_checks
from mason.services.project import load_project

SYNC_TIMEOUT = 900


@dataclass(frozen=True, slots=True)
class AuditOutcome:
    """The report, plus what the run changed on disk and the source lines of its findings."""

    report: AuditReport
    fixed: tuple[str, ...]
    baseline_written: int | None
    lines: Mapping[str, Mapping[int, str]]


def check_names(names: Iterable[str], option: str) -> tuple[CheckName, ...]:
    """Validate check names from the command line.

    Raises:
        UsageError: naming the unknown check and the closest valid one.

    """
    valid: list[CheckName] = []
    for name in names:
        known: list[CheckName] = [check for check in CHECK_NAMES if check == name]
        if not known:
            close = difflib.get_close_matches(name, CHECK_NAMES, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            msg = f"{option} {name}: there is no such check"
            raise UsageError(msg, hint=f"{hint}checks: {', '.join(CHECK_NAMES)}")
        valid.extend(known)
    return tuple(valid)


def selected(project: Project, request: AuditRequest) -> tuple[CheckName, ...]:
    """Return the checks to run: ``--check`` (or the configured ones), minus ``--skip``."""
    chosen = request.checks or project.config.checks
    return tuple(check for check in CHECK_NAMES if check in chosen and check not in request.skip)


def _sync(project: Project) -> None:
    version = project.table("project").get("requires-python")
    minimum = (3, 12)
    if isinstance(version, str) and version.startswith(">="):
        parts = version.removeprefix(">=").strip().split(".")
        if len(parts) >= 2 and parts[0].isdigit() and parts[1].isdigit():  # noqa: PLR2004 - major.minor
            minimum = (int(parts[0]), int(parts[1]))
    python = find_python(minimum)
    lock = ["--locked"] if (project.root / "uv.lock").is_file() else []
    interpreter = ["--python", str(python)] if python else []
    completed = uv(
        "sync",
        *lock,
        *interpreter,
        "--compile-bytecode",
        "--quiet",
        cwd=project.root,
        timeout=SYNC_TIMEOUT,
    )
    if not completed.ok:
        msg = f"uv sync failed: {completed.tail(4)}"
        raise ToolError(msg, hint="run `uv sync` in the project to see the whole message")


def _source_lines(ctx: AuditContext, results: Iterable[CheckResult]) -> dict[str, dict[int, str]]:
    lines: dict[str, dict[int, str]] = {}
    for result in results:
        for finding in result.findings:
            if finding.path and finding.line:
                text = ctx.text(finding.path)
                if isinstance(text, str):
                    rows = text.splitlines()
                    if 0 < finding.line <= len(rows):
                        lines.setdefault(finding.path, {})[finding.line] = rows[finding.line - 1]
    return lines


def _only_changed(results: list[CheckResult], changed: set[str]) -> list[CheckResult]:
    filtered: list[CheckResult] = []
    for result in results:
        kept = tuple(f for f in result.findings if f.path is None or f.path in changed)
        hidden = len(result.findings) - len(kept)
        note = f"; {hidden} findings outside the changed files hidden" if hidden else ""
        filtered.append(
            result.model_copy(update={"findings": kept, "summary": result.summary + note})
        )
    return filtered


def audit(request: AuditRequest, progress: Progress) -> AuditOutcome:
    """Run the audit ``request`` describes and return its report."""
    start = time.perf_counter()
    project = load_project(request.path)
    checks = selected(project, request)
    changed = (
        set(changed_since(project.root, request.changed_since)) if request.changed_since else None
    )
    if request.sync:
        _sync(project)
    env = environment(project.root)
    fixed: tuple[str, ...] = ()
    if request.fix:
        fixer = AuditContext(
            project, list_files(project.root, project.config.exclude), env, request
        )
        fixed = tuple(fix_headers(fixer))
    ctx = AuditContext(project, list_files(project.root, project.config.exclude), env, request)
    results = run_checks(ctx, checks, jobs=request.jobs, progress=progress)
    if changed is not None:
        results = _only_changed(results, changed)

    def source_line(path: str, line: int) -> str:
        text = ctx.text(path)
        rows = text.splitlines() if isinstance(text, str) else []
        return rows[line - 1] if 0 < line <= len(rows) else ""

    written: int | None = None
    resolved = 0
    baseline_path = request.baseline
    if request.write_baseline:
        baseline_path = baseline_path or project.root / BASELINE_FILE
        written = write_baseline(baseline_path, results, source_line)
    elif baseline_path is not None:
        results, resolved = apply_baseline(baseline_path, results, source_line)
    report = AuditReport(
        mason_version=__version__,
        root=str(project.root),
        passed=False,
        duration_s=round(time.perf_counter() - start, 3),
        checks=tuple(results),
        baseline=str(baseline_path) if baseline_path else None,
        resolved=resolved,
    )
    report = report.model_copy(update={"passed": report.exit_code is ExitCode.OK})
    return AuditOutcome(report, fixed, written, _source_lines(ctx, results))
