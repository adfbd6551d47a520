# @file new_request.py
# @path src/mason/domain/new_request.py
# @version 0.1.0
"""What the user asked `mason new` for."""

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class NewRequest:
    """What the user asked ``mason new`` for."""

    destination: Path
    data: Mapping[str, str]
    interactive: bool = False
    lock: bool = True
    git: bool = True
    force: bool = False
    template: Path | None = None
    trust: bool = False
