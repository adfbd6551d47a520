# @file test_monorepo.py
# @path tests/integration/test_monorepo.py
# @version 0.1.0
"""A project inside a larger repository: reports name files the way the repository does."""

import json
from pathlib import Path

from tests.support import commit, git, run_mason, write_tree

PROJECT = {
    "pyproject.toml": '[project]\nname = "api"\nversion = "1.0"\nrequires-python = ">=3.12"\n',
    "src/api/__init__.py": '"""Api."""\n\nimport os\n',
}


def test_machine_reports_use_repository_relative_paths(tmp_path: Path) -> None:
    repository = write_tree(tmp_path / "mono", {"README.md": "# all\n"})
    write_tree(repository / "packages" / "api", PROJECT)
    git(repository, "init", "-q")
    commit(repository, "monorepo")
    project = repository / "packages" / "api"
    github = run_mason(["audit", str(project), "--check", "lint", "--format", "github"])
    assert github.exit_code == 1
    assert github.stdout.startswith("::error file=packages/api/src/api/__init__.py,line=3,")
    sarif = json.loads(
        run_mason(["audit", str(project), "--check", "lint", "--format", "sarif"]).stdout
    )
    (location,) = sarif["runs"][0]["results"][0]["locations"]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == (
        "packages/api/src/api/__init__.py"
    )
    report = json.loads(
        run_mason(["audit", str(project), "--check", "lint", "--format", "json"]).stdout
    )
    assert report["repository_path"] == "packages/api"
    assert report["checks"][0]["findings"][0]["path"] == "src/api/__init__.py"  # the contract


def test_a_project_outside_git_keeps_project_relative_paths(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "api", PROJECT)
    github = run_mason(["audit", str(project), "--check", "lint", "--format", "github"])
    assert github.stdout.startswith("::error file=src/api/__init__.py,line=3,")
    report = json.loads(
        run_mason(["audit", str(project), "--check", "lint", "--format", "json"]).stdout
    )
    assert report["repository_path"] is None
