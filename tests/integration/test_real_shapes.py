# @file test_real_shapes.py
# @path tests/integration/test_real_shapes.py
# @version 0.1.0
"""Minimal reproductions of what the corpus of public projects found (docs/corpus.md).

Each test is the smallest project with the shape that broke mason on a real one, run through
the real command line.
"""

import json
import tomllib
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


def test_syntax_newer_than_the_projects_python_is_a_lint_finding(tmp_path: Path) -> None:
    """Attrs 25.3.0: ruff 0.17 calls it invalid-syntax, which mason took for a foreign id."""
    project = write_tree(
        tmp_path / "attrs",
        {
            "pyproject.toml": '[project]\nname = "a"\nversion = "1"\nrequires-python = ">=3.8"\n',
            "tests/test_match.py": (
                "def test_match():\n    match 1:\n        case 1:\n            assert True\n"
            ),
        },
    )
    outcome = run_mason(["audit", str(project), "--check", "lint", "--format", "json"])
    assert outcome.exit_code == 1, outcome.stderr
    (lint,) = json.loads(outcome.stdout)["checks"]
    assert lint["status"] == "fail"
    assert ("LNT001", "tests/test_match.py", 2) in {
        (f["rule"], f["path"], f["line"]) for f in lint["findings"]
    }


def test_syntax_warnings_of_audited_code_stay_off_masons_output(tmp_path: Path) -> None:
    """Black 25.1.0: its test data's invalid escapes printed Python's SyntaxWarnings."""
    project = write_tree(
        tmp_path / "black",
        {"pyproject.toml": "", "case.py": '"""Case."""\n\nX = "\\{"  # noqa\n'},
    )
    outcome = run_mason(["audit", str(project), "-c", "design", "-c", "typing", "-f", "json"])
    assert "SyntaxWarning" not in outcome.stderr
    assert json.loads(outcome.stdout)["checks"][0]["name"] == "typing"


def test_adoption_keeps_windows_line_endings_byte_for_byte(tmp_path: Path) -> None:
    """Black 25.1.0: a CRLF test-data file lost every line ending to adoption's header."""
    crlf = b'"""Data."""\r\n\r\nX = 1\r\n'
    project = write_tree(
        tmp_path / "crlf",
        {
            "pyproject.toml": b'[project]\r\nname = "crlf"\r\nversion = "1.0"\r\n',
            "src/crlf/__init__.py": crlf,
        },
    )
    git(project, "init", "-q")
    git(project, "config", "core.autocrlf", "false")
    commit(project, "crlf")
    outcome = run_mason(["upgrade", str(project), "--adopt"])
    assert outcome.exit_code == 0, outcome.stderr
    data = (project / "src/crlf/__init__.py").read_bytes()
    assert data.endswith(crlf)
    assert data.startswith(b"# @file __init__.py\r\n# @path src/crlf/__init__.py\r\n")
    pyproject = (project / "pyproject.toml").read_bytes()
    assert b"\n" not in pyproject.replace(b"\r\n", b"")  # every line ends the team's way
    assert pyproject.count(b'[project]\r\nname = "crlf"\r\nversion = "1.0"\r\n') == 1


def test_a_project_named_like_a_package_mason_imports_gets_its_own_graph(tmp_path: Path) -> None:
    """Rich 13.9.4: import-linter's probe imported the project's rich instead of its own."""
    project = write_tree(
        tmp_path / "rich",
        {
            "pyproject.toml": (
                '[project]\nname = "rich"\nversion = "1.0"\n\n[tool.importlinter]\n'
                'root_package = "rich"\n\n[[tool.importlinter.contracts]]\nname = "layers"\n'
                'type = "layers"\nlayers = ["rich.high", "rich.low"]\n'
            ),
            "rich/__init__.py": '"""Not the real rich."""\n',
            "rich/high.py": '"""High."""\n',
            "rich/low.py": '"""Low."""\n\nfrom rich import high\n',
        },
    )
    outcome = run_mason(["audit", str(project), "--check", "layers", "--format", "json"])
    (layers,) = json.loads(outcome.stdout)["checks"]
    assert layers["details"] is None, layers["details"]
    assert [(f["rule"], f["path"], f["line"]) for f in layers["findings"]] == [
        ("LAY001", "rich/low.py", 3)
    ]
    assert outcome.exit_code == 1


def test_adoption_checks_types_for_the_oldest_python_the_project_supports(tmp_path: Path) -> None:
    """import-linter v2.12 supports Python 3.10: adoption configured mypy for 3.12."""
    project = write_tree(
        tmp_path / "floor",
        {
            "pyproject.toml": (
                '[project]\nname = "floor"\nversion = "1"\nrequires-python = "~=3.8"\n'
            ),
            "src/floor/__init__.py": '"""Floor."""\n',
        },
    )
    git(project, "init", "-q")
    commit(project, "floor")
    outcome = run_mason(["upgrade", str(project), "--adopt"])
    assert outcome.exit_code == 0, outcome.stderr
    tool = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    assert (tool["mypy"]["python_version"], tool["pyright"]["pythonVersion"]) == ("3.8", "3.8")
    assert "which mypy 2 no longer checks" in " ".join(outcome.stderr.split())
