# @file machine.py
# @path src/mason/adapters/machine.py
# @version 0.1.0
"""What the machine lets this process use."""

import os


def usable_cores() -> int:
    """Return the cores this process may run on (its CPU affinity, not the machine's total)."""
    counted = getattr(os, "process_cpu_count", None)  # Python 3.13 and later
    if callable(counted):
        value = counted()
        if isinstance(value, int):
            return max(1, value)
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)
