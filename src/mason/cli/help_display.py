# @file help_display.py
# @path src/mason/cli/help_display.py
# @version 0.1.0
"""How ``--help`` shows options: what a user types, never a Python type.

typer shows a type in every row (``--no-cache <bool>``, which reads as if the flag took a
value, and ``mason audit --no-cache true`` then fails; ``--check <list[str]>``) and spells
choices out in a narrow column that wraps them mid-word (``<rich|json|sar`` / ``if|junit``).
Here a flag shows nothing after its name and any other option one word (``--format FORMAT``,
``--check CHECK``); every command's help text names the choices itself (a test holds each one
to it), the way ruff and git do.
"""

from collections.abc import Iterable

import typer
from typer.core import TyperArgument, TyperCommand, TyperOption

type Parameter = TyperArgument | TyperOption


def _word(param: Parameter) -> str:
    long_names = [name for name in param.opts if name.startswith("--")]
    word = long_names[0].removeprefix("--") if long_names else (param.name or "value")
    return word.replace("-", "_").upper()


def plain(params: Iterable[object]) -> list[Parameter]:
    """Give flags no type, other options and choices one word; return typer's parameters."""
    found = [param for param in params if isinstance(param, TyperArgument | TyperOption)]
    for param in found:
        if param.metavar is not None:
            continue
        if isinstance(param, TyperOption):
            param.metavar = "" if param.is_flag else _word(param)
        elif param.type_descriptor.is_choice:  # an argument's row keeps its name: a choice
            param.metavar = _word(param)  # only needs the usage line to stay one word
    return found


class PlainCommand(TyperCommand):
    """A command whose ``--help`` shows parameters the way they are typed."""

    def get_params(self, ctx: typer.Context) -> list[Parameter]:  # type: ignore[override] # typer annotates its vendored click types; typer.Context is the subclass it passes, and every parameter typer makes is one of these two
        """Return the parameters (the help option included), shown plainly."""
        return plain(super().get_params(ctx))
