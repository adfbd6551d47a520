# @file new.py
# @path src/mason/cli/commands/new.py
# @version 0.1.0
"""``mason new``: create a project that passes every gate the moment it exists."""

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.tree import Tree

from mason.cli.completion import complete_layout
from mason.cli.console import stderr_console, stdout_console
from mason.domain.errors import UsageError
from mason.domain.layouts import LAYOUT_NAMES
from mason.domain.new_outcome import NewOutcome
from mason.domain.new_request import NewRequest
from mason.services.scaffold import create, preview


def parse_data(pairs: list[str]) -> dict[str, str]:
    """Turn ``KEY=VALUE`` strings into a mapping.

    Raises:
        UsageError: naming every pair without ``=``.

    """
    bad = [pair for pair in pairs if "=" not in pair or not pair.split("=", 1)[0].strip()]
    if bad:
        msg = f"--data takes KEY=VALUE, not {', '.join(repr(pair) for pair in bad)}"
        raise UsageError(msg, hint="for example: --data license=Apache-2.0")
    return {key.strip(): value for key, value in (pair.split("=", 1) for pair in pairs)}


def new(  # noqa: PLR0913 - one parameter per documented option of the command-line contract
    destination: Annotated[
        Path,
        typer.Argument(
            help="Directory to create; its name is the default project name.",
            show_default=False,
        ),
    ],
    *,
    layout: Annotated[
        str | None,
        typer.Option(
            "--layout",
            "-l",
            help=f"The layout: {', '.join(LAYOUT_NAMES)} (see `mason layouts`). Default: library.",
            show_default=False,
            autocompletion=complete_layout,
        ),
    ] = None,
    name: Annotated[
        str | None,
        typer.Option("--name", "-n", help="Project name. Default: the directory's name."),
    ] = None,
    python: Annotated[
        str | None,
        typer.Option(
            "--python",
            help="Lowest Python the project supports: 3.12, 3.13 or 3.14. Default: this one.",
        ),
    ] = None,
    data: Annotated[
        list[str] | None,
        typer.Option(
            "--data",
            "-d",
            metavar="KEY=VALUE",
            help="Answer a question, e.g. -d license=Apache-2.0 -d author_name='Ada L.' "
            "(repeatable). Questions: project_name, package_name, description, author_name, "
            "author_email, license, python_version, layout.",
        ),
    ] = None,
    defaults: Annotated[
        bool,
        typer.Option(
            "--defaults", help="Never ask: take the default for every unanswered question."
        ),
    ] = False,
    no_lock: Annotated[
        bool, typer.Option("--no-lock", help="Do not run `uv lock` (works offline).")
    ] = False,
    no_git: Annotated[
        bool, typer.Option("--no-git", help="Do not create a git repository and first commit.")
    ] = False,
    pretend: Annotated[
        bool, typer.Option("--pretend", help="Show the files that would be written; write nothing.")
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Allow a non-empty DESTINATION: the template's files are added; a file already "
            "there is kept, not replaced, and listed.",
        ),
    ] = False,
    template: Annotated[
        Path | None,
        typer.Option("--template", help="Render this copier template instead of mason's own."),
    ] = None,
    trust: Annotated[
        bool,
        typer.Option(
            "--trust",
            help="Let a --template run its tasks and migrations (code on this machine).",
        ),
    ] = False,
) -> None:
    """Create a project that passes every gate the moment it exists.

    The project follows one of the documented layouts and comes with its tests, strict typing,
    import-linter contracts, file headers, CI workflow, uv.lock and a first git commit, and
    with this very mason as a dev dependency from where it came from (MASON_INDEX_URL names
    your organisation's index). It is rendered in a staging directory and moved into place only
    when complete, so a failure or Ctrl-C leaves nothing behind. Without a terminal (or with
    --defaults or --data) mason never asks; otherwise it asks for the answers you did not give.

    For example: mason new shop --layout webapp

    Or, offline and without git: mason new tools/fx -l four-layer -d license=MIT --no-lock --no-git
    """
    answers = parse_data(data or [])
    for key, value in (("project_name", name), ("layout", layout), ("python_version", python)):
        if value is not None:
            answers[key] = value
    interactive = sys.stdin.isatty() and not defaults and not data and not pretend
    request = NewRequest(
        destination=destination.expanduser().absolute(),
        data=answers,
        interactive=interactive,
        lock=not no_lock,
        git=not no_git,
        force=force,
        template=template.expanduser().absolute() if template else None,
        trust=trust,
    )
    if pretend:
        _show_preview(request, *preview(request))
        return
    _show_outcome(create(request))


def _show_kept(kept: tuple[str, ...], *, pretend: bool) -> None:
    """List the user's files ``--force`` keeps instead of the template's versions."""
    if not kept:
        return
    verb = "would keep" if pretend else "kept"
    stderr_console().print(
        f"[warning]{verb} yours:[/] {escape(', '.join(kept))} (already in the destination; the "
        "template's versions are not written; `mason upgrade --adopt` brings a project of your "
        "own to the standard)",
        soft_wrap=True,
    )


def _show_preview(request: NewRequest, files: tuple[str, ...], kept: tuple[str, ...]) -> None:
    tree = Tree(f"[bold]{escape(str(request.destination))}[/]")
    branches: dict[tuple[str, ...], Tree] = {(): tree}
    for file in files:
        parts = tuple(file.split("/"))
        for depth in range(1, len(parts)):
            key = parts[:depth]
            if key not in branches:
                branches[key] = branches[key[:-1]].add(f"[bold]{escape(key[-1])}/[/]")
        branches[parts[:-1]].add(escape(parts[-1]))
    console = stdout_console()
    console.print(tree)
    extra: list[str] = []
    if request.lock:
        extra.append("uv.lock (from `uv lock`)")
    if request.git:
        extra.append("a git repository with a first commit")
    also = f", plus {' and '.join(extra)}" if extra else ""
    console.print(f"pretend: {len(files)} files would be written{also}; nothing was written.")
    _show_kept(kept, pretend=True)


def _show_outcome(outcome: NewOutcome) -> None:
    console = stdout_console()
    answers = outcome.answers
    layout = f" ({answers.layout} layout)" if answers else ""
    console.print(
        f"[ok]created[/] {escape(str(outcome.destination))}{layout}: {len(outcome.files)} files"
    )
    if answers is not None:
        console.print(
            f"  python   requires-python >={answers.python_version} (choose with --python)"
        )
    if outcome.mason is not None:
        console.print(
            f"  mason    {escape(outcome.mason.describe())}, a dev dependency", soft_wrap=True
        )
    if outcome.locked:
        console.print("  uv.lock  written by `uv lock`")
    if outcome.commit:
        console.print(f"  git      first commit {outcome.commit}")
    _show_kept(outcome.kept, pretend=False)
    errors = stderr_console()
    for warning in outcome.warnings:
        errors.print(f"[warning]warning:[/] {escape(warning)}", soft_wrap=True)
    gate = " && .venv/bin/mason audit" if outcome.mason is not None else ""
    console.print(
        f"next: cd {escape(str(outcome.destination))} && ./setup.sh{gate}", soft_wrap=True
    )
