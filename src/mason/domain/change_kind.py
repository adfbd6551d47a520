# @file change_kind.py
# @path src/mason/domain/change_kind.py
# @version 0.1.0
"""What an upgrade does (or would do) to one file."""

from enum import StrEnum


class ChangeKind(StrEnum):
    """The classes of the upgrade table, in the order it lists them."""

    CONFLICTED = "conflicted"
    """Changed by you and by the template in the same place: resolve the markers."""
    MERGED = "merged"
    """Changed by you and by the template in different places: both kept."""
    UPDATED = "updated"
    """Changed only by the template: replaced cleanly."""
    CREATED = "created"
    """New in the template (or missing and added by adoption)."""
    DELETED = "deleted"
    """Removed from the template and unchanged by you."""
    UNCHANGED = "unchanged"
    """Nothing to do."""
