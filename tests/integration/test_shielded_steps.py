# @file test_shielded_steps.py
# @path tests/integration/test_shielded_steps.py
# @version 0.1.0
"""A step that must finish once begun finishes, even when the first stop arrives during it.

A shielded step (removing a temporary worktree, putting a project back with ``git restore``)
runs programs of its own. A stop that arrives meanwhile must wait for the step: it once sent
SIGTERM to every program mason ran at once, the shielded one too, and a restore cut short
leaves the project half put back. When the step is done the stop is raised, and only then are
mason's programs and what libraries started ended.
"""

import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from mason.adapters import process, stop
from mason.cli import stop_policy
from mason.domain.interruption import Interrupted


@pytest.fixture
def handlers() -> Iterator[None]:
    """Install mason's stop handlers in this process for the test; put the old ones back."""
    stop.forget()
    previous = stop_policy.install()
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        stop.forget()


def _signal_soon(number: int, delay: float) -> threading.Timer:
    """Send ``number`` to this process's main thread (as a kill usually lands) after ``delay`` s."""
    main = threading.main_thread().ident
    assert main is not None
    timer = threading.Timer(delay, signal.pthread_kill, args=(main, number))
    timer.start()
    return timer


@pytest.mark.usefixtures("handlers")
def test_a_stop_during_a_shielded_program_lets_it_finish_then_stops(tmp_path: Path) -> None:
    done = tmp_path / "done"
    script = f"import time, pathlib; time.sleep(1.5); pathlib.Path({str(done)!r}).touch()"
    timer = _signal_soon(signal.SIGTERM, 0.5)
    finished = None
    with pytest.raises(Interrupted) as caught, stop.shielded():
        finished = process.run([sys.executable, "-c", script], cwd=tmp_path, timeout=30)
    timer.join()
    assert caught.value.signal_number == signal.SIGTERM
    assert finished is not None
    assert finished.returncode == 0, finished.stderr
    assert done.is_file()


@pytest.mark.usefixtures("handlers")
def test_a_stop_outside_a_shield_ends_the_running_program(tmp_path: Path) -> None:
    """The other side: unshielded, the program is ended at once (the test can fail)."""
    done = tmp_path / "done"
    script = f"import time, pathlib; time.sleep(3); pathlib.Path({str(done)!r}).touch()"
    runner_error: list[BaseException] = []

    def in_a_worker() -> None:
        try:
            process.run([sys.executable, "-c", script], cwd=tmp_path, timeout=30)
        except BaseException as error:  # noqa: BLE001 - the worker reports what ended it
            runner_error.append(error)

    worker = threading.Thread(target=in_a_worker)
    worker.start()
    timer = _signal_soon(signal.SIGTERM, 0.5)
    with pytest.raises(Interrupted):
        worker.join()  # the stop comes out of the wait
    timer.join()
    worker.join()
    assert [type(error) for error in runner_error] == [Interrupted]
    assert not done.exists()
