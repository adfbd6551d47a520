# @file test_upgrade.py
# @path tests/integration/test_upgrade.py
# @version 0.1.0
"""``mason upgrade`` of mason-made projects: real git, real copier, real template versions.

A project is rendered at template version 1 (rebuilt offline from the shipped history),
committed, edited as a user would, and upgraded to the newest version.
"""

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest
import yaml

from mason.adapters.copier_update import render_version
from mason.adapters.template_repo import CACHE_PATH, ensure_template_repo, known_versions
from mason.domain.template_version import TEMPLATE_VERSION
from tests.stopping import default_dispositions
from tests.support import MASON, commit, git, run_mason, snapshot_tree, write_tree

pytestmark = pytest.mark.slow

ANSWERS = {
    "project_name": "shop",
    "package_name": "shop",
    "layout": "cli",
    "python_version": "3.12",
    "description": "A shop.",
    "author_name": "Ada",
    "author_email": "ada@example.com",
    "license": "MIT",
}


@pytest.fixture
def v1_project(tmp_path: Path) -> Path:
    """Return a committed project made with template version 1."""
    ensure_template_repo()
    project = tmp_path / "shop"
    render_version(CACHE_PATH, 1, ANSWERS, project)
    git(project, "init", "-q")
    commit(project, "made with template 1")
    return project


def user_edits(project: Path, *, conflicting: bool) -> None:
    """Edit the project as a user would; optionally where the template changes too."""
    module = project / "src/shop/core/greeting.py"
    module.write_text(
        module.read_text(encoding="utf-8")
        + '\n\ndef mine() -> str:\n    """Mine."""\n    return "mine"\n',
        encoding="utf-8",
    )
    pyproject = project / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8").replace("line-length = 100", "line-length = 110"),
        encoding="utf-8",
    )
    (project / "m2m" / "README.md").unlink()
    readme = project / "README.md"
    text = readme.read_text(encoding="utf-8").replace("# shop\n", "# shop\n\nOur team's shop.\n")
    if conflicting:
        text = text.replace(
            "design rules. `mason upgrade`", "design rules (we love them). `mason upgrade`"
        )
    readme.write_text(text, encoding="utf-8")
    commit(project, "user edits")


def test_the_template_version_history_is_rebuilt_offline() -> None:
    repository = ensure_template_repo()
    assert known_versions() == list(range(1, TEMPLATE_VERSION + 1))
    tags = git(repository, "tag").split()
    assert sorted(tags, key=int) == [str(version) for version in known_versions()]
    assert ensure_template_repo() == repository  # reused while the template is unchanged


def test_upgrade_keeps_every_user_edit_and_marks_the_conflict(v1_project: Path) -> None:
    user_edits(v1_project, conflicting=True)
    outcome = run_mason(["upgrade", str(v1_project)])
    assert outcome.exit_code == 1, outcome.stderr
    assert f"template version 1 -> {TEMPLATE_VERSION}" in outcome.stdout
    assert "README.md" in outcome.stdout
    assert "conflicted" in outcome.stdout
    assert "resolve the <<<<<<< markers" in outcome.stderr
    readme = (v1_project / "README.md").read_text(encoding="utf-8")
    assert "<<<<<<< " in readme
    assert "(we love them)" in readme
    assert "## Upgrading" in readme
    assert "Our team's shop." in readme
    unmerged = git(v1_project, "ls-files", "-u")
    assert {line.split("\t")[1] for line in unmerged.splitlines()} == {"README.md"}
    pyproject = (v1_project / "pyproject.toml").read_text(encoding="utf-8")
    assert "line-length = 110" in pyproject
    assert "docstring-code-format = true" in pyproject
    assert "def mine()" in (v1_project / "src/shop/core/greeting.py").read_text(encoding="utf-8")
    assert not (v1_project / "m2m" / "README.md").exists()
    assert (v1_project / "docs" / "development.md").is_file()
    answers = yaml.safe_load((v1_project / ".copier-answers.yml").read_text(encoding="utf-8"))
    assert str(answers["_commit"]) == str(TEMPLATE_VERSION)


def test_a_clean_upgrade_exits_0_with_its_table(v1_project: Path) -> None:
    user_edits(v1_project, conflicting=False)
    outcome = run_mason(["upgrade", str(v1_project)])
    assert outcome.exit_code == 0, outcome.stderr
    table = outcome.stdout
    for path, kind in (
        ("README.md", "merged"),
        ("pyproject.toml", "merged"),
        (".copier-answers.yml", "updated"),
        ("docs/development.md", "created"),
    ):
        assert any(path in line and kind in line for line in table.splitlines()), (path, kind)
    assert git(v1_project, "ls-files", "-u") == ""
    assert "<<<<<<<" not in (v1_project / "README.md").read_text(encoding="utf-8")


