# @file watch.py
# @path src/mason/services/audit/watch.py
# @version 0.1.0
"""``mason audit --watch``: audit, then audit again after every change, until stopped.

Each run is an ordinary audit of the tree as it is, built on the cache the last one left: it
re-checks what the change can reach and reports exactly what a cold audit reports (the
exactness search covers it). A change that lands while an audit runs is not lost: the run
does not cache what moved under it, and the next batch of changes starts the next run.
"""

import threading
from collections.abc import Sequence
from typing import Protocol

from mason.adapters.file_watch import Changes
from mason.domain.audit_request import AuditRequest
from mason.domain.errors import UsageError
from mason.services.audit.pipeline import AuditOutcome
from mason.services.project import load_project


def check_watchable(request: AuditRequest) -> None:
    """Refuse the options an audit that runs again and again cannot honour.

    Raises:
        UsageError: ``--watch`` with ``--changed-since``, ``--write-baseline``, ``--shard``,
            ``--fix`` or ``--files``.

    """
    for given, option in (
        (request.changed_since, "--changed-since"),
        (request.write_baseline or None, "--write-baseline"),
        (request.shard, "--shard"),
        (request.fix or None, "--fix"),
        (request.files, "--files"),
    ):
        if given is not None:
            msg = f"--watch cannot be combined with {option}"
            raise UsageError(msg, hint=f"run {option} in an audit of its own")


class Display(Protocol):
    """What shows a watched audit: the changes that start a run, the run, its outcome."""

    def changed(self, files: Sequence[str]) -> None:
        """Show that ``files`` changed and an audit starts."""
        ...

    def run(self, request: AuditRequest) -> AuditOutcome:
        """Run the audit, showing its progress."""
        ...

    def shown(self, outcome: AuditOutcome) -> None:
        """Show the outcome of a run."""
        ...


def watch(request: AuditRequest, display: Display, stop: threading.Event | None = None) -> None:
    """Audit ``request``'s project now and after every change, showing each outcome.

    Returns when ``stop`` is set; Ctrl-C (or SIGTERM, SIGHUP) ends it like any audit.

    Raises:
        UsageError: an option a watched audit cannot honour.
        ConfigError: the project's configuration is broken.

    """
    check_watchable(request)
    root = load_project(request.path).root
    display.shown(display.run(request))
    for changed in Changes(root).batches(stop or threading.Event()):
        display.changed(changed)
        display.shown(display.run(request))
