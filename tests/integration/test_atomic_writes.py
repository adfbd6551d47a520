# @file test_atomic_writes.py
# @path tests/integration/test_atomic_writes.py
# @version 0.1.0
"""A stop at any line of a write leaves the old files or the new ones, and no temporary.

A signal's handler runs between two bytecodes of the main thread, wherever it is. These tests
deliver a real signal (to this process, with a handler that does what mason's does: record the
stop and raise it unless a shielded step runs) at every line that writing a file executes, in
mason's code and in the standard library's, one run per line. CI found the gap they close: a
SIGHUP that came just after ``mkstemp`` made the temporary left a ``..envrc.*.tmp`` in an
adopted project; and on cachetools, a SIGTERM after adoption's writes but before their check
kept the writes unchecked.
"""

import os
import signal
import sys
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from types import FrameType

import pytest

from mason.adapters import stop
from mason.adapters.files import write_all, write_atomic
from mason.domain.interruption import Interrupted
from mason.services.upgrade.adopt import write_checked
from mason.services.upgrade.preconditions import AdoptionScope
from tests.support import commit, git, snapshot_tree, write_tree

type Tracer = Callable[[FrameType, str, object], Tracer | None]


def _raise_stop(signal_number: int, frame: FrameType | None) -> None:
    del frame
    interruption = stop.request(signal_number)
    if interruption is not None:
        raise interruption


@pytest.fixture
def handler(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Handle SIGUSR1 the way mason handles a stopping signal; forget the stop afterwards.

    What an in-process command registered to run on a stop (ending every process below this
    one) is set aside: these stops are the test's own.
    """
    monkeypatch.setattr(stop, "_on_delivery", [])
    previous = signal.signal(signal.SIGUSR1, _raise_stop)
    stop.forget()
    try:
        yield
    finally:
        signal.signal(signal.SIGUSR1, previous)
        stop.forget()


def _lines(
    action: Callable[[], None], *, signal_at: int | None, only: tuple[str, ...] = ("",)
) -> int:
    """Run ``action``, counting the lines it executes; send SIGUSR1 at line ``signal_at``.

    ``only``: count the lines of files whose path ends with one of these (all lines: ``""``).
    """
    count = 0

    def tracer(frame: FrameType, event: str, argument: object) -> Tracer:
        nonlocal count
        del argument
        if event == "line" and frame.f_code.co_filename.endswith(only):
            if count == signal_at:
                os.kill(os.getpid(), signal.SIGUSR1)
            count += 1
        return tracer

    measuring = sys.gettrace()  # coverage's tracer: put back, or nothing after this is measured
    sys.settrace(tracer)
    try:
        action()
    finally:
        sys.settrace(measuring)
    return count


def _every_stop(
    action: Callable[[], None], reset: Callable[[], None], only: tuple[str, ...] = ("",)
) -> Generator[bool]:
    """Stop ``action`` at each of its lines in turn; yield whether that run was stopped."""
    reset()
    total = _lines(action, signal_at=None, only=only)
    assert total > 20  # the count reaches past the function itself
    for line in range(total):
        reset()
        stop.forget()
        try:
            _lines(action, signal_at=line, only=only)
        except Interrupted:
            yield True
        else:
            yield False


@pytest.mark.usefixtures("handler")
def test_a_stop_anywhere_in_a_write_leaves_old_or_new_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / ".envrc"

    def reset() -> None:
        target.write_text("old\n", encoding="utf-8")

    outcomes: set[str] = set()
    for _ in _every_stop(lambda: write_atomic(target, "new\n"), reset):
        assert sorted(path.name for path in tmp_path.iterdir()) == [".envrc"]
        outcomes.add(target.read_text(encoding="utf-8"))
    assert outcomes == {"old\n", "new\n"}


@pytest.mark.usefixtures("handler")
def test_a_stop_anywhere_in_writing_several_files_writes_all_or_none(tmp_path: Path) -> None:
    project = tmp_path / "project"
    before = {"pyproject.toml": "[project]\nname = 'x'\n", "README.md": "# x\n"}
    writes = {"pyproject.toml": "[project]\nname = 'y'\n", "conf/.envrc": "layout uv\n"}

    def reset() -> None:
        for path in sorted(project.rglob("*"), reverse=True) if project.exists() else []:
            path.rmdir() if path.is_dir() else path.unlink()
        write_tree(project, before)

    def action() -> None:
        write_all(project, writes, {})

    outcomes: set[tuple[bool, bool]] = set()
    for was_stopped in _every_stop(action, reset):
        tree = snapshot_tree(project)
        untouched = tree == {name: text.encode() for name, text in before.items()}
        if untouched:
            assert not (project / "conf").exists()
        else:  # the stop came as write_all returned, or after: the caller's rollback is next
            assert tree == {name: text.encode() for name, text in (before | writes).items()}
        outcomes.add((was_stopped, untouched))
    assert (True, True) in outcomes  # a stop during the writes undid them
    assert (False, True) not in outcomes  # a run the signal did not stop wrote every file


@pytest.mark.usefixtures("handler")
def test_a_stop_anywhere_in_adoptions_writes_and_their_check_keeps_neither(
    tmp_path: Path,
) -> None:
    """Every line of adoption's writing and checking, and of the writes themselves.

    (A stop inside git, which the check runs, waits for it: ``test_shielded_steps.py``.)
    """
    project = tmp_path / "legacy"
    before = {"pyproject.toml": "[project]\nname = 'legacy'\n", "README.md": "# legacy\n"}
    writes = {"pyproject.toml": "[project]\nname = 'legacy'\n\n[tool.mypy]\nstrict = true\n"}
    write_tree(project, before)
    git(project, "init", "-q")
    commit(project, "before mason")
    scope = AdoptionScope(project=project, repository=project, workspace=None)

    def reset() -> None:
        write_tree(project, before)

    outcomes: set[tuple[bool, bool]] = set()
    for was_stopped in _every_stop(
        lambda: write_checked(scope, writes, {}),
        reset,
        only=("mason/services/upgrade/adopt.py", "mason/adapters/files.py"),
    ):
        tree = snapshot_tree(project)
        untouched = tree == {name: text.encode() for name, text in before.items()}
        assert untouched or tree == {
            name: text.encode() for name, text in (before | writes).items()
        }
        assert list(project.glob("*.tmp")) == []
        outcomes.add((was_stopped, untouched))
    assert outcomes == {(True, True)}  # wherever it came, the stop undid the writes