def test_rej_files_instead_of_markers(v1_project: Path) -> None:
    user_edits(v1_project, conflicting=True)
    outcome = run_mason(["upgrade", str(v1_project), "--conflict", "rej"])
    assert outcome.exit_code == 1
    assert (v1_project / "README.md.rej").is_file()
    assert "<<<<<<<" not in (v1_project / "README.md").read_text(encoding="utf-8")
    assert "README.md.rej" in outcome.stdout + outcome.stderr


def test_pretend_previews_with_diffs_and_writes_nothing(v1_project: Path) -> None:
    user_edits(v1_project, conflicting=True)
    before = snapshot_tree(v1_project)
    outcome = run_mason(["upgrade", str(v1_project), "--pretend"])
    assert outcome.exit_code == 0, outcome.stderr
    assert "conflicted" in outcome.stdout
    assert "+## Upgrading" in outcome.stdout
    assert "nothing was written" in outcome.stdout
    assert snapshot_tree(v1_project) == before
    assert git(v1_project, "status", "--porcelain") == ""


def test_an_up_to_date_project_needs_nothing(tmp_path: Path) -> None:
    created = run_mason(
        ["new", "fresh", "--layout", "library", "--defaults", "--no-lock"], cwd=tmp_path
    )
    assert created.exit_code == 0, created.stderr
    start = time.perf_counter()
    outcome = run_mason(["upgrade", str(tmp_path / "fresh")])
    elapsed = time.perf_counter() - start
    assert outcome.exit_code == 0
    assert (
        outcome.stdout.strip() == f"already at template version {TEMPLATE_VERSION}: nothing to do"
    )
    assert elapsed < 30  # a sanity bound only; the benchmark measures it properly


def test_a_dirty_tree_is_refused_untouched(v1_project: Path) -> None:
    write_tree(v1_project, {"scratch.txt": "work in progress\n"})
    before = snapshot_tree(v1_project)
    outcome = run_mason(["upgrade", str(v1_project)])
    assert outcome.exit_code == 2
    assert "has uncommitted changes (scratch.txt)" in outcome.stderr
    assert "git stash --include-untracked" in outcome.stderr
    assert snapshot_tree(v1_project) == before


def test_not_a_repository(tmp_path: Path) -> None:
    outcome = run_mason(["upgrade", str(tmp_path)])
    assert outcome.exit_code == 2
    assert "is not in a git repository" in outcome.stderr
    assert "git init" in outcome.stderr


