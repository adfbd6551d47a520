# @file test_descendants.py
# @path tests/unit/test_descendants.py
# @version 0.1.0
"""The processes below mason: found through /proc and through ps alike, and ended on a stop."""

import os
import subprocess
import sys
import textwrap

from mason.adapters import descendants

_STOPPING = textwrap.dedent(
    """
    import os, subprocess, time
    from mason.adapters.descendants import descendants, end_descendants

    task = subprocess.Popen(["/bin/sh", "-c", "sleep 30 & wait"])  # a copier task's shape
    deadline = time.monotonic() + 10
    while len(descendants(os.getpid())) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    below = descendants(os.getpid())
    print(below[0] == task.pid, len(below), end_descendants(), task.wait(timeout=10))
    """
)


def test_a_task_and_its_own_child_are_found_and_ended() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _STOPPING], capture_output=True, text=True, timeout=60, check=True
    )
    first_is_the_task, found, signalled, status = done.stdout.split()
    assert first_is_the_task == "True"  # children before grandchildren
    assert (found, signalled) == ("2", "2")  # the shell and its sleep, nothing else
    assert status == "-15"  # the shell ended by SIGTERM, not by its sleep finishing


def test_proc_and_ps_list_the_same_parents() -> None:
    from_proc = dict(descendants.parents_from_proc())  # both sources of the table
    from_ps = dict(descendants.parents_from_ps())
    assert from_proc[os.getpid()] == os.getppid()
    assert from_ps[os.getpid()] == os.getppid()
