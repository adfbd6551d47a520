# @file test_completion.py
# @path tests/e2e/test_completion.py
# @version 0.1.0
"""Shell completion, through the protocol shells use (click's ``_MASON_COMPLETE``)."""

import os
import subprocess

import pytest

from mason.checks.builtin import BUILTIN_CHECKS
from tests.support import MASON

STRUCTURE_00X = {r.id for c in BUILTIN_CHECKS for r in c.rules if r.id.startswith("STR00")}


def _complete(words: str, dialect: str = "bash") -> list[str]:
    env = {
        **os.environ,
        "_MASON_COMPLETE": f"complete_{dialect}",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
        "_TYPER_COMPLETE_ARGS": words,
    }
    completed = subprocess.run(
        [str(MASON)], capture_output=True, text=True, env=env, check=False, timeout=60
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout.split()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("mason explain HDR00", {f"HDR00{n}" for n in range(1, 6)}),
        ("mason explain STR00", STRUCTURE_00X),
        ("mason explain E5", {"E501", "E502"}),  # ruff's codes, as ruff itself lists them
        ("mason audit --check ty", {"typing"}),
        ("mason audit --skip co", {"coverage"}),
        ("mason new demo --layout c", {"cli", "clean-ddd"}),
        ("mason upgrade --adopt --layout fun", {"functional-core"}),
        ("mason schema ", {"config", "report"}),
    ],
)
def test_completion_offers_what_mason_knows(words: str, expected: set[str]) -> None:
    assert set(_complete(words)) == expected


def test_zsh_completion_shows_each_rules_title() -> None:
    output = " ".join(_complete("mason explain TYP011", dialect="zsh"))
    assert '"TYP011":"pyright reports an error"' in output
