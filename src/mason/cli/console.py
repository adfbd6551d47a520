# @file console.py
# @path src/mason/cli/console.py
# @version 0.1.0
"""The two rich consoles mason writes to: results on stdout, diagnostics on stderr.

rich decides what the terminal gets, by the conventions users set: ``NO_COLOR`` turns colour
off (and only colour: tables and progress stay), ``FORCE_COLOR`` makes any output a terminal
(colour and tables in CI logs), ``TTY_COMPATIBLE=1``/``0`` says whether the output understands
escape sequences, ``TTY_INTERACTIVE=0`` turns animations off. Output that is none of these and
not a terminal gets plain text. Animations (the live progress) need a real terminal, or
``TTY_INTERACTIVE=1``: a log that ``FORCE_COLOR`` colours gets a line per check instead of
spinner frames.
"""

import os

from rich.console import Console
from rich.theme import Theme

from mason.cli.os_errors import READER_GONE, stdout_error

THEME = Theme(
    {
        "error": "bold red",
        "warning": "yellow",
        "hint": "dim",
        "ok": "green",
        "fail": "bold red",
        "skip": "dim",
        "path": "cyan",
        "rule": "magenta",
    }
)


class MasonConsole(Console):
    """rich's console, except that a reader gone away is a user error, not a silent exit 1."""

    def on_broken_pipe(self) -> None:
        """Raise the error the boundary reports (rich would exit 1 without a word).

        Raises:
            UsageError: stdout's reader went away (exit 2).

        """
        raise stdout_error(READER_GONE)


def _console(*, stderr: bool) -> Console:
    return MasonConsole(stderr=stderr, theme=THEME, highlight=False)


def stdout_console() -> Console:
    """Return a console for results (tables, trees, reports)."""
    return _console(stderr=False)


def stderr_console() -> Console:
    """Return a console for errors, warnings and progress."""
    return _console(stderr=True)


def animates(console: Console) -> bool:
    """Return whether ``console`` may show an animation (a real terminal, or asked for)."""
    asked = os.environ.get("TTY_INTERACTIVE")
    if asked in {"0", "1"}:
        return asked == "1"
    isatty = getattr(console.file, "isatty", None)
    return console.is_interactive and callable(isatty) and bool(isatty())
