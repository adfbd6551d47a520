# @file lazy_group.py
# @path src/mason/cli/lazy_group.py
# @version 0.1.0
"""Load each command's module only when that command runs (click's LazyGroup pattern).

``mason new`` needs copier, whose import alone takes over a second; ``mason audit`` does not.
Importing every command up front would make each of them pay for all the others, so the root
group knows its commands by name and short help, and imports a module when it is invoked.
Listing commands in ``--help`` uses the registered short help and imports nothing.
"""

import difflib
from collections.abc import Mapping
from typing import ClassVar

import typer
from typer.core import TyperCommand, TyperGroup

from mason.cli.command_entry import CommandEntry
from mason.cli.help_display import Parameter, PlainCommand, plain

_HELP_LISTING = "mason.listing-help"
"""Set in a context while its ``--help`` lists the commands (nested ones included)."""


class LazyGroup(TyperGroup):
    """A typer group whose subcommands come from ``entries`` and are imported when resolved.

    ``get_command`` (used to list commands in help) returns a summary-only stand-in;
    ``resolve_command`` (used to run one, or to show its own help) imports the real one.
    """

    entries: ClassVar[Mapping[str, CommandEntry]] = {}
    nested: ClassVar[Mapping[str, Mapping[str, CommandEntry]]] = {}
    """Commands under a command (``mason audit merge``): chosen when the word follows it."""

    def list_commands(self, ctx: typer.Context) -> list[str]:  # type: ignore[override] # typer annotates its vendored click Context; typer.Context is the subclass it passes
        """Return every command name, in registration order.

        While ``--help`` lists them, a nested command follows its parent (``audit merge``
        after ``audit``); shell completion and lookups see only the first words.
        """
        if not ctx.meta.get(_HELP_LISTING):
            return list(self.entries)
        return [
            full
            for name in self.entries
            for full in (name, *(f"{name} {inner}" for inner in self.nested.get(name, {})))
        ]

    def get_command(self, ctx: object, cmd_name: str) -> TyperCommand | None:
        """Return a stand-in for ``cmd_name`` that carries its summary and panel."""
        del ctx
        name, _, inner = cmd_name.partition(" ")
        entry = self.nested.get(name, {}).get(inner) if inner else self.entries.get(name)
        if entry is None:
            return None
        return TyperCommand(name=cmd_name, help=entry.summary, rich_help_panel=entry.panel)

    def get_params(self, ctx: typer.Context) -> list[Parameter]:  # type: ignore[override] # as list_commands; every parameter typer makes is a TyperArgument or TyperOption
        """Return the group's own options (``--version``, ``--help``), shown plainly."""
        return plain(super().get_params(ctx))

    def format_help(self, ctx: typer.Context, formatter: object) -> None:  # type: ignore[override] # as list_commands; the formatter goes to typer unchanged
        """Print the help, listing nested commands under their parents."""
        ctx.meta[_HELP_LISTING] = True
        try:
            super().format_help(ctx, formatter)  # type: ignore[arg-type] # typer's own formatter, passed back
        finally:
            ctx.meta.pop(_HELP_LISTING, None)

    def resolve_command(  # type: ignore[override] # typer annotates its vendored click Context; typer.Context is the subclass it passes
        self,
        ctx: typer.Context,
        args: list[str],
    ) -> tuple[str | None, TyperCommand | None, list[str]]:
        """Import and return the command named by ``args[0]`` (and ``args[1]``, if nested)."""
        name = args[0] if args else ""
        inner = self.nested.get(name, {})
        if len(args) > 1 and args[1] in inner:
            full = f"{name} {args[1]}"
            return full, build_command(full, inner[args[1]]), args[2:]
        entry = self.entries.get(name)
        if entry is None:
            close = difflib.get_close_matches(name, list(self.entries), n=1)
            suggestion = f" Did you mean {close[0]!r}?" if close else ""
            ctx.fail(f"No such command {name!r}.{suggestion}")
        return name, build_command(name, entry), args[1:]


def build_command(name: str, entry: CommandEntry) -> TyperCommand:
    """Import the command ``entry`` loads and build it as ``name`` (its help shown plainly)."""
    function = entry.load()
    single = typer.Typer(add_completion=False, rich_markup_mode="markdown")
    single.command(name=name, cls=PlainCommand, rich_help_panel=entry.panel)(function)
    command = typer.main.get_command(single)
    if not isinstance(
        command, TyperCommand
    ):  # pragma: no cover - typer returns one for one command
        msg = f"the command {name} did not build a single command"
        raise TypeError(msg)
    return command
