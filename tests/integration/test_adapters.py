# @file test_adapters.py
# @path tests/integration/test_adapters.py
# @version 0.1.0
"""The imperative edge on its own: processes, git, staging and interpreter discovery."""

import subprocess
import sys
from pathlib import Path

import pytest

from mason.adapters import git, staging
from mason.adapters.process import find_program, run
from mason.adapters.python_finder import find_python
from mason.domain.errors import ProjectError, ToolError
from tests.support import snapshot_tree, write_tree


def test_run_returns_status_and_output(tmp_path: Path) -> None:
    completed = run(
        [sys.executable, "-c", "import sys; print('out'); sys.exit(3)"], cwd=tmp_path, timeout=30
    )
    assert (completed.returncode, completed.stdout, completed.ok) == (3, "out\n", False)
    assert completed.tail() == "out"


def test_a_missing_program_is_a_tool_error(tmp_path: Path) -> None:
    with pytest.raises(ToolError, match="is not installed") as caught:
        run(["definitely-not-a-program-mason"], cwd=tmp_path, timeout=5)
    assert caught.value.exit_code == 3


def test_a_hanging_program_times_out(tmp_path: Path) -> None:
    with pytest.raises(ToolError, match=r"did not finish within 0\.5 s"):
        run([sys.executable, "-c", "import time; time.sleep(30)"], cwd=tmp_path, timeout=0.5)


def test_find_program_prefers_the_given_directories(tmp_path: Path) -> None:
    fake = tmp_path / "python3"
    fake.write_text("#!/bin/sh\n", encoding="utf-8")
    fake.chmod(0o755)
    assert find_program("python3", search=(tmp_path,)) == fake
    assert find_program("no-such-program-mason") is None


def _repo(root: Path) -> Path:
    write_tree(root, {"a.txt": "a\n"})
    git.init_and_commit(root, "first", fallback_identity=("Test", "test@example.com"))
    return root


def test_git_repository_facts(tmp_path: Path) -> None:
    repo = _repo(tmp_path / "repo")
    assert git.is_repository(repo)
    assert git.repository_root(repo) == repo.resolve()
    assert git.dirty_paths(repo) == ()
    write_tree(repo, {"a.txt": "changed\n", "new/b.txt": "b\n"})
    assert git.dirty_paths(repo) == ("a.txt", "new/b.txt")


def test_merge_base_is_where_the_branch_left_the_ref_not_its_tip(tmp_path: Path) -> None:
    repo = _repo(tmp_path / "repo")
    fork = git.git("rev-parse", "HEAD", cwd=repo).stdout.strip()
    git.git("switch", "--quiet", "-c", "feature", cwd=repo)
    write_tree(repo, {"feature.txt": "mine\n"})
    git.init_and_commit(repo, "feature", fallback_identity=("Test", "test@example.com"))
    git.git("switch", "--quiet", "main", cwd=repo)
    write_tree(repo, {"main-only.txt": "theirs\n"})
    git.init_and_commit(repo, "main moves on", fallback_identity=("Test", "test@example.com"))
    git.git("switch", "--quiet", "feature", cwd=repo)
    assert git.merge_base(repo, "main") == fork


def test_a_worktree_holds_the_commit_and_is_gone_afterwards(tmp_path: Path) -> None:
    repo = _repo(tmp_path / "repo")
    first = git.git("rev-parse", "HEAD", cwd=repo).stdout.strip()
    write_tree(repo, {"a.txt": "second\n"})
    git.init_and_commit(repo, "second", fallback_identity=("Test", "test@example.com"))
    with git.worktree(repo, first) as tree:
        assert (tree / "a.txt").read_text(encoding="utf-8") == "a\n"
        kept = tree
    assert not kept.exists()
    assert len(git.git("worktree", "list", cwd=repo).stdout.splitlines()) == 1
    assert (repo / "a.txt").read_text(encoding="utf-8") == "second\n"


def test_outside_a_repository(tmp_path: Path) -> None:
    assert not git.is_repository(tmp_path)
    with pytest.raises(ProjectError, match="not in a git repository"):
        git.repository_root(tmp_path)


def test_an_unknown_ref_is_a_project_error(tmp_path: Path) -> None:
    repo = _repo(tmp_path / "repo")
    with pytest.raises(ProjectError, match="'nope' is not a commit"):
        git.merge_base(repo, "nope")


def test_a_failing_git_command_is_a_tool_error(tmp_path: Path) -> None:
    with pytest.raises(ToolError, match="git log failed"):
        git.git("log", cwd=tmp_path)


def test_first_commit_works_without_a_configured_identity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "empty-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    repo = _repo(tmp_path / "repo")
    author = subprocess.run(
        ["git", "log", "--format=%an <%ae>"], cwd=repo, capture_output=True, text=True, check=True
    )
    assert author.stdout.strip() == "Test <test@example.com>"


def test_merge_is_all_or_nothing(tmp_path: Path) -> None:
    destination = write_tree(tmp_path / "dest", {"keep.txt": "mine\n", "README.md": "old\n"})
    before = snapshot_tree(destination)
    stage = write_tree(tmp_path / "stage", {"README.md": "new\n", "src/x.py": "x\n", "z": "z\n"})
    (destination / "z").mkdir()  # a directory where the template wants a file: the copy fails
    with pytest.raises(IsADirectoryError):
        staging.merge_into(stage, destination, ["README.md", "src/x.py", "z"])
    (destination / "z").rmdir()
    assert snapshot_tree(destination) == before
    assert not (destination / "src").exists()


def test_merge_writes_every_file(tmp_path: Path) -> None:
    destination = write_tree(tmp_path / "dest", {"keep.txt": "mine\n", "README.md": "old\n"})
    stage = write_tree(tmp_path / "stage", {"README.md": "new\n", "src/x.py": "x\n"})
    staging.merge_into(stage, destination, ["README.md", "src/x.py"])
    assert snapshot_tree(destination) == {
        "README.md": b"new\n",
        "keep.txt": b"mine\n",
        "src/x.py": b"x\n",
    }


def _fill_and_fail(destination: Path) -> None:
    with staging.staging_directory(destination) as stage:
        (stage / "file").write_text("x", encoding="utf-8")
        msg = "interrupted"
        raise RuntimeError(msg)


def test_staging_directory_is_removed_on_failure(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="interrupted"):
        _fill_and_fail(tmp_path / "dest")
    assert list(tmp_path.iterdir()) == []


def test_find_python_returns_the_running_interpreter_when_new_enough() -> None:
    assert find_python((3, 12)) == Path(sys.executable)


def test_find_python_searches_and_can_come_back_empty() -> None:
    assert find_python((3, 99)) is None
    running = (sys.version_info.major, sys.version_info.minor + 1)
    found = find_python(running)
    if found is not None:  # this machine has a newer Python somewhere: it must really be one
        version = subprocess.run(
            [str(found), "-c", f"import sys; print(sys.version_info[:2] >= {running!r})"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert version.stdout.strip() == "True"
