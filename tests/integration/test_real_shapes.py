# @file test_real_shapes.py
# @path tests/integration/test_real_shapes.py
# @version 0.1.0
"""Minimal reproductions of what the corpus of public projects found (docs/corpus.md).

Each test is the smallest project with the shape that broke mason on a real one, run through
the real command line.
"""

import json
from pathlib import Path

from tests.support import commit, git, run_mason, write_tree

SETUP_PY_ONLY = {
    "setup.py": 'from setuptools import setup\n\nsetup(name="six", py_modules=["six"])\n',
    "six.py": '"""Six."""\n\nimport os\n',
    "test_six.py": "import six\n\n\ndef test_six():\n    assert six\n",
}


def test_a_project_with_only_setup_py_is_audited_not_refused(tmp_path: Path) -> None:
    """Six 1.17.0: no pyproject.toml, so `mason audit` said there was no project (exit 2)."""
    project = write_tree(tmp_path / "six", SETUP_PY_ONLY)
    outcome = run_mason(
        ["audit", str(project), "-c", "structure", "-c", "lint", "-c", "design", "-f", "json"]
    )
    assert outcome.exit_code == 1, outcome.stderr
    report = json.loads(outcome.stdout)
    assert report["root"] == str(project.resolve())
    structure = next(check for check in report["checks"] if check["name"] == "structure")
    assert "STR007" in {finding["rule"] for finding in structure["findings"]}
    lint = next(check for check in report["checks"] if check["name"] == "lint")
    assert [finding["rule"] for finding in lint["findings"]] == ["F401"]


def test_adoption_gives_a_setup_py_project_its_pyproject(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "six", SETUP_PY_ONLY)
    git(project, "init", "-q")
    commit(project, "six")
    outcome = run_mason(["upgrade", str(project), "--adopt"])
    assert outcome.exit_code == 0, outcome.stderr
    assert (project / "pyproject.toml").is_file()
    assert (project / "setup.py").read_text(encoding="utf-8").endswith(SETUP_PY_ONLY["setup.py"])


def test_tool_caches_a_project_forgets_to_ignore_are_not_its_files(tmp_path: Path) -> None:
    """Six 1.17.0 ships no .gitignore: ruff's and mypy's caches made every audit a cold one."""
    project = write_tree(tmp_path / "six", {**SETUP_PY_ONLY, "pyproject.toml": ""})
    git(project, "init", "-q")
    commit(project, "six")
    args = ["audit", str(project), "-c", "lint", "-c", "headers", "-c", "design", "-f", "json"]
    run_mason(args)
    assert (project / ".ruff_cache").is_dir()  # untracked, and not ignored by the project
    (project / "__pycache__").mkdir()
    (project / "__pycache__" / "six.cpython-313.pyc").write_bytes(b"\0")
    second = json.loads(run_mason(args).stdout)
    assert [check["cached"] for check in second["checks"]] == [True, True, True]
    headers = next(check for check in second["checks"] if check["name"] == "headers")
    assert not any(".ruff_cache" in (f["path"] or "") for f in headers["findings"])
