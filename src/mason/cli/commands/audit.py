# @file audit.py
# @path src/mason/cli/commands/audit.py
# @version 0.1.0
"""``mason audit``: the CI gate, with output for people and for machines."""

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from mason.adapters.machine import usable_cores
from mason.checks.builtin import BUILTIN_CHECKS
from mason.cli.completion import complete_check
from mason.cli.console import animates, stderr_console
from mason.cli.emit import FormatOption, OutputOption, emit, report_targets
from mason.cli.outputs import OutputFormat, Target
from mason.cli.render.line_progress import LineProgress
from mason.cli.render.live_progress import LiveProgress
from mason.domain.audit_request import AuditRequest
from mason.domain.errors import MasonError, UsageError
from mason.domain.registry import Registry
from mason.domain.shard import Shard
from mason.services.audit.pipeline import AuditOutcome, planned_checks
from mason.services.audit.pipeline import audit as run_audit
from mason.services.audit.silent_progress import SilentProgress
from mason.services.registry import registry


def _known() -> Registry:
    """Return the registry for ``--help`` (mason's own checks if a plugin is broken)."""
    try:
        return registry()
    except MasonError:
        return Registry(BUILTIN_CHECKS)


def _check_list() -> str:
    """Return the registered checks for ``--help``."""
    return ", ".join(_known().names)


def _where(paths: list[Path], *, files: bool) -> tuple[Path, tuple[Path, ...] | None]:
    """Return the project path and the ``--files`` of the arguments.

    Raises:
        UsageError: more than one path without ``--files``.

    """
    if files:
        return Path(), tuple(paths)
    if len(paths) > 1:
        msg = f"mason audit takes one project path, not {len(paths)}"
        raise UsageError(msg, hint="to check some files of the project, add --files")
    return (paths[0] if paths else Path()), None


SHOWN_CHANGES = 5
"""How many changed files ``--watch`` names before ``and N more``."""


def _run(request: AuditRequest, output_format: OutputFormat) -> AuditOutcome:
    """Run one audit with the progress display its output suits (live, lines or none)."""
    progress_console = stderr_console()
    if output_format is not OutputFormat.RICH:
        return run_audit(request, SilentProgress())
    if animates(progress_console):
        with LiveProgress(progress_console, planned_checks(request)) as progress:
            return run_audit(request, progress)
    return run_audit(request, LineProgress(progress_console, planned_checks(request)))


class _WatchDisplay:
    """Each run of ``--watch`` as ``mason audit`` shows one: progress, report, a status line."""

    def __init__(self, output_format: OutputFormat, targets: list[Target]) -> None:
        self._format = output_format
        self._targets = targets
        self._messages = stderr_console()

    def changed(self, files: Sequence[str]) -> None:
        more = f" and {len(files) - SHOWN_CHANGES} more" if len(files) > SHOWN_CHANGES else ""
        self._messages.rule(f"changed: {', '.join(files[:SHOWN_CHANGES])}{more}", style="dim")

    def run(self, request: AuditRequest) -> AuditOutcome:
        return _run(request, self._format)

    def shown(self, outcome: AuditOutcome) -> None:
        emit(outcome, self._format, self._targets)
        verdict = "passed" if outcome.report.passed else "FAILED"
        self._messages.print(
            f"mason audit --watch: {verdict}; waiting for changes (Ctrl-C stops)", markup=False
        )


