# @file test_new_command.py
# @path tests/integration/test_new_command.py
# @version 0.1.0
"""``mason new`` as a user runs it: what it writes, what it refuses, and what it never leaves.

Every refusal is checked three ways: the message names the problem, the exit code is 2, and
the disk is exactly as it was before (nothing half-written).
"""

import contextlib
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest
import yaml

from mason.adapters.template_repo import current_version
from tests.doc_recipes import recipe
from tests.stopping import alive, default_dispositions
from tests.support import MASON, UV, invoke, run_mason, snapshot_tree, write_tree

FAST = ["--defaults", "--no-lock"]
ROOT = Path(__file__).resolve().parents[2]


def test_new_writes_the_project_the_answers_and_a_first_commit(tmp_path: Path) -> None:
    outcome = run_mason(["new", "shop", "--layout", "cli", *FAST], cwd=tmp_path)
    assert outcome.exit_code == 0, outcome.stderr
    project = tmp_path / "shop"
    assert "created" in outcome.stdout
    assert (project / "src" / "shop" / "cli.py").is_file()
    assert os.access(project / "setup.sh", os.X_OK)
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text(encoding="utf-8"))
    assert answers["layout"] == "cli"
    assert answers["project_name"] == "shop"
    assert answers["_commit"] == str(current_version())
    log = subprocess.run(
        ["git", "log", "--format=%s"], cwd=project, capture_output=True, text=True, check=True
    )
    assert log.stdout.strip() == "Create shop (cli layout) with mason new"
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=project, capture_output=True, text=True, check=True
    )
    assert status.stdout == ""
    assert (project.stat().st_mode & 0o777) != 0o700


