# @file os_errors.py
# @path src/mason/cli/os_errors.py
# @version 0.1.0
"""What the operating system refused, said as a user error: never "a bug in mason".

A full disk is exit 3 (the machine could not; whatever was in flight was rolled back, so the
same command works once there is room). Output that cannot be delivered (stdout closed, its
pipe's reader gone, a full device) is exit 2, like an ``--output`` that cannot be written. A
path the system refuses (too long, below a file, not permitted) is exit 2, naming the path.
"""

import contextlib
import errno
import os
import stat
import sys

from mason.domain.errors import MasonError, ResourceError, UsageError

READER_GONE = "its reader went away"
FULL = {errno.ENOSPC, errno.EDQUOT}
OUTPUT_GONE = {errno.EPIPE, errno.EBADF, errno.ENOSPC, errno.EDQUOT, errno.EIO}
PATH_PROBLEMS = {
    errno.ENAMETOOLONG: "the name is longer than the file system allows",
    errno.ENOTDIR: "a part of the path is a file, not a directory",
    errno.EEXIST: "it exists",
    errno.EACCES: "permission denied",
    errno.EPERM: "not permitted",
    errno.EROFS: "the file system is read-only",
    errno.ENOENT: "it does not exist",
}


def require_stdout() -> None:
    """Refuse to start when the process started with stdout closed (``mason ... >&-``).

    Raises:
        UsageError: stdout is closed (Python then makes ``sys.stdout`` None).

    """
    if sys.stdout is None:
        msg = "stdout is closed: mason has nowhere to write its output"
        raise UsageError(msg, hint="redirect it instead (`>/dev/null` discards it)")


def _stdout_is_a_device() -> bool:
    """Return whether stdout is a device other than a terminal (``/dev/full``, a tape...).

    A full disk says ENOSPC for the file being written; a device on stdout says it for
    stdout. Such an error without a file name, with stdout on a device, is stdout's.
    """
    try:
        mode = os.fstat(sys.stdout.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISCHR(mode) and not sys.stdout.isatty()


def stdout_error(reason: str) -> UsageError:
    """Return the error for output that cannot be delivered; stdout is silenced for the exit."""
    silence_stdout()
    return UsageError(
        f"cannot write to stdout: {reason}",
        hint="read all of mason's output, or write the report to a file (--output PATH)",
    )


def silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush cannot fail once more."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def user_error(error: OSError) -> MasonError | None:
    """Return the user error ``error`` is, or None when it says nothing a user can act on."""
    stdouts = isinstance(error, BrokenPipeError) or _stdout_is_a_device()
    if error.errno in OUTPUT_GONE and error.filename is None and stdouts:
        reason = READER_GONE if error.errno == errno.EPIPE else error.strerror
        return stdout_error(reason or "an error")
    where = f" ({error.filename})" if error.filename else ""
    if error.errno in FULL:
        return ResourceError(
            f"{error.strerror}{where}: nothing half-written was kept",
            hint="free some space on that disk (`df -h`) and run the command again",
        )
    if error.errno in PATH_PROBLEMS and error.filename:
        return UsageError(
            f"cannot use {error.filename}: {PATH_PROBLEMS[error.errno]} ({error.strerror})",
            hint="choose another path, or fix its permissions",
        )
    return None
