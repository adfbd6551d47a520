# @file new_outcome.py
# @path src/mason/domain/new_outcome.py
# @version 0.1.0
"""What `mason new` did."""

from dataclasses import dataclass
from pathlib import Path

from mason.domain.answers import ProjectAnswers
from mason.domain.mason_source import MasonSource


@dataclass(frozen=True, slots=True)
class NewOutcome:
    """What ``mason new`` did."""

    destination: Path
    files: tuple[str, ...]
    answers: ProjectAnswers | None
    locked: bool
    commit: str | None
    warnings: tuple[str, ...]
    kept: tuple[str, ...] = ()
    """Files of the template the destination already had (``--force``): the user's are kept,
    the template's versions are not written."""
    mason: MasonSource | None = None
    """Where the project installs mason from (its dev dependency), when it was recorded."""
