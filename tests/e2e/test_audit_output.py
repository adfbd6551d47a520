# @file test_audit_output.py
# @path tests/e2e/test_audit_output.py
# @version 0.1.0
"""How ``mason audit`` talks to people: rich tables on a terminal, plain lines otherwise.

These runs use the checks that need no project environment (headers, design, structure), so
they are quick; the tool-backed checks are covered in tests/integration/test_audit_checks.py.
"""

import json
import re
from pathlib import Path

import pytest

from tests.support import invoke, run_mason, write_tree

PYPROJECT = """\
# @file pyproject.toml
# @path pyproject.toml
# @version 1.0
# @description A tiny project.
[project]
name = "tiny"
version = "1.0"

[tool.mason]
package = "tiny"
pure_layers = ["core"]
"""


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return write_tree(
        tmp_path,
        {
            "pyproject.toml": PYPROJECT,
            "src/tiny/__init__.py": (
                '# @file __init__.py\n# @path src/tiny/__init__.py\n# @version 1.0\n"""Tiny."""\n'
            ),
            "src/tiny/core/__init__.py": "x = 1\n",
            "src/tiny/core/model.py": (
                "# @file model.py\n# @path src/tiny/core/model.py\n# @version 0.9\n"
                '"""Models."""\n\nfrom dataclasses import dataclass\n\n\n@dataclass\nclass Point:\n'
                '    """A point."""\n\n    x: int\n'
            ),
        },
    )


CHECKS = ["-c", "headers", "-c", "design", "-c", "structure"]


def test_plain_output_in_a_pipe(tiny: Path) -> None:
    outcome = invoke(["audit", str(tiny), *CHECKS])
    assert outcome.exit_code == 1
    lines = outcome.stdout.splitlines()
    assert "src/tiny/core/__init__.py:1: HDR001 [error] no header" in lines[0]
    assert (
        "src/tiny/core/model.py:3: HDR005 [error] @version 0.9 but the project is at 1.0"
        in outcome.stdout
    )
    assert (
        "src/tiny/core/model.py:10: DES005 [error] dataclass Point in a pure layer is not frozen"
        in outcome.stdout
    )
    assert lines[-1].startswith("mason audit: FAILED (headers, structure, design) in ")


COLOUR = re.compile(r"\x1b\[[0-9;]*3[0-7]m")
"""An escape sequence that sets a foreground colour (bold, dim and italic are not colour)."""
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _text(output: str) -> str:
    return ESCAPES.sub("", output)


def test_rich_output_on_a_terminal(tiny: Path) -> None:
    outcome = invoke(["audit", str(tiny), *CHECKS], env={"TTY_COMPATIBLE": "1", "NO_COLOR": ""})
    assert outcome.exit_code == 1
    assert "mason audit" in outcome.stdout
    assert "src/tiny/core/model.py" in outcome.stdout
    assert "@dataclass" not in outcome.stdout  # the source line shown is the class line
    assert "class Point:" in outcome.stdout
    assert "DES005" in outcome.stdout
    assert "FAILED" in outcome.stdout
    assert "┃ check" in _text(outcome.stdout)
    assert COLOUR.search(outcome.stdout)


def test_force_color_gives_the_table_in_a_pipe(tiny: Path) -> None:
    outcome = invoke(["audit", str(tiny), *CHECKS], env={"FORCE_COLOR": "1", "NO_COLOR": ""})
    assert "┃ check" in _text(outcome.stdout)
    assert COLOUR.search(outcome.stdout)


SPINNER = re.compile("[\u2800-\u28ff]")
"""rich's ``dots`` spinner draws braille cells."""


def test_a_log_gets_one_line_per_check_and_no_spinner_even_with_force_color(tiny: Path) -> None:
    """Issue 19: CI logs that FORCE_COLOR colours were full of spinner frames."""
    outcome = run_mason(["audit", str(tiny), *CHECKS], env={"FORCE_COLOR": "1", "NO_COLOR": ""})
    lines = [_text(line) for line in outcome.stderr.splitlines()]
    names = [line.split()[0] for line in lines if line.strip()]
    assert sorted(names) == sorted(CHECKS[1::2])  # one line per check, as it finishes
    assert all(re.fullmatch(r"\S+\s+(pass|fail|error|skipped)\s+\d+\.\ds", line) for line in lines)
    assert not SPINNER.search(outcome.stderr)


def test_no_color_turns_off_colour_only(tiny: Path) -> None:
    outcome = invoke(["audit", str(tiny), *CHECKS], env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "┃ check" in _text(outcome.stdout)  # the table stays
    assert "\x1b[" in outcome.stdout  # bold and dim stay
    assert not COLOUR.search(outcome.stdout)


def test_tty_compatible_0_means_plain_text_even_with_force_color(tiny: Path) -> None:
    outcome = invoke(["audit", str(tiny), *CHECKS], env={"FORCE_COLOR": "1", "TTY_COMPATIBLE": "0"})
    assert "\x1b[" not in outcome.stdout
    assert outcome.stdout.splitlines()[-1].startswith("mason audit: FAILED")


def test_fix_repairs_headers_and_reports_it(tiny: Path) -> None:
    outcome = invoke(["audit", str(tiny), "-c", "headers", "--fix"])
    assert "fixed headers in 2 files" in outcome.stderr
    remaining = invoke(["audit", str(tiny), "-c", "headers", "-f", "json"])
    report = json.loads(remaining.stdout)
    rules = [finding["rule"] for finding in report["checks"][0]["findings"]]
    assert rules == ["HDR002"]  # the empty __init__ has no description: a person writes it


def test_json_is_valid_even_when_the_output_file_cannot_be_written(tiny: Path) -> None:
    (tiny / "blocked").write_text("a file, not a directory", encoding="utf-8")
    outcome = invoke(
        ["audit", str(tiny), *CHECKS, "-f", "json", "-o", str(tiny / "blocked" / "r.json")]
    )
    assert outcome.exit_code == 2
    assert "cannot write the report" in outcome.stderr


def test_write_baseline_accepts_the_current_findings(tiny: Path) -> None:
    outcome = invoke(["audit", str(tiny), *CHECKS, "--write-baseline"])
    assert outcome.exit_code == 0
    assert "baseline written" in outcome.stderr
    again = invoke(["audit", str(tiny), *CHECKS, "--baseline", str(tiny / ".mason-baseline.json")])
    assert again.exit_code == 0, again.stdout


def test_a_missing_baseline_is_a_configuration_error(tiny: Path) -> None:
    outcome = invoke(["audit", str(tiny), *CHECKS, "--baseline", str(tiny / "nope.json")])
    assert outcome.exit_code == 2
    assert "no baseline at" in outcome.stderr
