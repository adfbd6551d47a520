# @file live_progress.py
# @path src/mason/cli/render/live_progress.py
# @version 0.1.0
"""Live progress on stderr: one line per check, a spinner while it runs, its status when done."""

import threading
import time
from types import TracebackType
from typing import Self

from rich.console import Console
from rich.live import Live
from rich.spinner import Spinner
from rich.table import Table
from rich.text import Text

from mason.cli.render.audit_rich import STATUS_STYLE
from mason.domain.check_result import CheckResult


class LiveProgress:
    """A ``Progress`` for the audit runner that draws on a rich ``Live`` display."""

    def __init__(self, console: Console, checks: tuple[str, ...]) -> None:
        """Prepare a row for each of ``checks``."""
        self._console = console
        self._checks = checks
        self._started: dict[str, float] = {}
        self._done: dict[str, CheckResult] = {}
        self._phase: str | None = None
        self._lock = threading.Lock()
        self._live = Live(self._table(), console=console, transient=True, refresh_per_second=8)

    def _table(self) -> Table:
        table = Table.grid(padding=(0, 2))
        for check in self._checks:
            result = self._done.get(check)
            if result is not None:
                mark = Text(result.status.value, style=STATUS_STYLE[result.status])
                table.add_row(
                    Text(check, style="bold"), mark, Text(f"{result.duration_s:.1f}s", style="dim")
                )
            elif check in self._started:
                elapsed = time.monotonic() - self._started[check]
                table.add_row(
                    Text(check, style="bold"), Spinner("dots"), Text(f"{elapsed:.0f}s", style="dim")
                )
            else:
                table.add_row(Text(check, style="dim"), Text("waiting", style="dim"), Text(""))
        if self._phase is not None:
            table.add_row(Text(self._phase, style="dim"), Spinner("dots"), Text(""))
        return table

    def started(self, check: str) -> None:
        """Show ``check`` as running."""
        with self._lock:
            self._started[check] = time.monotonic()
            self._live.update(self._table())

    def finished(self, result: CheckResult) -> None:
        """Show the result of a finished check."""
        with self._lock:
            self._done[result.name] = result
            self._live.update(self._table())

    def phase(self, text: str) -> None:
        """Show a step beyond the checks (``auditing the merge-base of origin/main``)."""
        with self._lock:
            self._phase = text
            self._live.update(self._table())

    def __enter__(self) -> Self:
        """Start drawing."""
        self._live.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Stop drawing and clear the display."""
        self._live.stop()
