# @file kept_files.py
# @path src/mason/domain/kept_files.py
# @version 0.1.0
"""The files a unit keeps from one audit to the next, to build its next run on.

A test run keeps its coverage data, recorded per test; after a change, the next audit re-runs
only the tests the change can reach and combines their data with the rest of the kept data.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class KeptFiles:
    """Where the unit's last run left its files, what changed since, and where to keep new ones."""

    keep: Path
    """An empty directory for this run's files (the audit keeps it only if the run succeeds)."""
    previous: Path | None = None
    """The directory of the last successful run, when this run may build on it."""
    changed: tuple[str, ...] = ()
    """The subjects whose contents changed since that run (``UnitContext.focus`` adds every file
    that imports them, where the change reaches them)."""
    importers: Mapping[str, tuple[str, ...]] = field(default_factory=dict[str, tuple[str, ...]])
    """For each changed file, every file that imports it, transitively (sorted): a test run
    re-measures a changed module's import lines through one of them."""
