# @file unreadable.py
# @path src/mason/domain/unreadable.py
# @version 0.1.0
"""Why a file cannot be read as text: a value the checks report, never an exception."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file that cannot be read as UTF-8 text, and why."""

    reason: str
    too_large: bool = False

    def __str__(self) -> str:
        """Return the reason."""
        return self.reason
