# @file test_layouts_command.py
# @path tests/e2e/test_layouts_command.py
# @version 0.1.0
"""``mason layouts`` as a user sees it."""

import json
import subprocess
import sys

from mason.domain.layouts import LAYOUT_NAMES
from tests.support import invoke, run_mason


def test_layouts_table_lists_every_layout_with_seed_and_direction() -> None:
    outcome = invoke(["layouts"])
    assert outcome.exit_code == 0
    for name in LAYOUT_NAMES:
        assert name in outcome.stdout
    assert "application > integration > infrastructure > foundation" in outcome.stdout
    assert "000" in outcome.stdout


def test_layouts_json_is_machine_readable() -> None:
    outcome = run_mason(["layouts", "--json"])
    assert outcome.exit_code == 0
    rows = json.loads(outcome.stdout)
    assert [row["name"] for row in rows] == list(LAYOUT_NAMES)
    assert rows[2]["direction"] == "application > integration > infrastructure > foundation"
    assert rows[6]["src_layout"] is False


def test_python_dash_m_mason_runs_the_same_program() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "mason", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0
    assert completed.stdout.startswith("mason ")