def test_new_says_what_it_chose_and_the_next_commands_work_as_printed(tmp_path: Path) -> None:
    """A newcomer types what `mason new` prints, on a machine where `mason` is not on PATH."""
    outcome = run_mason(["new", "shop", "--layout", "cli", "--defaults"], cwd=tmp_path)
    assert outcome.exit_code == 0, outcome.stderr
    project = tmp_path / "shop"
    pyproject = (project / "pyproject.toml").read_text(encoding="utf-8")
    # the oldest Python the standard supports, whatever this interpreter is; and it is said
    assert 'requires-python = ">=3.12"' in pyproject
    assert "requires-python >=3.12 (choose with --python)" in outcome.stdout
    # the mason that made the project is its dev dependency, from where this mason came from
    assert "mason    the directory" in outcome.stdout
    assert "only this machine has" in outcome.stderr
    next_line = outcome.stdout.strip().splitlines()[-1]
    assert next_line == f"next: cd {project} && ./setup.sh && .venv/bin/mason audit"
    commands = next_line.removeprefix(f"next: cd {project} && ")
    mason_bin = str(MASON.parent)
    path = os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep) if p != mason_bin)
    env = {**os.environ, "PATH": f"{UV[0].rsplit('/', 1)[0]}{os.pathsep}{path}"}
    env = {k: v for k, v in env.items() if k != "VIRTUAL_ENV"}
    ran = subprocess.run(
        ["bash", "-c", commands],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "mason audit: passed" in ran.stdout
    assert "\x1b[" not in ran.stdout + ran.stderr  # not a terminal: no colour codes
    for doc in ("README.md", "docs/development.md", "m2m/README.md"):
        text = (project / doc).read_text(encoding="utf-8")
        assert ".venv/bin/mason audit" in text
        assert " `mason audit" not in text, doc  # `mason audit` alone: not on PATH (exit 127)


def test_no_git_means_no_repository(tmp_path: Path) -> None:
    outcome = run_mason(["new", "plain", "--no-git", *FAST], cwd=tmp_path)
    assert outcome.exit_code == 0, outcome.stderr
    assert not (tmp_path / "plain" / ".git").exists()
    assert (tmp_path / "plain" / "src" / "plain" / "slug.py").is_file()


def test_answers_come_from_flags_and_data(tmp_path: Path) -> None:
    outcome = run_mason(
        [
            "new",
            "dir",
            "--name",
            "Fancy-Name",
            "--python",
            "3.13",
            "-d",
            "license=Apache-2.0",
            "-d",
            "description=Prices things",
            "--no-git",
            *FAST,
        ],
        cwd=tmp_path,
    )
    assert outcome.exit_code == 0, outcome.stderr
    pyproject = (tmp_path / "dir" / "pyproject.toml").read_text(encoding="utf-8")
    assert 'name = "Fancy-Name"' in pyproject
    assert 'requires-python = ">=3.13"' in pyproject
    assert 'license = "Apache-2.0"' in pyproject
    assert 'description = "Prices things"' in pyproject
    assert (tmp_path / "dir" / "src" / "fancy_name").is_dir()
    assert "Apache License" in (tmp_path / "dir" / "LICENSE").read_text(encoding="utf-8")


def test_invalid_answers_are_all_reported_and_nothing_is_written(tmp_path: Path) -> None:
    outcome = run_mason(
        ["new", "deep/er/x", "--name", "-bad-", "--layout", "webap", *FAST], cwd=tmp_path
    )
    assert outcome.exit_code == 2
    assert "2 answers are invalid" in outcome.stderr
    assert "project_name = '-bad-'" in outcome.stderr
    assert "did you mean 'webapp'?" in outcome.stderr
    assert "Traceback" not in outcome.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_non_empty_destination_is_refused_untouched(tmp_path: Path) -> None:
    write_tree(tmp_path / "busy", {"notes.txt": "mine\n", "README.md": "my readme\n"})
    before = snapshot_tree(tmp_path)
    outcome = run_mason(["new", "busy", *FAST], cwd=tmp_path)
    assert outcome.exit_code == 2
    assert "busy exists and is not empty" in outcome.stderr
    assert "--force" in outcome.stderr
    assert snapshot_tree(tmp_path) == before


def test_a_file_as_destination_is_refused(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    outcome = run_mason(["new", "taken", *FAST], cwd=tmp_path)
    assert outcome.exit_code == 2
    assert "is not a directory" in outcome.stderr


def test_force_writes_only_the_template_files_and_keeps_the_users(tmp_path: Path) -> None:
    """Reproduction (issue 17, defect 6): README.md and pyproject.toml were silently replaced."""
    mine = {"notes.txt": "mine\n", "README.md": "my readme\n", "pyproject.toml": "# mine\n"}
    write_tree(tmp_path / "busy", mine)
    pretend = run_mason(["new", "busy", "--force", "--pretend", *FAST], cwd=tmp_path)
    assert pretend.exit_code == 0, pretend.stderr
    assert "would keep yours: README.md, pyproject.toml" in " ".join(pretend.stderr.split())
    outcome = run_mason(["new", "busy", "--force", *FAST], cwd=tmp_path)
    assert outcome.exit_code == 0, outcome.stderr
    assert "kept yours: README.md, pyproject.toml" in " ".join(outcome.stderr.split())
    busy = tmp_path / "busy"
    for name, content in mine.items():
        assert (busy / name).read_text(encoding="utf-8") == content, name
    assert (busy / "src" / "busy").is_dir()
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=busy, capture_output=True, text=True, check=True
    )
    # committed: the template's files; the user's three are theirs to commit
    assert sorted(status.stdout.splitlines()) == [
        "?? README.md",
        "?? notes.txt",
        "?? pyproject.toml",
    ]


def test_force_into_a_repository_leaves_committing_to_the_user(tmp_path: Path) -> None:
    busy = write_tree(tmp_path / "repo", {"notes.txt": "mine\n"})
    subprocess.run(["git", "init", "-q"], cwd=busy, check=True)
    outcome = run_mason(["new", "repo", "--force", *FAST], cwd=tmp_path)
    assert outcome.exit_code == 0, outcome.stderr
    assert "already a git repository" in outcome.stderr
    log = subprocess.run(["git", "log"], cwd=busy, capture_output=True, text=True, check=False)
    assert log.returncode != 0  # still no commits


def test_pretend_shows_the_tree_and_writes_nothing(tmp_path: Path) -> None:
    outcome = run_mason(["new", "nested/shop", "--layout", "webapp", "--pretend"], cwd=tmp_path)
    assert outcome.exit_code == 0, outcome.stderr
    assert "main.py" in outcome.stdout
    assert "item_service.py" in outcome.stdout
    assert "nothing was written" in outcome.stdout
    assert list(tmp_path.iterdir()) == []


def test_pretend_still_refuses_a_non_empty_destination(tmp_path: Path) -> None:
    write_tree(tmp_path / "busy", {"a.txt": "a"})
    outcome = run_mason(["new", "busy", "--pretend"], cwd=tmp_path)
    assert outcome.exit_code == 2


def test_malformed_data_is_a_usage_error() -> None:
    outcome = invoke(["new", "x", "--data", "license", "--data", "=x", "--no-lock"])
    assert outcome.exit_code == 2
    assert "--data takes KEY=VALUE, not 'license', '=x'" in outcome.stderr


def _template(root: Path, tasks: str = "", extra: dict[str, str] | None = None) -> Path:
    files = {
        "copier.yml": f"{tasks}name:\n  type: str\n  default: thing\n",
        "{{ name }}.txt.jinja": "made by {{ name }}\n",
        **(extra or {}),
    }
    return write_tree(root, files)


def test_a_template_with_tasks_needs_trust(tmp_path: Path) -> None:
    template = _template(tmp_path / "tpl", tasks="_tasks:\n  - touch ran.txt\n")
    outcome = run_mason(["new", "out", "--template", str(template), *FAST], cwd=tmp_path)
    assert outcome.exit_code == 2
    assert "runs code on this machine" in outcome.stderr
    assert "--trust" in outcome.stderr
    assert not (tmp_path / "out").exists()


def test_a_trusted_template_runs_its_tasks(tmp_path: Path) -> None:
    template = _template(tmp_path / "tpl", tasks="_tasks:\n  - touch ran.txt\n")
    outcome = run_mason(
        ["new", "out", "--template", str(template), "--trust", "--no-git", *FAST], cwd=tmp_path
    )
    assert outcome.exit_code == 0, outcome.stderr
    assert (tmp_path / "out" / "thing.txt").read_text(encoding="utf-8") == "made by thing\n"
    assert (tmp_path / "out" / "ran.txt").exists()


def test_a_missing_template_is_a_clear_error(tmp_path: Path) -> None:
    outcome = run_mason(["new", "out", "--template", "nowhere", *FAST], cwd=tmp_path)
    assert outcome.exit_code == 2
    assert "no template at" in outcome.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_a_failed_lock_is_a_warning_and_the_project_is_kept(tmp_path: Path) -> None:
    pyproject = (
        '[project]\nname = "broken"\nversion = "0"\nrequires-python = ">=3.12"\n'
        'dependencies = ["no-such-package-mason-test-zzz==9.9.9"]\n'
    )
    template = _template(tmp_path / "tpl", extra={"pyproject.toml": pyproject})
    outcome = run_mason(
        ["new", "out", "--template", str(template), "--defaults", "--no-git"], cwd=tmp_path
    )
    assert outcome.exit_code == 0, outcome.stderr
    assert "warning: not locked" in outcome.stderr
    assert "uv lock" in outcome.stderr
    assert (tmp_path / "out" / "pyproject.toml").is_file()
    assert not (tmp_path / "out" / "uv.lock").exists()


def test_ctrl_c_during_creation_leaves_nothing_behind(tmp_path: Path) -> None:
    """Nothing on disk, and no process: the template task's own child ends with mason."""
    task_pid = tmp_path / "task.pid"
    template = _template(
        tmp_path / "tpl", tasks=f"_tasks:\n  - 'sleep 30 & echo $! > {task_pid}; wait'\n"
    )
    workdir = tmp_path / "work"
    workdir.mkdir()
    process = subprocess.Popen(
        [str(MASON), "new", "a/b/out", "--template", str(template), "--trust", *FAST],
        cwd=workdir,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_dispositions,  # noqa: PLW1509 - sets signal dispositions only
    )
    deadline = time.monotonic() + 60
    while not any((workdir / "a" / "b").glob(".out.mason-*")):
        assert time.monotonic() < deadline, "mason never started rendering"
        assert process.poll() is None, process.communicate()
        time.sleep(0.05)
    while not task_pid.is_file() or not task_pid.read_text(encoding="utf-8").strip():
        assert time.monotonic() < deadline, "the template's task never started"
        assert process.poll() is None, process.communicate()
        time.sleep(0.05)
    sleeper = int(task_pid.read_text(encoding="utf-8"))
    try:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=60)
        gone = time.monotonic() + 10
        while alive(sleeper) and time.monotonic() < gone:
            time.sleep(0.05)
        assert not alive(sleeper), "the task's child outlived mason"
    finally:  # a failing test leaves no process behind to fail another
        with contextlib.suppress(ProcessLookupError):
            os.kill(sleeper, signal.SIGKILL)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert list(workdir.iterdir()) == []  # no destination, no staging, no parents


def test_the_reports_the_docs_tell_ci_to_write_are_ignored(tmp_path: Path) -> None:
    outcome = run_mason(["new", "shop", *FAST], cwd=tmp_path)
    assert outcome.exit_code == 0, outcome.stderr
    docs = "".join(
        path.read_text(encoding="utf-8") for path in (ROOT / "README.md", ROOT / "docs" / "ci.md")
    )
    reports = set(re.findall(r"--output [a-z]+=([\w./-]+)", docs))
    sharded = yaml.safe_load(recipe("sharded-workflow"))["jobs"]
    directories = {
        step["with"]["path"]
        for job in sharded.values()
        for step in job["steps"]
        if "artifact@" in step.get("uses", "")
    }
    assert {"mason.sarif", "gl-code-quality.json"} <= reports
    assert directories == {"mason-shard/", "shards"}
    for directory in directories:  # a pattern like `shards/` matches directories only
        (tmp_path / "shop" / directory).mkdir()
    for path in sorted(reports | directories):
        ignored = subprocess.run(
            ["git", "check-ignore", "--quiet", "--no-index", path],
            cwd=tmp_path / "shop",
            check=False,
        )
        assert ignored.returncode == 0, f"{path} is not in the generated .gitignore"
