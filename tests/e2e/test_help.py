# @file test_help.py
# @path tests/e2e/test_help.py
# @version 0.1.0
"""``--help`` teaches what to type: flags take no value, choices are named, nothing is hidden.

Every command's help is read as a user reads it, from the program, at a narrow and a wide
terminal: no row may show a Python type where a value is typed (``--no-cache <bool>`` made
``mason audit --no-cache true`` look right), no choice may be split across lines, and the root
help lists every command, nested ones included.
"""

import re

import pytest
from typer.core import TyperArgument, TyperOption

from mason.cli.app import RootGroup
from mason.cli.lazy_group import build_command
from tests.support import run_mason

COMMANDS = [
    *([name] for name in RootGroup.entries),
    *([name, inner] for name, nested in RootGroup.nested.items() for inner in nested),
]


def _help(words: list[str], columns: int) -> str:
    outcome = run_mason([*words, "--help"], env={"COLUMNS": str(columns), "TERM": "dumb"})
    assert outcome.exit_code == 0, outcome.stderr
    return outcome.stdout


def _choices(words: list[str]) -> dict[str, tuple[str, ...]]:
    entry = RootGroup.nested[words[0]][words[1]] if len(words) > 1 else RootGroup.entries[words[0]]
    command = build_command(" ".join(words), entry)
    found: dict[str, tuple[str, ...]] = {}
    for param in command.params:
        if isinstance(param, TyperArgument | TyperOption) and param.type_descriptor.is_choice:
            found[param.name or ""] = tuple(
                str(getattr(c, "value", c)) for c in param.type_descriptor.choices or ()
            )
    return found


@pytest.mark.parametrize("columns", [60, 100])
@pytest.mark.parametrize("words", COMMANDS, ids=" ".join)
def test_every_option_row_shows_what_is_typed_and_names_every_choice_whole(
    words: list[str], columns: int
) -> None:
    text = _help(words, columns)
    rows = [line for line in text.splitlines() if line.startswith("│ -")]
    assert rows
    for row in rows:
        assert "<bool>" not in row
        assert not re.search(r"<\w+\[", row), row  # <list[str]>: a Python type
        assert not re.search(r"\w\|\w", row), row  # choices spelled out in the narrow column
    words_in_text = set(re.findall(r"[\w-]+", text))
    for name, choices in _choices(words).items():
        for choice in choices:
            assert choice in words_in_text, (name, choice)


def test_the_root_help_lists_nested_commands_under_their_parent() -> None:
    text = _help([], 100)
    lines = [line.strip("│ ").split("  ")[0] for line in text.splitlines()]
    assert lines.index("audit merge") == lines.index("audit") + 1


def test_a_flag_takes_no_value_as_help_shows() -> None:
    outcome = run_mason(["audit", "--no-cache", "true"])
    assert outcome.exit_code == 2
    assert "--no-cache <bool>" not in _help(["audit"], 100)
