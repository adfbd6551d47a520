# @file test_self_standard.py
# @path tests/integration/test_self_standard.py
# @version 0.1.0
"""mason passes the standard it enforces: every gate runs on mason's own repository.

Like repo-review's ``test_local``, this makes a regression in mason's own code, typing or
layers fail the test suite, not just a separate CI step someone may forget to run.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

GATES = {
    "ruff check": [str(BIN / "ruff"), "check", "."],
    "ruff format": [str(BIN / "ruff"), "format", "--check", "."],
    "mypy": [str(BIN / "mypy")],
    "pyright": [str(BIN / "pyright")],
    "lint-imports": [str(BIN / "lint-imports")],
    # coverage is skipped: it would run this very test suite again (the outer pytest run
    # already enforces mason's coverage gate)
    "mason audit": [str(BIN / "mason"), "audit", "--skip", "coverage"],
}


@pytest.mark.parametrize("gate", list(GATES))
def test_mason_passes_its_own_gate(gate: str) -> None:
    completed = subprocess.run(
        GATES[gate], cwd=ROOT, capture_output=True, text=True, check=False, timeout=600
    )
    assert completed.returncode == 0, f"{gate} failed:\n{completed.stdout}\n{completed.stderr}"


def _quickstart_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1]
    block = re.search(r"```bash\n(.*?)```", quickstart, re.DOTALL)
    assert block is not None, "README.md's Quickstart has no bash block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_quickstart_has_the_two_commands() -> None:
    commands = _quickstart_commands()
    assert len(commands) == 2
    assert all(command.startswith("./setup.sh && ") for command in commands)
    assert "pytest" in commands[1]


@pytest.mark.parametrize("no_color", ["1", ""], ids=["NO_COLOR", "not-a-terminal"])
def test_setup_prints_no_colour_codes_off_a_terminal(no_color: str) -> None:
    """A log file or CI shows what setup.sh says, not escape codes (even where CI forces colour)."""
    env = {**os.environ, "NO_COLOR": no_color, "FORCE_COLOR": "1", "CLICOLOR_FORCE": "1"}
    completed = subprocess.run(
        ["./setup.sh"], cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=600
    )
    assert completed.returncode == 0, completed.stderr
    assert "setup: environment ready" in completed.stderr
    assert "\x1b[" not in completed.stdout + completed.stderr


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command_lines = [line for line in ci.splitlines() if line and not line.startswith("#")]
    assert _quickstart_commands()[1] in command_lines
