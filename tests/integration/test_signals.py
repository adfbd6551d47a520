# @file test_signals.py
# @path tests/integration/test_signals.py
# @version 0.1.0
"""SIGTERM, SIGHUP or SIGINT at any point: the tree as it was or as a run leaves it, no process.

Each test runs the installed ``mason`` the way a CI runner does (a session of its own, default
signal dispositions, a private TMPDIR) and stops it at a point it can see: a staging folder, a
running ``uv lock``, pyright or pytest at work, the first file an upgrade or adoption changed.
"""

import shutil
import signal
import time
from pathlib import Path

import pytest

from mason.adapters.copier_update import render_version
from mason.adapters.template_repo import CACHE_PATH, ensure_template_repo
from tests.integration.test_adopt import SOURCES, TEAM_PYPROJECT
from tests.integration.test_upgrade import ANSWERS
from tests.stopping import EXIT_CODES, Stopper, wait_until
from tests.support import commit, git, run_mason, snapshot_tree, write_tree

pytestmark = pytest.mark.slow

TERM, HUP, INT = signal.SIGTERM, signal.SIGHUP, signal.SIGINT


def _clean_stop(stopper: Stopper, code: int, stderr: str, number: int) -> None:
    """Assert mason exited with the signal's code, ended every program and removed its temps."""
    assert code == EXIT_CODES[number], stderr
    assert f"stopped by {signal.Signals(number).name}" in stderr
    assert stopper.left_behind() == []
    assert list(stopper.tmpdir.iterdir()) == []


@pytest.mark.parametrize(
    ("number", "point"),
    [(TERM, "rendering"), (TERM, "locking"), (HUP, "locking"), (INT, "locking")],
)
def test_new_leaves_no_folder_and_no_process(
    stopper: Stopper, tmp_path: Path, number: int, point: str
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    process = stopper.start(["new", "a/shop", "--layout", "cli", "--defaults"], cwd=work)
    if point == "rendering":
        wait_until(lambda: any((work / "a").glob(".shop.mason-*")), process, point)
    else:
        wait_until(lambda: stopper.running("lock"), process, point)
    code, stderr = stopper.stop(process, number)
    _clean_stop(stopper, code, stderr, number)
    assert list(work.iterdir()) == []  # no project, no staging folder, no parent made for it


def test_a_signal_ignored_at_start_stays_ignored(stopper: Stopper, tmp_path: Path) -> None:
    """``nohup mason new ...`` goes on when the terminal closes, as POSIX programs do."""
    process = stopper.start(
        ["new", "shop", "--layout", "cli", "--defaults", "--no-lock"],
        cwd=tmp_path,
        ignore=(HUP,),
    )
    wait_until(lambda: any(tmp_path.glob(".shop.mason-*")), process, "rendering")
    process.send_signal(HUP)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    assert (tmp_path / "shop" / "pyproject.toml").is_file()


@pytest.mark.parametrize(("number", "tool"), [(TERM, "pyright"), (HUP, "pytest"), (INT, "mypy")])
def test_audit_ends_every_tool_and_removes_its_worktree(
    stopper: Stopper, project: Path, number: int, tool: str
) -> None:
    (project / "NOTES.md").write_text("notes\n", encoding="utf-8")
    commit(project, "notes")
    status = git(project, "status", "--porcelain")
    process = stopper.start(["audit", str(project), "--changed-since", "HEAD~1", "--no-cache"])
    wait_until(lambda: stopper.running(tool), process, f"{tool} running")
    time.sleep(0.3)  # let it start its own workers (pyright's node, pytest's tests)
    code, stderr = stopper.stop(process, number)
    _clean_stop(stopper, code, stderr, number)
    assert git(project, "worktree", "list").count("\n") == 1
    assert git(project, "status", "--porcelain") == status  # the tools' own caches aside
    assert [path for path in project.rglob("*.tmp") if ".venv" not in path.parts] == []


@pytest.fixture
def v1_project(tmp_path: Path) -> Path:
    """Return a committed template-version-1 project with the user's own CHANGELOG lines."""
    ensure_template_repo()
    project = tmp_path / "shop"
    render_version(CACHE_PATH, 1, ANSWERS, project)
    changelog = project / "CHANGELOG.md"
    changelog.write_text(
        changelog.read_text(encoding="utf-8") + "\n- Our first sale.\n- Our second sale.\n",
        encoding="utf-8",
    )
    return _committed(project)


def _committed(project: Path) -> Path:
    git(project, "init", "-q")
    commit(project, "before mason")
    return project


def _completed(project: Path, args: list[str], tmp_path: Path) -> dict[str, bytes]:
    """Return the tree a complete run of ``mason ARGS`` leaves on a copy of ``project``."""
    copy = tmp_path / "reference" / project.name
    shutil.copytree(project, copy, symlinks=True)
    outcome = run_mason([args[0], str(copy), *args[1:]])
    assert outcome.exit_code == 0, outcome.stderr
    return snapshot_tree(copy)


def _stop_at(
    stopper: Stopper, project: Path, args: list[str], number: int, delay: float | None
) -> tuple[int, str]:
    """Run ``mason ARGS`` on ``project``; stop it after ``delay`` s, or at its first change."""
    before = snapshot_tree(project)
    process = stopper.start([args[0], str(project), *args[1:]])
    if delay is None:
        wait_until(lambda: snapshot_tree(project) != before, process, "a first change")
    else:
        time.sleep(delay)
    if process.poll() is not None:
        return process.returncode, process.communicate()[1]
    return stopper.stop(process, number)


def _as_before_or_complete(
    stopper: Stopper,
    project: Path,
    outcome: tuple[int, str],
    number: int,
    states: tuple[dict[str, bytes], dict[str, bytes]],
) -> None:
    code, stderr = outcome
    if code == -number:  # the signal came as Python started or finished: no handler then
        assert list(stopper.tmpdir.iterdir()) == []
    elif code != 0:  # stopped; possibly after the last change, which a complete run also makes
        _clean_stop(stopper, code, stderr, number)
    assert snapshot_tree(project) in states
    assert stopper.left_behind() == []


POINTS = [(TERM, None), (TERM, 1.0), (TERM, 2.0), (TERM, 3.0), (HUP, None), (INT, None)]


@pytest.mark.parametrize(("number", "delay"), POINTS)
def test_upgrade_leaves_the_tree_as_before_or_upgraded(
    stopper: Stopper, v1_project: Path, tmp_path: Path, number: int, delay: float | None
) -> None:
    head = git(v1_project, "rev-parse", "HEAD")
    states = (snapshot_tree(v1_project), _completed(v1_project, ["upgrade"], tmp_path))
    outcome = _stop_at(stopper, v1_project, ["upgrade"], number, delay)
    _as_before_or_complete(stopper, v1_project, outcome, number, states)
    assert git(v1_project, "rev-parse", "HEAD") == head


@pytest.fixture
def legacy(tmp_path: Path) -> Path:
    return _committed(
        write_tree(tmp_path / "legacy", {"pyproject.toml": TEAM_PYPROJECT, **SOURCES})
    )


@pytest.mark.parametrize(("number", "delay"), POINTS)
def test_adoption_leaves_the_tree_as_before_or_adopted(
    stopper: Stopper, legacy: Path, tmp_path: Path, number: int, delay: float | None
) -> None:
    args = ["upgrade", "--adopt"]
    states = (snapshot_tree(legacy), _completed(legacy, args, tmp_path))
    outcome = _stop_at(stopper, legacy, args, number, delay)
    _as_before_or_complete(stopper, legacy, outcome, number, states)
