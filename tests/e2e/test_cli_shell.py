# @file test_cli_shell.py
# @path tests/e2e/test_cli_shell.py
# @version 0.1.0
"""The command-line shell: version, help, and the error boundary, in-process and as a program."""

from pathlib import Path

import pytest

from mason import __version__
from mason.cli.commands import config as config_command
from tests.support import invoke, run_mason, write_tree

BAD_CONFIG = '[project]\nname = "x"\n[tool.mason]\nlayot = "cli"\n'


def test_version_in_process() -> None:
    outcome = invoke(["--version"])
    assert outcome.exit_code == 0
    assert outcome.stdout == f"mason {__version__}\n"


def test_version_as_a_program() -> None:
    outcome = run_mason(["--version"])
    assert outcome.exit_code == 0
    assert outcome.stdout == f"mason {__version__}\n"


def test_help_describes_every_command_and_the_exit_codes() -> None:
    outcome = invoke(["--help"])
    assert outcome.exit_code == 0
    assert "one written engineering standard" in outcome.stdout
    assert "config" in outcome.stdout
    assert "--debug" in outcome.stdout
    assert "3 a check could not run" in outcome.stdout


def test_no_arguments_shows_help() -> None:
    outcome = run_mason([])
    assert outcome.exit_code == 2
    assert "Usage: mason" in outcome.stdout + outcome.stderr


def test_unknown_option_is_a_usage_error() -> None:
    outcome = run_mason(["--frobnicate"])
    assert outcome.exit_code == 2
    assert "No such option" in outcome.stderr


def test_config_prints_effective_settings(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pyproject.toml": '[tool.mason]\nlayout = "cli"\n'})
    outcome = invoke(["config", str(tmp_path), "--json"])
    assert outcome.exit_code == 0
    assert '"layout": "cli"' in outcome.stdout
    assert '"fail_under": 70.0' in outcome.stdout


def test_config_error_is_one_line_and_a_hint_in_process(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pyproject.toml": BAD_CONFIG})
    outcome = invoke(["config", str(tmp_path)])
    assert outcome.exit_code == 2
    lines = outcome.stderr.splitlines()
    assert lines[0].startswith("error: invalid [tool.mason] in ")
    assert "did you mean 'layout'?" in lines[0]
    assert lines[1].startswith("hint: ")
    assert "Traceback" not in outcome.stderr
    assert outcome.stdout == ""


def test_config_error_as_a_program_has_no_traceback(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pyproject.toml": BAD_CONFIG})
    outcome = run_mason(["config"], cwd=tmp_path)
    assert outcome.exit_code == 2
    assert outcome.stderr.startswith("error: invalid [tool.mason]")
    assert "Traceback" not in outcome.stderr


def test_malformed_toml_as_a_program(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pyproject.toml": "[tool.mason\n"})
    outcome = run_mason(["config"], cwd=tmp_path)
    assert outcome.exit_code == 2
    assert f"{tmp_path.resolve() / 'pyproject.toml'}:1:" in outcome.stderr
    assert "malformed TOML" in outcome.stderr


def test_debug_shows_the_traceback_of_a_mason_error(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pyproject.toml": BAD_CONFIG})
    outcome = run_mason(["--debug", "config"], cwd=tmp_path)
    assert outcome.exit_code == 1
    assert "Traceback" in outcome.stderr
    assert "ConfigError" in outcome.stderr


def _explode(*_args: object, **_kwargs: object) -> None:
    msg = "boom"
    raise RuntimeError(msg)


def test_an_unexpected_crash_is_one_line_asking_for_a_report(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    write_tree(tmp_path, {"pyproject.toml": "[tool.mason]\n"})
    monkeypatch.setattr(config_command, "load_project", _explode)
    outcome = invoke(["config", str(tmp_path)])
    assert outcome.exit_code == 3
    assert outcome.stderr.splitlines()[0] == "error: internal error: RuntimeError: boom"
    assert "--debug" in outcome.stderr
    assert "Traceback" not in outcome.stderr


def test_an_unexpected_crash_with_debug_env_raises(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    write_tree(tmp_path, {"pyproject.toml": "[tool.mason]\n"})
    monkeypatch.setattr(config_command, "load_project", _explode)
    outcome = invoke(["config", str(tmp_path)], env={"MASON_DEBUG": "1"})
    assert outcome.exit_code == 1
