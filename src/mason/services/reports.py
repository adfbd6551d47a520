# @file reports.py
# @path src/mason/services/reports.py
# @version 0.1.0
"""Write a report file for the command line, atomically, with a readable error."""

from pathlib import Path

from mason.adapters.files import write_atomic
from mason.domain.errors import UsageError


def write_report(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` (parents created) in one rename.

    Raises:
        UsageError: the path cannot be written (naming it and why).

    """
    try:
        write_atomic(path, text)
    except OSError as error:
        msg = f"cannot write the report to {path}: {error.strerror}"
        raise UsageError(msg, hint="choose a writable --output path") from None


def append_report(path: Path, text: str) -> None:
    """Append ``text`` to ``path`` (GitHub's step summary is one file every step adds to).

    Raises:
        UsageError: the file cannot be written.

    """
    try:
        with path.open("a", encoding="utf-8") as stream:
            stream.write(text)
    except OSError as error:
        msg = f"cannot append the summary to {path}: {error.strerror}"
        raise UsageError(msg, hint="check $GITHUB_STEP_SUMMARY") from None
