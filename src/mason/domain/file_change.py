# @file file_change.py
# @path src/mason/domain/file_change.py
# @version 0.1.0
"""One line of the upgrade table: a file, what happens to it, and the diff a preview shows."""

from dataclasses import dataclass

from mason.domain.change_kind import ChangeKind


@dataclass(frozen=True, slots=True)
class FileChange:
    """What an upgrade does to ``path`` and, for a preview, the unified diff of that change."""

    path: str
    kind: ChangeKind
    diff: str = ""
    note: str = ""
