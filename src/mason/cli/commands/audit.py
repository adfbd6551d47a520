# @file audit.py
# @path src/mason/cli/commands/audit.py
# @version 0.1.0
"""``mason audit``: the CI gate, with output for people and for machines."""

from pathlib import Path
from typing import Annotated

import typer

from mason.adapters.machine import usable_cores
from mason.cli.completion import complete_check
from mason.cli.console import stderr_console
from mason.cli.emit import FormatOption, OutputOption, emit
from mason.cli.outputs import OutputFormat, parse_outputs
from mason.cli.render.live_progress import LiveProgress
from mason.domain.audit_request import AuditRequest
from mason.domain.errors import MasonError, UsageError
from mason.domain.shard import Shard
from mason.services.audit.pipeline import audit as run_audit
from mason.services.audit.pipeline import planned_checks
from mason.services.audit.silent_progress import SilentProgress
from mason.services.registry import registry


def _check_list() -> str:
    """Return the registered checks for ``--help`` (mason's own if a plugin is broken)."""
    try:
        return ", ".join(registry().names)
    except MasonError:
        return "lint, format, typing, layers, headers, coverage, structure, design"


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
            help="The arguments are files (pre-commit passes the staged ones): headers, lint, "
            "format and design look at these only; the project is the one around the current "
            "directory.",
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

    Runs ruff (lint), ruff format, mypy and pyright with strict configuration and escape-hatch
    budget (typing), import-linter contracts (layers), file headers, pytest with coverage gates,
    structure and design rules. Tools run in the project's own .venv, in parallel; results
    are cached in .mason_cache/ by a hash of what each check reads.

    Exit codes: 0 passed, 1 a check failed, 2 bad usage or configuration, 3 a check could not
    run (missing tool, crash, timeout) and none failed. `mason explain RULE` says why a rule
    exists and how to fix it. `mason audit merge DIR...` joins the reports of --shard runs.
    """
    targets = parse_outputs(output or [], output_format)  # bad usage fails before any work
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
    progress_console = stderr_console()
    if output_format is OutputFormat.RICH and progress_console.is_interactive:
        with LiveProgress(progress_console, planned_checks(request)) as progress:
            outcome = run_audit(request, progress)
    else:
        outcome = run_audit(request, SilentProgress())
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
