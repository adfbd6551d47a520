# @file console.py
# @path src/mason/cli/console.py
# @version 0.1.0
"""The two rich consoles mason writes to: results on stdout, diagnostics on stderr.

Colour follows the usual conventions: ``NO_COLOR`` turns it off, ``FORCE_COLOR`` turns it on,
and output that is not a terminal gets plain text.
"""

import os

from rich.console import Console
from rich.theme import Theme

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


def _console(*, stderr: bool) -> Console:
    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(stderr=stderr, theme=THEME, no_color=no_color, highlight=False)


def stdout_console() -> Console:
    """Return a console for results (tables, trees, reports)."""
    return _console(stderr=False)


def stderr_console() -> Console:
    """Return a console for errors, warnings and progress."""
    return _console(stderr=True)
