# @file test_project_test_runs.py
# @path tests/integration/test_project_test_runs.py
# @version 0.1.0
"""The audit's test run is the project's own ``pytest --cov``, and leaves nothing in its tree.

Each case is a minimal reproduction of a public project mason ran differently from its team:
pluggy (coverage settings that choose what is measured, warnings as errors), python-dotenv
(tests that call the project's own script), kedro (``addopts`` that ask for report files) and
a uv workspace member (its environment is the workspace's). Every project gets a real
environment (uv, pytest, pytest-cov) and the numbers are compared with the run by hand.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

from mason.adapters.python_finder import find_python
from mason.domain.check_result import CheckResult
from tests.support import UV, audit, write_tree

pytestmark = pytest.mark.slow

PYPROJECT = """\
[project]
name = "tiny"
version = "0.1.0"
requires-python = ">=3.12"

[project.scripts]
tinytool = "tiny.cli:main"

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"
"""
CODE = {
    "src/tiny/__init__.py": '"""Tiny."""\n',
    "src/tiny/cli.py": (
        '"""The tool."""\n\n\ndef main() -> None:\n    """Say where it comes from."""\n'
        '    print("tiny")\n\n\ndef untested() -> int:\n    """Nobody calls this."""\n'
        "    return 1\n"
    ),
    "tests/test_cli.py": (
        "from tiny.cli import main\n\n\ndef test_main(capsys):\n    main()\n"
        '    assert capsys.readouterr().out == "tiny\\n"\n'
    ),
}


def _environment(project: Path, *requirements: str) -> Path:
    """Create ``project/.venv`` with pytest, pytest-cov and ``requirements``; return python."""
    python = find_python((3, 12))
    assert python is not None
    subprocess.run(
        [*UV, "venv", "--quiet", "--python", str(python), ".venv"], cwd=project, check=True
    )
    subprocess.run(
        [*UV, "pip", "install", "--quiet", "--python", ".venv/bin/python",
         "pytest", "pytest-cov", *requirements],
        cwd=project,
        check=True,
    )  # fmt: skip
    return project / ".venv" / "bin" / "python"


def _by_hand(project: Path, *options: str) -> tuple[float, int]:
    """Run ``pytest --cov`` as the team does (environment activated); return percent, tests."""
    programs = project / ".venv" / "bin"
    env = {**os.environ, "PATH": f"{programs}{os.pathsep}{os.environ['PATH']}"}
    report = project.parent / "by-hand.json"
    completed = subprocess.run(
        [programs / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *options,
         f"--cov-report=json:{report}"],
        cwd=project, env=env, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stdout + completed.stderr
    totals = json.loads(report.read_text(encoding="utf-8"))["totals"]
    for data in project.glob(".coverage*"):
        if data.name != ".coveragerc":
            data.unlink()
    passed = int(completed.stdout.rsplit(" passed", 1)[0].split()[-1])
    return totals["percent_covered"], passed


def _tests(check: CheckResult) -> int:
    """Return how many tests the coverage check's run counted ("N tests, total ...")."""
    assert check.summary is not None, check.details
    return int(check.summary.split(" tests", 1)[0])


def test_coverage_settings_that_choose_what_is_measured_apply_as_by_hand(tmp_path: Path) -> None:
    """pluggy: ``.coveragerc`` ``include`` and ``filterwarnings = error``."""
    project = write_tree(
        tmp_path / "tiny",
        {
            "pyproject.toml": PYPROJECT,
            **CODE,
            ".coveragerc": "[run]\ninclude =\n  src/tiny/*\n  tests/*\nbranch = 1\n",
            "tox.ini": "[pytest]\nfilterwarnings =\n  error\n",
        },
    )
    _environment(project, "-e", ".")
    code, checks = audit(project, "--check", "coverage", "--no-cache")
    coverage = checks["coverage"]
    assert coverage.status == "fail" or coverage.details is None, coverage.details
    percent, passed = _by_hand(project, "--cov")
    assert coverage.metrics["coverage"] == pytest.approx(percent)
    assert _tests(coverage) == passed
    assert code in {0, 1}


