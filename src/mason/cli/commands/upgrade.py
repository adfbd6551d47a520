# @file upgrade.py
# @path src/mason/cli/commands/upgrade.py
# @version 0.1.0
"""``mason upgrade``: newer template versions for mason-made projects; adoption for the rest."""

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from mason import __version__
from mason.cli.completion import complete_layout
from mason.cli.console import stderr_console, stdout_console
from mason.cli.render.upgrade_table import next_steps, render_changes
from mason.cli.render.verification import render_verification
from mason.domain.errors import UsageError
from mason.domain.exit_codes import ExitCode
from mason.services.upgrade.template_update import template_status, upgrade_project


class ConflictStyle(StrEnum):
    """How conflicts are left for the user."""

    INLINE = "inline"
    REJ = "rej"


class StatusFormat(StrEnum):
    """How ``--check`` reports."""

    RICH = "rich"
    JSON = "json"


def _check(path: Path, output_format: StatusFormat) -> None:
    """``--check``: report whether the template is behind; exit 1 if it is."""
    status = template_status(path)
    behind = not status.up_to_date
    if output_format is StatusFormat.JSON:
        document = {
            "project": str(status.root),
            "template_version": status.current,
            "newest": status.target,
            "behind": behind,
            "mason_version": __version__,
        }
        typer.echo(json.dumps(document, indent=2))
    elif behind:
        stdout_console().print(
            f"behind: template version {status.current}; mason {__version__} renders "
            f"{status.target}",
            soft_wrap=True,
        )
        stderr_console().print(
            "next: mason upgrade (on a clean working tree; --pretend shows the changes first)"
        )
    else:
        stdout_console().print(f"current: template version {status.current}, the newest")
    if behind:
        raise typer.Exit(int(ExitCode.FAILED))


def upgrade(  # noqa: PLR0913 - one parameter per documented option of the command-line contract
    path: Annotated[
        Path, typer.Argument(help="The project (default: the current directory).")
    ] = Path(),
    *,
    to: Annotated[
        int | None,
        typer.Option(
            "--to", metavar="VERSION", help="Template version to go to. Default: the newest."
        ),
    ] = None,
    pretend: Annotated[
        bool, typer.Option("--pretend", help="Show every change with its diff; write nothing.")
    ] = False,
    adopt: Annotated[
        bool,
        typer.Option(
            "--adopt",
            help="Bring a project mason did not make up to the standard: the nearest project at "
            "or above PATH (a monorepo's or uv workspace's member alone); every edit is tried on "
            "staging copies first and kept only if files outside the project, the built "
            "metadata, the checks that ran and the tests that passed are all as before.",
        ),
    ] = False,
    layout: Annotated[
        str | None,
        typer.Option(
            "--layout",
            "-l",
            help="With --adopt: the layout (default: detected).",
            autocompletion=complete_layout,
        ),
    ] = None,
    tighten: Annotated[
        bool,
        typer.Option(
            "--tighten", help="With --adopt: also raise settings weaker than the standard."
        ),
    ] = False,
    conflict: Annotated[
        ConflictStyle,
        typer.Option("--conflict", help="Leave conflicts as git markers (inline) or .rej files."),
    ] = ConflictStyle.INLINE,
    trust: Annotated[
        bool, typer.Option("--trust", help="Let a template's tasks and migrations run.")
    ] = False,
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Change nothing; exit 1 if the project's template is behind this mason's, "
            "0 if it is current (a CI gate).",
        ),
    ] = False,
    output_format: Annotated[
        StatusFormat,
        typer.Option("--format", "-f", help="With --check: rich (people) or json (scripts)."),
    ] = StatusFormat.RICH,
) -> None:
    """Bring a project to the current standard without losing a line you wrote.

    For a project mason made, render the recorded and the newest template version and merge
    the difference into your files (copier's three-way update): your edits stay, conflicts
    are marked the way git marks them, and any conflict makes the exit code 1. The update is
    tried on a copy first: a file whose update would change the built metadata, stop a check
    from running or fail a test that passed keeps your version, and is named. The project's
    working tree must be clean, so `git diff` shows exactly what changed and `git checkout
    HEAD -- .` in the project undoes it. With --adopt, add the standard to a project mason did
    not make.
    """
    if check:
        if adopt or pretend or to is not None:
            msg = "--check changes nothing, so it does not combine with --adopt, --pretend or --to"
            raise UsageError(msg, hint="run mason upgrade --check alone")
        _check(path, output_format)
        return
    if adopt:
        from mason.cli.commands.adopt import run_adopt  # noqa: PLC0415 - needs copier: only here

        run_adopt(path, layout=layout, pretend=pretend, tighten=tighten)
        return
    result = upgrade_project(path, to=to, pretend=pretend, conflict=conflict.value, trust=trust)
    console = stdout_console()
    if result.up_to_date:
        console.print(f"already at template version {result.target}: nothing to do")
        return
    versions = f"template version {result.current} -> {result.target}"
    if pretend:
        title = f"mason upgrade --pretend ({versions})"
        render_changes(console, title, result.changes, diffs=True)
        console.print("pretend: nothing was written")
        return
    render_changes(console, f"mason upgrade ({versions})", result.changes, diffs=False)
    errors = stderr_console()
    if result.verification is not None:
        render_verification(errors, result.verification)
    for step in next_steps(result.changes, rej=conflict is ConflictStyle.REJ):
        errors.print(f"next: {escape(step)}", soft_wrap=True)
    if result.conflicts:
        raise typer.Exit(int(ExitCode.FAILED))
