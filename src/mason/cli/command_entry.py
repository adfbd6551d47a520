# @file command_entry.py
# @path src/mason/cli/command_entry.py
# @version 0.1.0
"""How the root group knows a command before importing it."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CommandEntry:
    """A command: the module that defines it, its one-line help and its help panel."""

    module: str
    summary: str
    panel: str
