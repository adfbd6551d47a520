# @file base_ref.py
# @path src/mason/domain/base_ref.py
# @version 0.1.0
"""The commit a ``--changed-since`` audit compared with: the merge-base of the given ref."""

from pydantic import BaseModel, ConfigDict


class BaseRef(BaseModel):
    """The ref the user named, the merge-base it resolved to, and how that base fared."""

    model_config = ConfigDict(frozen=True, use_attribute_docstrings=True)

    ref: str
    commit: str
    """The merge-base of ``ref`` and HEAD (full hash)."""
    checks_compared: tuple[str, ...] = ()
    """Checks whose findings were compared with the base's."""
    note: str | None = None
    """Why some checks could not be compared (the base could not be audited); their findings
    all count as new."""
