# @file boundary.py
# @path src/mason/cli/boundary.py
# @version 0.1.0
"""The one place where errors become what a user sees: a red line, a hint and an exit code.

Every mason command runs inside ``MasonGroup.invoke``. A ``MasonError`` prints its message and
hint on stderr and exits with its documented code; any other exception is a bug in mason and
prints one line asking for a report. ``--debug`` (or ``MASON_DEBUG=1``) re-raises instead, so
the traceback is there when someone needs it. The command runs under the stop policy
(``stop_policy.py``): SIGINT, SIGTERM and SIGHUP roll it back and exit 130, 143 or 129.
"""

import contextlib
import os
import sys

import typer
from rich.markup import escape

from mason.adapters import stop
from mason.cli.console import stderr_console
from mason.cli.lazy_group import LazyGroup
from mason.cli.os_errors import require_stdout, user_error
from mason.cli.stop_policy import stop_policy
from mason.domain.errors import MasonError
from mason.domain.exit_codes import ExitCode
from mason.domain.interruption import Interrupted


def debug_requested(ctx: typer.Context) -> bool:
    """Return whether the user asked for tracebacks (``--debug`` or ``MASON_DEBUG``)."""
    if os.environ.get("MASON_DEBUG", "") not in {"", "0"}:
        return True
    return bool(ctx.params.get("debug", False))


def report_error(error: MasonError) -> None:
    """Print ``error`` as one red line plus its hint on stderr (unless stderr is gone too)."""
    console = stderr_console()
    with contextlib.suppress(OSError):
        console.print(f"[error]error:[/] {escape(error.message)}", soft_wrap=True)
        if error.hint:
            console.print(f"[hint]hint:[/] {escape(error.hint)}", soft_wrap=True)


def report_stop(stop: Interrupted | None) -> None:
    """Say on stderr that mason stopped, and why (the terminal may be gone: then say nothing)."""
    cause = stop.signal_name if stop is not None else "an interrupt"
    with contextlib.suppress(OSError, ValueError):
        stderr_console().print(f"stopped by {cause}: nothing was left half-done", soft_wrap=True)


class MasonGroup(LazyGroup):
    """The root command group; its ``invoke`` is mason's error boundary."""

    def invoke(self, ctx: typer.Context) -> object:  # type: ignore[override] # typer types ctx as its vendored click Context; typer.Context is that class's subclass and is what typer passes
        """Run the command; turn mason's errors into messages, and stops into exit codes."""
        try:
            with stop_policy():
                return self._run(ctx)
        except KeyboardInterrupt:
            asked = stop.requested()
            report_stop(asked)
            code = asked.exit_code if asked is not None else ExitCode.INTERRUPTED
            raise typer.Exit(int(code)) from None

    def _run(self, ctx: typer.Context) -> object:
        try:
            require_stdout()
            result = super().invoke(ctx)
            sys.stdout.flush()  # a full device or a gone reader says so here, not at exit
        except (typer.Exit, typer.Abort, typer.TyperException, KeyboardInterrupt):
            raise  # typer's own signals and usage errors already carry their exit codes
        except Exception as error:
            asked = stop.requested()
            if asked is not None:  # a failure the stop caused (a program it ended, a folder...)
                raise asked from None
            if debug_requested(ctx):
                raise
            shown = user_error(error) if isinstance(error, OSError) else None
            if shown is None and isinstance(error, MasonError):
                shown = error
            if shown is not None:
                report_error(shown)
                raise typer.Exit(int(shown.exit_code)) from None
            report_bug(error)
            raise typer.Exit(int(ExitCode.COULD_NOT_RUN)) from None
        return result


def report_bug(error: Exception) -> None:
    """Print an unexpected exception as one line that asks for a report."""
    console = stderr_console()
    console.print(
        f"[error]error:[/] internal error: {escape(type(error).__name__)}: {escape(str(error))}",
        soft_wrap=True,
    )
    console.print(
        "[hint]hint:[/] this is a bug in mason; rerun with --debug and report the "
        "traceback to mason's maintainers",
        soft_wrap=True,
    )
