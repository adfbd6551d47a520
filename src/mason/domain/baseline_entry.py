# @file baseline_entry.py
# @path src/mason/domain/baseline_entry.py
# @version 0.1.0
"""One accepted finding in a baseline file."""

from pydantic import BaseModel, ConfigDict


class BaselineEntry(BaseModel):
    """A finding the baseline accepts, known by its fingerprint (the rest is for people)."""

    model_config = ConfigDict(frozen=True)

    fingerprint: str
    check: str
    rule: str
    path: str | None
    message: str
