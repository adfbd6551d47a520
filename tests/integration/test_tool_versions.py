# @file test_tool_versions.py
# @path tests/integration/test_tool_versions.py
# @version 0.1.0
"""The tool versions projects pin: every check gives the verdict the tool itself gives.

Each test installs an older release into a mason-made project's own environment (where mason
runs the project's tools from), plants defects, and compares mason's findings with what that
same release reports when run by hand. mason reads what each tool printed (JSON or text)
instead of predicting it from version numbers.
"""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support import UV, audit, findings, insert_after_docstring, write_tree

pytestmark = pytest.mark.slow

GREETING = "src/demo_cli/core/greeting.py"


def _install(project: Path, *requirements: str) -> None:
    subprocess.run(
        [*UV, "pip", "install", "--quiet", "--python", ".venv/bin/python", *requirements],
        cwd=project,
        check=True,
    )


def _by_hand(project: Path, *argv: str) -> str:
    return subprocess.run(
        argv, cwd=project, capture_output=True, text=True, check=False, timeout=600
    ).stdout


def _plant_style_and_lint(project: Path) -> None:
    insert_after_docstring(project / GREETING, "import os\n")
    with (project / GREETING).open("a", encoding="utf-8") as stream:
        stream.write("\nSPACED  =  1\n")


@pytest.mark.parametrize("release", ["0.8.6", "0.11.11"])
def test_ruff_releases_of_the_last_two_years(project: Path, release: str) -> None:
    """Ruff before 0.13.3 has no ``ruff format --output-format``: its text is read."""
    _install(project, f"ruff=={release}")
    _plant_style_and_lint(project)
    code, checks = audit(project, "--check", "lint", "--check", "format")
    assert code == 1, checks["format"].details
    lint_oracle = json.loads(
        _by_hand(project, ".venv/bin/ruff", "check", "--output-format", "json", ".")
    )
    assert {(rule, line) for rule, _, line in findings(checks["lint"])} == {
        (item["code"], item["location"]["row"]) for item in lint_oracle
    }
    format_oracle = {
        line.removeprefix("Would reformat: ").strip()
        for line in _by_hand(project, ".venv/bin/ruff", "format", "--check", ".").splitlines()
        if line.startswith("Would reformat: ")
    }
    assert {path for _, path, _ in findings(checks["format"])} == format_oracle == {GREETING}


def test_mypy_before_json_output(project: Path) -> None:
    """Mypy 1.10 has no ``--output json``; its text lines are read."""
    _install(project, "mypy==1.10.1")
    insert_after_docstring(project / GREETING, "\n\ndef bad() -> int:\n    return 'x'\n")
    code, checks = audit(project, "--check", "typing")
    assert code == 1, checks["typing"].details
    text = _by_hand(project, ".venv/bin/mypy", "--show-column-numbers", "--no-error-summary")
    oracle = {
        (match.group(1), int(match.group(2)))
        for match in re.finditer(r"^([^:\n]+):(\d+):\d+: error:", text, re.MULTILINE)
    }
    mine = {(path, line) for rule, path, line in findings(checks["typing"]) if rule == "TYP010"}
    assert mine == oracle
    assert oracle


OLD_PROJECT = {
    "pyproject.toml": (
        '[project]\nname = "old"\nversion = "1.0"\nrequires-python = ">=3.8"\n\n'
        "[tool.coverage.run]\nbranch = true\n"
    ),
    "src/old/__init__.py": (
        '"""Old."""\n\n\ndef half(x):\n    if x:\n        return x / 2\n    return 0\n'
    ),
    "tests/test_old.py": "from old import half\n\n\ndef test_half():\n    assert half(4) == 2\n",
}


def _older_python() -> Path | None:
    """Return an interpreter older than 3.12 (PATH, then pyenv), where coverage 6 runs."""
    candidates = [shutil.which(name) for name in ("python3.11", "python3.10", "python3")]
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates += [str(path / "bin" / "python3") for path in sorted(root.glob("3.1[01].*"))]
    for candidate in filter(None, candidates):
        version = subprocess.run(
            [candidate, "-c", "import sys; print(sys.version_info[:2] < (3, 12))"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        if version == "True":
            return Path(candidate)
    return None


def test_coverage_6_and_pytest_cov_4(tmp_path: Path) -> None:
    """Coverage 6 writes no ``percent_covered_display`` and has no ``--data-file`` for json.

    coverage 6 predates Python 3.12, so the project lives on the oldest Python here.
    """
    old = _older_python()
    if old is None:
        pytest.skip("no Python 3.8 to 3.11 on this machine for coverage 6")
    project = write_tree(tmp_path / "old", OLD_PROJECT)
    subprocess.run([*UV, "venv", "--quiet", "--python", str(old), ".venv"], cwd=project, check=True)
    _install(project, "coverage==6.5.0", "pytest-cov==4.1.0", "pytest==7.4.4", "-e", ".")
    code, checks = audit(project, "--check", "coverage")
    assert checks["coverage"].details is None, checks["coverage"].details
    _by_hand(project, ".venv/bin/python", "-m", "pytest", "-q", "-p", "no:cacheprovider",
             "--cov=old", "--cov-report=json:by-hand.json")  # fmt: skip
    oracle = json.loads((project / "by-hand.json").read_text(encoding="utf-8"))
    expected = oracle["totals"]["percent_covered"]
    assert checks["coverage"].metrics["coverage"] == pytest.approx(expected)
    assert expected < 100  # the untested branch
    assert code == (0 if expected >= 70 else 1)


def test_an_older_pyright(project: Path) -> None:
    _install(project, "pyright==1.1.380")
    insert_after_docstring(project / GREETING, "\n\ndef bad() -> int:\n    return 'x'\n")
    code, checks = audit(project, "--check", "typing")
    assert code == 1, checks["typing"].details
    oracle = json.loads(_by_hand(project, ".venv/bin/pyright", "--outputjson"))
    expected = {
        (Path(item["file"]).relative_to(project).as_posix(), item["range"]["start"]["line"] + 1)
        for item in oracle["generalDiagnostics"]
        if item["severity"] == "error"
    }
    mine = {(path, line) for rule, path, line in findings(checks["typing"]) if rule == "TYP011"}
    assert mine == expected
    assert expected
