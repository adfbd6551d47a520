# @file boundary.py
# @path src/mason/cli/boundary.py
# @version 0.1.0
"""The one place where errors become what a user sees: a red line, a hint and an exit code.

Every mason command runs inside ``MasonGroup.invoke``. A ``MasonError`` prints its message and
hint on stderr and exits with its documented code; any other exception is a bug in mason and
prints one line asking for a report. ``--debug`` (or ``MASON_DEBUG=1``) re-raises instead, so
the traceback is there when someone needs it.
"""

import os

import typer
from rich.markup import escape

from mason.cli.console import stderr_console
from mason.cli.lazy_group import LazyGroup
from mason.domain.errors import MasonError
from mason.domain.exit_codes import ExitCode


def debug_requested(ctx: typer.Context) -> bool:
    """Return whether the user asked for tracebacks (``--debug`` or ``MASON_DEBUG``)."""
    if os.environ.get("MASON_DEBUG", "") not in {"", "0"}:
        return True
    return bool(ctx.params.get("debug", False))


def report_error(error: MasonError) -> None:
    """Print ``error`` as one red line plus its hint on stderr."""
    console = stderr_console()
    console.print(f"[error]error:[/] {escape(error.message)}", soft_wrap=True)
    if error.hint:
        console.print(f"[hint]hint:[/] {escape(error.hint)}", soft_wrap=True)


class MasonGroup(LazyGroup):
    """The root command group; its ``invoke`` is mason's error boundary."""

    def invoke(self, ctx: typer.Context) -> object:  # type: ignore[override] # typer types ctx as its vendored click Context; typer.Context is that class's subclass and is what typer passes
        """Run the command; turn mason's errors into messages and exit codes."""
        try:
            return super().invoke(ctx)
        except MasonError as error:
            if debug_requested(ctx):
                raise
            report_error(error)
            raise typer.Exit(int(error.exit_code)) from None
        except (typer.Exit, typer.Abort, typer.TyperException, KeyboardInterrupt):
            raise  # typer's own signals and usage errors already carry their exit codes
        except BrokenPipeError:
            raise  # the reader went away (`mason ... | head`); typer exits quietly
        except Exception as error:
            if debug_requested(ctx):
                raise
            console = stderr_console()
            console.print(
                f"[error]error:[/] internal error: {escape(type(error).__name__)}: "
                f"{escape(str(error))}",
                soft_wrap=True,
            )
            console.print(
                "[hint]hint:[/] this is a bug in mason; rerun with --debug and report the "
                "traceback to mason's maintainers",
                soft_wrap=True,
            )
            raise typer.Exit(int(ExitCode.COULD_NOT_RUN)) from None
