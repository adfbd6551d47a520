# @file check_status.py
# @path src/mason/domain/check_status.py
# @version 0.1.0
"""The outcome of one check (a contract: ``--format json`` reports these strings)."""

from enum import StrEnum


class CheckStatus(StrEnum):
    """What happened when a check ran."""

    PASS = "pass"  # noqa: S105 - a status name, not a password
    """No error findings."""
    FAIL = "fail"
    """At least one error finding: the gate fails (exit 1)."""
    ERROR = "error"
    """The check could not run: a tool is missing, crashed or timed out (exit 3)."""
    SKIPPED = "skipped"
    """Not run: excluded by configuration or not applicable to this project."""
