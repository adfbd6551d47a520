# @file test_validate_pyproject.py
# @path tests/integration/test_validate_pyproject.py
# @version 0.1.0
"""validate-pyproject checks ``[tool.mason]`` with mason's schema, found through its plugin."""

import subprocess
import sys
from pathlib import Path

from tests.integration.conftest import ProjectFactory
from tests.support import run_mason

VALIDATE = Path(sys.executable).parent / "validate-pyproject"


def _validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [VALIDATE, str(path)], capture_output=True, text=True, check=False, timeout=120
    )


def _with_mason_line(generated_project: ProjectFactory, where: Path, line: str) -> Path:
    """Write the generated library's pyproject.toml, ``line`` added to ``[tool.mason]``."""
    text = (generated_project("library") / "pyproject.toml").read_text(encoding="utf-8")
    bad = where / "pyproject.toml"
    bad.write_text(text.replace("[tool.mason]\n", f"[tool.mason]\n{line}\n", 1), "utf-8")
    return bad


def test_a_generated_projects_pyproject_is_valid(generated_project: ProjectFactory) -> None:
    completed = _validate(generated_project("library") / "pyproject.toml")
    assert completed.returncode == 0, completed.stderr
    assert "Valid file" in completed.stdout


def test_a_misspelt_key_in_tool_mason_is_reported(
    generated_project: ProjectFactory, tmp_path: Path
) -> None:
    completed = _validate(_with_mason_line(generated_project, tmp_path, 'layuot = "cli"'))
    assert completed.returncode == 1
    assert "`tool.mason` must not contain {'layuot'} properties" in completed.stderr


def test_the_plugin_is_registered_under_tool_mason() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "validate_pyproject", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "* 'mason': return the schema of the [tool.mason] table" in completed.stdout


def test_a_check_the_audit_does_not_know_is_refused_everywhere(
    generated_project: ProjectFactory, tmp_path: Path
) -> None:
    """validate-pyproject, `mason config` and `mason audit` give one answer about `checks`."""
    validated = _validate(_with_mason_line(generated_project, tmp_path, 'checks = ["typos"]'))
    assert validated.returncode == 1
    assert "`tool.mason.checks[0]` must be one of" in validated.stderr
    for command in (["config", str(tmp_path)], ["audit", str(tmp_path)]):
        refused = run_mason(command)
        assert refused.exit_code == 2, (command, refused.stderr)
        assert "[tool.mason].checks: typos: there is no such check" in refused.stderr
