# @file reports.py
# @path src/mason/services/reports.py
# @version 0.1.0
"""Report files for the command line: checked before any work, written as the path asks."""

import errno
from collections.abc import Sequence
from pathlib import Path

from mason.adapters.output_paths import problem, same_file_key, write_output
from mason.domain.errors import UsageError


def check_outputs(paths: Sequence[Path], *, option: str = "--output") -> None:
    """Refuse, before any work, output paths that cannot be written or name one file twice.

    Raises:
        UsageError: naming the path and why.

    """
    seen: dict[Path, Path] = {}
    for path in paths:
        reason = problem(path)
        if reason is not None:
            msg = f"cannot write the report to {path}: {reason} (nothing was run)"
            raise UsageError(msg, hint=f"choose a file path for {option}")
        key = same_file_key(path)
        if key in seen:
            also = "" if seen[key] == path else f" (as {seen[key]})"
            msg = f"{option} {path}: the same file is named twice{also}"
            raise UsageError(msg, hint="give each report its own file")
        seen[key] = path


def write_report(path: Path, text: str) -> None:
    """Write ``text`` to ``path``: replaced in one rename, or streamed to a pipe or device.

    Raises:
        UsageError: the path cannot be written (naming it and why).

    """
    try:
        write_output(path, text)
    except OSError as error:
        msg = f"cannot write the report to {path}: {error.strerror or error}"
        hint = (
            "free some space on that disk, or choose another --output path"
            if error.errno in {errno.ENOSPC, errno.EDQUOT}
            else "choose a writable --output path"
        )
        raise UsageError(msg, hint=hint) from None


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