def test_not_made_by_mason(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pyproject.toml": "[project]\nname = 'x'\n"})
    git(tmp_path, "init", "-q")
    commit(tmp_path, "foreign")
    outcome = run_mason(["upgrade", str(tmp_path)])
    assert outcome.exit_code == 2
    assert "was not made by mason" in outcome.stderr
    assert "--adopt" in outcome.stderr


def test_unknown_and_backward_versions(v1_project: Path) -> None:
    outcome = run_mason(["upgrade", str(v1_project), "--to", "7"])
    assert outcome.exit_code == 2
    assert "--to 7: mason has template versions 1, 2" in outcome.stderr
    answers = v1_project / ".copier-answers.yml"
    answers.write_text(
        answers.read_text(encoding="utf-8").replace("_commit: '1'", "_commit: '2'"),
        encoding="utf-8",
    )
    commit(v1_project, "pretend to be newer")
    outcome = run_mason(["upgrade", str(v1_project), "--to", "1"])
    assert outcome.exit_code == 2
    assert "downgrades are not supported" in outcome.stderr


@pytest.mark.parametrize(
    ("replace", "message"),
    [
        (("_commit: '1'", "_commit: banana"), "_commit is 'banana', not a template version number"),
        (("_src_path: ~/.cache/mason/template", "_src_path: ''"), "_src_path is missing"),
        (("layout: cli", "layout: [1, 2]"), "the answer layout is list"),
        (("# Written", "{{{ not yaml"), "cannot be read as YAML"),
    ],
)
def test_an_answers_file_edited_into_nonsense(
    v1_project: Path, replace: tuple[str, str], message: str
) -> None:
    answers = v1_project / ".copier-answers.yml"
    answers.write_text(answers.read_text(encoding="utf-8").replace(*replace), encoding="utf-8")
    commit(v1_project, "broken answers")
    before = snapshot_tree(v1_project)
    outcome = run_mason(["upgrade", str(v1_project)])
    assert outcome.exit_code == 2
    assert message in outcome.stderr
    assert snapshot_tree(v1_project) == before


def _tasked_template(root: Path, task: str) -> Path:
    """Return a git template with versions 1 and 2; version 2 runs ``task``."""
    template = root / "tasked-template"
    write_tree(
        template,
        {
            "copier.yml": "name:\n  type: str\n  default: thing\n",
            "{{ name }}.txt.jinja": "v1 {{ name }}\n",
            "{{ _copier_conf.answers_file }}.jinja": "{{ _copier_answers|to_nice_yaml }}",
        },
    )
    git(template, "init", "-q")
    commit(template, "v1")
    git(template, "tag", "1")
    write_tree(
        template,
        {
            "copier.yml": f"_tasks:\n  - {task}\nname:\n  type: str\n  default: thing\n",
            "{{ name }}.txt.jinja": "v2 {{ name }}\n",
        },
    )
    commit(template, "v2")
    git(template, "tag", "2")
    return template


def _project_from(template: Path, root: Path) -> Path:
    project = root / "tasked"
    subprocess.run(
        [
            MASON.with_name("copier"),
            "copy",
            "--defaults",
            "--quiet",
            "--vcs-ref",
            "1",
            str(template),
            str(project),
        ],
        check=True,
        capture_output=True,
    )
    git(project, "init", "-q")
    commit(project, "v1")
    return project


def test_a_template_with_tasks_needs_trust(tmp_path: Path) -> None:
    project = _project_from(_tasked_template(tmp_path, "touch ran.txt"), tmp_path)
    outcome = run_mason(["upgrade", str(project), "--to", "2"])
    assert outcome.exit_code == 2, outcome.stdout + outcome.stderr
    assert "--trust" in outcome.stderr
    assert git(project, "status", "--porcelain") == ""
    trusted = run_mason(["upgrade", str(project), "--to", "2", "--trust"])
    assert trusted.exit_code == 0, trusted.stderr
    assert (project / "thing.txt").read_text(encoding="utf-8") == "v2 thing\n"
    assert (project / "ran.txt").exists()


def test_ctrl_c_during_the_update_leaves_the_repository_as_it_was(tmp_path: Path) -> None:
    project = _project_from(_tasked_template(tmp_path, "sleep 6"), tmp_path)
    head = git(project, "rev-parse", "HEAD")
    before = snapshot_tree(project)
    process = subprocess.Popen(
        [str(MASON), "upgrade", str(project), "--to", "2", "--trust"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_dispositions,  # noqa: PLW1509 - sets signal dispositions only
    )
    try:
        deadline = time.monotonic() + 120  # the task runs on the trial copy first, then for real
        while "v2" not in (project / "thing.txt").read_text(encoding="utf-8"):
            assert time.monotonic() < deadline, "the update never reached its task"
            assert process.poll() is None, process.communicate()
            time.sleep(0.1)
        time.sleep(0.5)
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=60)
    finally:  # a failing test leaves no process behind to fail another
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130
    assert git(project, "status", "--porcelain") == ""
    assert git(project, "rev-parse", "HEAD") == head
    assert snapshot_tree(project) == before


def test_check_is_a_gate_on_the_template_version_and_changes_nothing(v1_project: Path) -> None:
    before = snapshot_tree(v1_project)
    behind = run_mason(["upgrade", str(v1_project), "--check"])
    assert behind.exit_code == 1
    assert f"behind: template version 1; mason 0.1.0 renders {TEMPLATE_VERSION}" in behind.stdout
    as_json = run_mason(["upgrade", str(v1_project), "--check", "--format", "json"])
    assert as_json.exit_code == 1
    assert json.loads(as_json.stdout) == {
        "project": str(v1_project),
        "template_version": 1,
        "newest": TEMPLATE_VERSION,
        "behind": True,
        "mason_version": "0.1.0",
    }
    assert snapshot_tree(v1_project) == before
    audit = run_mason(["audit", str(v1_project), "--check", "structure", "--format", "json"])
    findings = json.loads(audit.stdout)["checks"][0]["findings"]
    assert [(f["rule"], f["severity"], f["path"]) for f in findings if f["rule"] == "STR008"] == [
        ("STR008", "warning", ".copier-answers.yml")
    ]
    assert run_mason(["upgrade", str(v1_project)]).exit_code == 0
    current = run_mason(["upgrade", str(v1_project), "--check", "--format", "json"])
    assert current.exit_code == 0
    assert json.loads(current.stdout)["behind"] is False


def test_check_does_not_combine_with_options_that_change_things(v1_project: Path) -> None:
    outcome = run_mason(["upgrade", str(v1_project), "--check", "--pretend"])
    assert outcome.exit_code == 2
    assert "--check changes nothing" in outcome.stderr