def test_tests_get_the_projects_own_scripts_first_on_path(tmp_path: Path) -> None:
    """python-dotenv: a test calls the project's script; another copy is earlier on PATH."""
    test_script = (
        "import subprocess\n\n\ndef test_the_script():\n"
        '    out = subprocess.run(["tinytool"], capture_output=True, text=True, check=True)\n'
        '    assert out.stdout == "tiny\\n"\n'
    )
    project = write_tree(
        tmp_path / "tiny",
        {"pyproject.toml": PYPROJECT, **CODE, "tests/test_script.py": test_script},
    )
    _environment(project, "-e", ".")
    decoy = write_tree(tmp_path / "shims", {"tinytool": "#!/bin/sh\necho decoy\n"})
    (decoy / "tinytool").chmod(0o755)
    previous = os.environ["PATH"]
    os.environ["PATH"] = f"{decoy}{os.pathsep}{previous}"
    try:
        code, checks = audit(project, "--check", "coverage", "--no-cache")
    finally:
        os.environ["PATH"] = previous
    coverage = checks["coverage"]
    assert [finding.message for finding in coverage.findings if finding.rule == "COV004"] == []
    assert _tests(coverage) == 2
    assert code in {0, 1}


def test_report_files_the_projects_addopts_ask_for_stay_out_of_the_tree(tmp_path: Path) -> None:
    """kedro: ``addopts`` with ``--cov-report xml:coverage.xml``; the audit leaves no file."""
    pytest_options = (
        '\n[tool.pytest.ini_options]\naddopts = "--cov-report xml:coverage.xml '
        '--cov-report html --cov-report term-missing -r a"\n'
    )
    project = write_tree(tmp_path / "tiny", {"pyproject.toml": PYPROJECT + pytest_options, **CODE})
    _environment(project, "-e", ".")
    before = sorted(path.name for path in project.iterdir())
    _, checks = audit(project, "--check", "coverage", "--no-cache")
    assert _tests(checks["coverage"]) == 1, checks["coverage"].details
    assert sorted(path.name for path in project.iterdir()) == before


def test_a_uv_workspace_member_uses_the_workspace_environment(tmp_path: Path) -> None:
    """A member's ``.venv`` (and lock) are at the workspace root, where ``uv sync`` puts them."""
    workspace = write_tree(
        tmp_path / "workspace",
        {
            "pyproject.toml": (
                '[project]\nname = "root"\nversion = "0"\nrequires-python = ">=3.12"\n\n'
                '[tool.uv.workspace]\nmembers = ["packages/*"]\n'
            ),
            **{f"packages/tiny/{name}": text for name, text in CODE.items()},
            "packages/tiny/pyproject.toml": PYPROJECT,
        },
    )
    _environment(workspace, "-e", "packages/tiny")
    member = workspace / "packages" / "tiny"
    _, checks = audit(member, "--check", "coverage", "--no-cache")
    assert checks["coverage"].details is None, checks["coverage"].details
    assert _tests(checks["coverage"]) == 1


def test_a_uv_workspace_members_lock_is_the_workspaces(tmp_path: Path) -> None:
    """No STR003 "no uv.lock" in a member: ``uv lock`` writes the lock at the workspace root."""
    workspace = write_tree(
        tmp_path / "workspace",
        {
            "pyproject.toml": (
                '[project]\nname = "root"\nversion = "0"\nrequires-python = ">=3.12"\n\n'
                '[tool.uv.workspace]\nmembers = ["packages/*"]\n'
            ),
            "uv.lock": "version = 1\n",
            "packages/tiny/pyproject.toml": PYPROJECT,
            "packages/tiny/src/tiny/__init__.py": '"""Tiny."""\n',
        },
    )
    _, checks = audit(workspace / "packages" / "tiny", "--check", "structure", "--no-cache")
    rules = {finding.rule for finding in checks["structure"].findings}
    assert "STR003" not in rules
    lonely = write_tree(tmp_path / "lonely", {"pyproject.toml": PYPROJECT})
    _, alone = audit(lonely, "--check", "structure", "--no-cache")
    assert "STR003" in {finding.rule for finding in alone["structure"].findings}
