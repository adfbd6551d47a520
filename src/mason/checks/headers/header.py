# @file header.py
# @path src/mason/checks/headers/header.py
# @version 0.1.0
"""What a file's header says, and where its tag lines are."""

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Header:
    """What a file's header says, and where its tag lines are (0-based line indexes)."""

    tags: Mapping[str, str] = field(default_factory=dict[str, str])
    tag_lines: Mapping[str, int] = field(default_factory=dict[str, int])
    insert_at: int = 0
    """Where new tag lines go: after the last tag, or at the top of the file."""
    has_docstring: bool = False
