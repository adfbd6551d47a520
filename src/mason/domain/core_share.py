# @file core_share.py
# @path src/mason/domain/core_share.py
# @version 0.1.0
"""How the cores of a machine are shared among the tools' own parallelism.

On two cores the tools run one process each, side by side (mason's units already use both).
Beyond two, the tools' own workers get the cores: the test run first (it is the critical path
of a cold audit), then pyright and mypy; the small units fill the gaps.
"""

from dataclasses import dataclass

SERIAL_UP_TO = 2
"""Up to this many cores, every tool runs as one process."""


@dataclass(frozen=True, slots=True)
class CoreShare:
    """The workers each tool may start (1: it runs as one process, as it does by default)."""

    tests: int = 1
    """pytest-xdist workers for the test run (used only where the project has pytest-xdist)."""
    pyright: int = 1
    """pyright's ``--threads``."""
    mypy: int = 1
    """mypy's ``--num-workers`` (used only where the installed mypy has it)."""


def share_cores(cores: int) -> CoreShare:
    """Return the share of ``cores``: half (rounded up) to the tests, a quarter to each checker."""
    if cores <= SERIAL_UP_TO:
        return CoreShare()
    checkers = max(1, cores // 4)
    return CoreShare(tests=cores - 2 * checkers, pyright=checkers, mypy=checkers)