def audit(  # noqa: PLR0913 - one parameter per documented option of the command-line contract
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="[PATH | --files FILE...]",
            help="A path inside the project (default: the current directory); with --files, "
            "the files to check.",
            show_default=False,
        ),
    ] = None,
    *,
    files: Annotated[
        bool,
        typer.Option(
            "--files",
            help="The arguments are files (pre-commit passes the staged ones): "
            f"{', '.join(_known().per_file)} look at these only; the type checkers at these and "
            "their importers; the project is the one around the current directory.",
        ),
    ] = False,
    check: Annotated[
        list[str] | None,
        typer.Option(
            "--check",
            "-c",
            help=f"Run only this check (repeatable): {_check_list()}.",
            autocompletion=complete_check,
        ),
    ] = None,
    skip: Annotated[
        list[str] | None,
        typer.Option(
            "--skip",
            "-s",
            metavar="CHECK",
            help="Do not run this check (repeatable).",
            autocompletion=complete_check,
        ),
    ] = None,
    output_format: FormatOption = OutputFormat.RICH,
    output: OutputOption = None,
    fix: Annotated[
        bool, typer.Option("--fix", help="Write or repair file headers in place first.")
    ] = False,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            metavar="FILE",
            help="Fail only on findings not in this baseline file (ratchets apply).",
        ),
    ] = None,
    write_baseline: Annotated[
        bool,
        typer.Option(
            "--write-baseline",
            help="Record the current findings in .mason-baseline.json (or --baseline FILE).",
        ),
    ] = False,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since",
            metavar="REF",
            help="Fail only on findings that are new since the merge-base of REF (the merge-base "
            "is audited in a temporary worktree, from the cache where it can); older findings "
            "are listed as existing.",
        ),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Ignore and do not write .mason_cache/.")
    ] = False,
    watch: Annotated[
        bool,
        typer.Option(
            "--watch",
            help="Audit, then audit again after every save until Ctrl-C: each run re-checks "
            "what the change can reach and reports what a cold audit would.",
        ),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Run this many units at once; beyond 2, the tools' own workers share them "
            "(pytest-xdist, pyright --threads, mypy --num-workers). Default: the cores "
            "this process may use.",
        ),
    ] = None,
    sync: Annotated[
        bool,
        typer.Option("--sync", help="Create or update the project's .venv with uv sync first."),
    ] = False,
    coverage_file: Annotated[
        Path | None,
        typer.Option(
            "--coverage-file",
            metavar="FILE",
            help="Read coverage from this coverage JSON or data file instead of running pytest.",
        ),
    ] = None,
    shard: Annotated[
        str | None,
        typer.Option(
            "--shard",
            metavar="I/N",
            help="Audit slice I of N (one per CI job): the per-file checks and type checkers "
            "take their part of the files, the tests their part of the test files, shard 1 the "
            "rest. `mason audit merge DIR...` joins the slices into one report and exit code.",
        ),
    ] = None,
    shard_dir: Annotated[
        Path | None,
        typer.Option(
            "--shard-dir",
            metavar="DIR",
            help="Where --shard writes its report and test data for the merge "
            "(default: .mason_cache/shards/I-of-N).",
        ),
    ] = None,
) -> None:
    """Check a project against the standard: the CI gate.

    Runs every registered check (`--check` lists them; `mason explain` gives their rules):
    the tools' own (ruff, mypy, pyright, import-linter, pytest with coverage) and mason's.
    Tools run in the project's own .venv, in parallel; results are cached in .mason_cache/ by
    a hash of what each check reads.

    Exit codes: 0 passed, 1 a check failed, 2 bad usage or configuration, 3 a check could not
    run (missing tool, crash, timeout) and none failed. `mason explain RULE` says why a rule
    exists and how to fix it. `mason audit merge DIR...` joins the reports of --shard runs.
    """
    targets = report_targets(output, output_format)  # bad usage fails before any work
    path, focus = _where(paths or [], files=files)
    request = AuditRequest(
        path=path,
        files=focus,
        checks=tuple(check or ()),
        skip=tuple(skip or ()),
        jobs=jobs or usable_cores(),
        use_cache=not no_cache,
        fix=fix,
        sync=sync,
        baseline=baseline,
        write_baseline=write_baseline,
        changed_since=changed_since,
        coverage_file=coverage_file,
        shard=Shard.parse(shard) if shard is not None else None,
        shard_dir=shard_dir,
    )
    if watch:
        if output_format is not OutputFormat.RICH:
            msg = "--watch shows its reports to people: use it without --format"
            raise UsageError(msg, hint="machines read one audit: mason audit --format json")
        # imported here: the file watcher (watchfiles, anyio) loads only for --watch
        from mason.services.audit.watch import watch as watch_audits  # noqa: PLC0415

        watch_audits(request, _WatchDisplay(output_format, targets))
        return
    outcome = _run(request, output_format)
    messages = stderr_console()
    if outcome.fixed:
        messages.print(f"fixed headers in {len(outcome.fixed)} files", markup=False)
    if outcome.baseline_written is not None:
        messages.print(
            f"baseline written: {outcome.baseline_written} findings in {outcome.report.baseline}",
            markup=False,
        )
    emit(outcome, output_format, targets)
    raise typer.Exit(int(outcome.exit_code))
