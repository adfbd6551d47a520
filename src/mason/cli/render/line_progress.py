# @file line_progress.py
# @path src/mason/cli/render/line_progress.py
# @version 0.1.0
"""Progress for logs: one plain line per check as it finishes (name, status, seconds).

Where stderr is not a terminal (a CI log, a pipe, a pre-commit run) a live display would write
spinner frames into the log; this writes what pre-commit writes instead, a line a check, so a
long audit shows where it is.
"""

import threading

from rich.console import Console

from mason.domain.check_result import CheckResult


class LineProgress:
    """A ``Progress`` that prints a line per finished check."""

    def __init__(self, console: Console, checks: tuple[str, ...]) -> None:
        """Print to ``console``; ``checks`` sets the width of the names column."""
        self._console = console
        self._width = max((len(check) for check in checks), default=0)
        self._lock = threading.Lock()

    def started(self, check: str) -> None:
        """Print nothing: a log has no use for a line per start."""
        del check

    def finished(self, result: CheckResult) -> None:
        """Print the check's name, status and seconds."""
        line = f"{result.name:<{self._width}}  {result.status.value:<7}  {result.duration_s:.1f}s"
        with self._lock:
            self._console.print(line, markup=False, highlight=False, soft_wrap=True)

    def phase(self, text: str) -> None:
        """Print a step beyond the checks."""
        with self._lock:
            self._console.print(text, markup=False, highlight=False, soft_wrap=True)
