# @file test_api.py
# @path tests/integration/test_api.py
# @version 0.1.0
"""``mason.api``: the commands' work from Python, on a real project, with typed results."""

from pathlib import Path

import pytest

from mason import api
from mason.domain.exit_codes import ExitCode
from tests.api_typing import api_usage
from tests.support import insert_after_docstring, snapshot_tree

pytestmark = pytest.mark.slow


def test_audit_returns_the_report_the_command_prints(project: Path) -> None:
    report = api.audit(project, checks=["lint", "design"])
    assert report.passed
    assert [check.name for check in report.checks] == ["lint", "design"]
    insert_after_docstring(project / "src/demo_cli/core/words.py", "import os\n")
    assert api_usage.gate(project) == ExitCode.FAILED


def test_bad_usage_raises_mason_error_with_its_exit_code(project: Path) -> None:
    with pytest.raises(api.MasonError) as caught:
        api.audit(project, checks=["lnt"])
    assert caught.value.exit_code == ExitCode.BAD_INPUT
    assert "did you mean 'lint'?" in (caught.value.hint or "")
    with pytest.raises(api.MasonError, match="no rule 'LAY01'"):
        api.explain("LAY01")


def test_explain_checks_and_a_plugin_check_built_with_the_api() -> None:
    assert api.explain("lay001").check == "layers"
    assert api.explain("E501").tool == "ruff"
    assert [check.name for check in api.checks()][:2] == ["lint", "format"]
    assert api_usage.describe("HDR001").startswith("File has no header (error)")
    mine = api_usage.my_check()
    assert (mine.name, mine.units[0].cost, mine.origin) == ("mine", 2, "mason-standard")


def test_upgrade_and_adopt_report_without_writing(project: Path) -> None:
    before = snapshot_tree(project)
    assert api_usage.upgrade(project)
    outcome = api.adopt(project, pretend=True)
    assert outcome.adoption.package == "demo_cli"
    assert snapshot_tree(project) == before


def test_new_creates_a_project(tmp_path: Path) -> None:
    made = api.new(tmp_path / "made", layout="library", lock=False, git=False)
    assert made.answers is not None
    assert made.answers.layout == "library"
    assert (tmp_path / "made" / "pyproject.toml").is_file()
    with pytest.raises(api.MasonError, match="layout"):
        api.new(tmp_path / "other", layout="no-such-layout", lock=False, git=False)
