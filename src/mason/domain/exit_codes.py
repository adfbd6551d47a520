# @file exit_codes.py
# @path src/mason/domain/exit_codes.py
# @version 0.1.0
"""The exit codes of every mason command (a contract: users' CI scripts rely on them)."""

from enum import IntEnum


class ExitCode(IntEnum):
    """What a mason process's exit status means."""

    OK = 0
    """Everything asked for was done; every check passed."""
    FAILED = 1
    """A gate failed (audit findings, upgrade conflicts)."""
    BAD_INPUT = 2
    """Bad usage, bad input or bad configuration; nothing was written."""
    COULD_NOT_RUN = 3
    """A check or tool could not run (missing, crashed, timed out) and none failed."""
    INTERRUPTED = 130
    """Stopped by SIGINT (Ctrl-C); nothing was left half-written.

    SIGTERM and SIGHUP stop mason the same way, with the shell's codes 143 and 129 (128 + the
    signal's number: ``Interrupted.exit_code``).
    """
