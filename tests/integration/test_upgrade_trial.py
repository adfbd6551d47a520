# @file test_upgrade_trial.py
# @path tests/integration/test_upgrade_trial.py
# @version 0.1.0
"""A template update is tried on a copy and checked before the project sees it (issue 17).

A project made with template version 1 gets a test of its own that pins a line the template
later changes; its environment has pytest. ``mason upgrade`` must find on its copy that
updating that one file fails the test, keep the user's version of it, say so, and update the
rest; an update that leaves conflicts is not checked, and says why.
"""

import subprocess
from pathlib import Path

import pytest
import yaml

from mason.adapters.copier_update import render_version
from mason.adapters.python_finder import find_python
from mason.adapters.template_repo import CACHE_PATH, ensure_template_repo
from mason.domain.template_version import TEMPLATE_VERSION
from tests.integration.test_upgrade import ANSWERS, user_edits
from tests.support import UV, commit, git, run_mason, write_tree

pytestmark = pytest.mark.slow

CI = ".github/workflows/ci.yml"
PINNED = 'MASON_SPEC: "mason>=0.1.0"'
"""A line of template version 1's CI workflow that later versions replace."""
PIN_TEST = f'''"""The team's test that pins its CI's mason (as a team might)."""

from pathlib import Path


def test_ci_installs_mason_by_spec() -> None:
    assert {PINNED!r} in Path("{CI}").read_text(encoding="utf-8")
'''


@pytest.fixture
def pinned(tmp_path: Path) -> Path:
    """Return a committed version-1 project whose own test pins a line of its CI workflow."""
    ensure_template_repo()
    project = tmp_path / "shop"
    render_version(CACHE_PATH, 1, ANSWERS, project)
    write_tree(project, {"tests/test_ci_pin.py": PIN_TEST})
    python = find_python((3, 12))
    assert python is not None
    venv = project / ".venv"  # the template's .gitignore keeps it out of git
    subprocess.run([*UV, "venv", "-q", "--python", str(python), str(venv)], check=True)
    subprocess.run(
        [
            *UV,
            "pip",
            "install",
            "-q",
            "--python",
            str(venv / "bin/python"),
            "pytest",
            "pytest-cov",
            "hypothesis",
            "-e",
            str(project),
        ],
        check=True,
        timeout=600,
    )
    git(project, "init", "-q")
    commit(project, "made with template 1, and our own test")
    return project


def test_a_file_whose_update_fails_a_passing_test_keeps_the_users_version(pinned: Path) -> None:
    before = (pinned / CI).read_text(encoding="utf-8")
    outcome = run_mason(["upgrade", str(pinned)])
    assert outcome.exit_code == 0, outcome.stderr
    said = " ".join(outcome.stderr.split())
    assert (
        f"left out: {CI}: 1 test(s) that passed would fail "
        "(tests/test_ci_pin.py::test_ci_installs_mason_by_spec) (d)"
    ) in said
    assert "checked (d) every test that passed still passes" in said
    assert (pinned / CI).read_text(encoding="utf-8") == before  # the user's version
    answers = yaml.safe_load((pinned / ".copier-answers.yml").read_text(encoding="utf-8"))
    assert str(answers["_commit"]) == str(TEMPLATE_VERSION)  # the rest was updated
    assert (pinned / "docs" / "development.md").is_file()
    python = str(
        pinned / ".venv/bin/python"
    )  # the user syncs: the new template logs with structlog
    subprocess.run([*UV, "pip", "install", "-q", "--python", python, "-e", str(pinned)], check=True)
    by_hand = subprocess.run(
        [".venv/bin/python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "--no-cov"],
        cwd=pinned,
        capture_output=True,
        text=True,
        check=False,
    )
    assert by_hand.returncode == 0, by_hand.stdout  # the team's tests pass after the update


def test_an_update_with_conflicts_is_not_checked_and_says_why(pinned: Path) -> None:
    user_edits(pinned, conflicting=True)
    outcome = run_mason(["upgrade", str(pinned)])
    assert outcome.exit_code == 1, outcome.stderr
    said = " ".join(outcome.stderr.split())
    assert (
        "not checked (d) every test that passed still passes: the update leaves conflicts" in said
    )
    assert "<<<<<<< " in (pinned / "README.md").read_text(encoding="utf-8")
