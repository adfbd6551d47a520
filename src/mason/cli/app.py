# @file app.py
# @path src/mason/cli/app.py
# @version 0.1.0
"""The ``mason`` command: global options, the command list and the process entry point."""

from collections.abc import Callable, Mapping
from typing import Annotated, ClassVar

import typer

from mason import __version__
from mason.adapters import stop
from mason.cli.boundary import MasonGroup
from mason.cli.command_entry import CommandEntry
from mason.cli.stop_policy import install_for_the_process

# Each loader imports its command's module when that command runs: `mason new` needs copier,
# whose import alone takes most of a second, and `mason audit` should not pay for it.
# ruff: noqa: PLC0415 - these function-local imports are the point of the loaders below


def _new() -> Callable[..., None]:
    from mason.cli.commands.new import new

    return new


def _layouts() -> Callable[..., None]:
    from mason.cli.commands.layouts import layouts

    return layouts


def _upgrade() -> Callable[..., None]:
    from mason.cli.commands.upgrade import upgrade

    return upgrade


def _audit() -> Callable[..., None]:
    from mason.cli.commands.audit import audit

    return audit


def _audit_merge() -> Callable[..., None]:
    from mason.cli.commands.audit_merge import audit_merge

    return audit_merge


def _explain() -> Callable[..., None]:
    from mason.cli.commands.explain import explain

    return explain


def _config() -> Callable[..., None]:
    from mason.cli.commands.config import config

    return config


def _schema() -> Callable[..., None]:
    from mason.cli.commands.schema import schema

    return schema


class RootGroup(MasonGroup):
    """The ``mason`` command group: every subcommand, in the order ``--help`` shows them."""

    entries: ClassVar[Mapping[str, CommandEntry]] = {
        "new": CommandEntry(
            _new,
            "Create a project from a layout; it passes every gate the moment it exists.",
            "Start",
        ),
        "layouts": CommandEntry(
            _layouts, "List the layouts `mason new --layout` renders.", "Start"
        ),
        "upgrade": CommandEntry(
            _upgrade,
            "Bring a project to the current standard without losing a line you wrote.",
            "Start",
        ),
        "audit": CommandEntry(
            _audit, "Check a project against the standard: the CI gate.", "Check"
        ),
        "explain": CommandEntry(
            _explain, "Explain a rule: why it exists, its seed, how to fix it.", "Check"
        ),
        "config": CommandEntry(_config, "Show the effective `[tool.mason]` configuration.", "Help"),
        "schema": CommandEntry(
            _schema, "Print the JSON schema of `[tool.mason]` or of the JSON report.", "Help"
        ),
    }
    nested: ClassVar[Mapping[str, Mapping[str, CommandEntry]]] = {
        "audit": {
            "merge": CommandEntry(
                _audit_merge, "Join the reports of `mason audit --shard I/N` runs.", "Check"
            )
        }
    }


app = typer.Typer(
    name="mason",
    cls=RootGroup,
    help=(
        "Keep every Python repository on one written engineering standard.\n\n"
        "Start a project that passes every gate with **mason new**, hold it there in CI "
        "with **mason audit**, and bring older repositories up to date with "
        "**mason upgrade**."
    ),
    epilog=(
        "Exit codes: 0 passed, 1 a gate failed, 2 bad usage or configuration (nothing written), "
        "3 a check could not run, 130/143/129 stopped by SIGINT/SIGTERM/SIGHUP (rolled back)."
    ),
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:  # noqa: FBT001 - typer passes the flag positionally
    if value:
        typer.echo(f"mason {__version__}")
        raise typer.Exit


@app.callback()
def _root(
    *,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Print mason's version and exit.",
            callback=_print_version,
            is_eager=True,
        ),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug",
            help="Show full tracebacks instead of one-line errors (also: MASON_DEBUG=1).",
        ),
    ] = False,
) -> None:
    """Keep every Python repository on one written engineering standard."""
    del version, debug  # read by their callback and by the error boundary


def main(argv: list[str] | None = None) -> int:
    """Run mason as a program and return its exit code (128 + a signal that stopped it)."""
    install_for_the_process()
    command = typer.main.get_command(app)
    code: int = 0
    try:
        command.main(args=argv, prog_name="mason", standalone_mode=True)
    except SystemExit as exit_:
        status = exit_.code
        code = status if isinstance(status, int) else (0 if status is None else 1)
    asked = stop.requested()
    return asked.exit_code if asked is not None else code
