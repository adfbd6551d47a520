# @file errors.py
# @path src/mason/domain/errors.py
# @version 0.1.0
"""The one family of user-facing errors: each becomes a red line, a hint and an exit code.

Violations found by an audit are values (findings), never exceptions. These errors are for
the cases where mason cannot do what was asked: bad input, bad configuration, a tool that
cannot run. Each carries a message that names the thing and a hint that says what to do next.
"""

from typing import ClassVar

from mason.domain.exit_codes import ExitCode


class MasonError(Exception):
    """Base of every error a user may see; never shown with a traceback unless ``--debug``."""

    exit_code: ClassVar[ExitCode] = ExitCode.BAD_INPUT

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        """Store the message (what went wrong) and the hint (what to do about it)."""
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        """Render the message and, when there is one, the hint on its own line."""
        return self.message if self.hint is None else f"{self.message}\n{self.hint}"


class UsageError(MasonError):
    """The command line asks for something impossible (unknown layout, existing destination)."""


class ConfigError(MasonError):
    """A configuration file is missing, malformed or holds unknown keys or wrong types."""


class ProjectError(MasonError):
    """The repository is not in a state mason can work on (not git, dirty tree, no project)."""


class ToolError(MasonError):
    """A tool mason needs is missing, crashed or timed out."""

    exit_code: ClassVar[ExitCode] = ExitCode.COULD_NOT_RUN


class ResourceError(MasonError):
    """The machine cannot give what the run needs (a full disk); nothing half-done was kept."""

    exit_code: ClassVar[ExitCode] = ExitCode.COULD_NOT_RUN
