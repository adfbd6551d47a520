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
import re
import subprocess
from pathlib import Path

import pytest

from tests.support import UV, audit, findings, insert_after_docstring

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


def test_coverage_6_and_pytest_cov_4(project: Path) -> None:
    """Coverage 6 writes no ``percent_covered_display`` and has no ``--data-file`` for json."""
    _install(project, "coverage==6.5.0", "pytest-cov==4.1.0")
    code, checks = audit(project, "--check", "coverage")
    assert checks["coverage"].details is None, checks["coverage"].details
    _by_hand(project, ".venv/bin/python", "-m", "pytest", "-q", "-p", "no:cacheprovider",
             "--cov=demo_cli", "--cov-report=json:by-hand.json")  # fmt: skip
    oracle = json.loads((project / "by-hand.json").read_text(encoding="utf-8"))
    expected = oracle["totals"]["percent_covered"]
    assert checks["coverage"].metrics["coverage"] == pytest.approx(expected)
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
