# @file command_entry.py
# @path src/mason/cli/command_entry.py
# @version 0.1.0
"""How the root group knows a command before importing it."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CommandEntry:
    """A command: how to load its function, its one-line help and its help panel.

    ``load`` imports the command's module inside a function, so starting mason costs only the
    commands that run, while mypy, pyright and the import contract still see every import.
    """

    load: Callable[[], Callable[..., None]]
    summary: str
    panel: str
