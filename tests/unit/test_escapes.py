# @file test_escapes.py
# @path tests/unit/test_escapes.py
# @version 0.1.0
"""Escape hatches: Any in signatures, bare ignores, unexplained casts, pyright ignores."""

import ast

from mason.checks.comments import comments_by_line
from mason.checks.typing.escapes import find_escapes


def _found(source: str) -> list[tuple[str, int | None]]:
    return [(f.rule, f.line) for f in find_escapes(ast.parse(source), source, "m.py")]


def test_any_in_a_signature() -> None:
    source = (
        "from typing import Any\nimport typing\n"
        "def f(x: Any) -> None: ...\n"
        "def g(*args: typing.Any) -> int: ...\n"
        "async def h() -> dict[str, Any]: ...\n"
        "y: Any = 1\n"
    )
    assert _found(source) == [("TYP020", 3), ("TYP020", 4), ("TYP020", 5)]


def test_type_ignores_need_a_code_and_a_reason() -> None:
    source = (
        "a = 1  # type: ignore\n"
        "b = 2  # type: ignore[assignment]\n"
        "c = 3  # type: ignore[assignment] # the stub is wrong\n"
        "d = 4  # type: ignore[misc] - see issue 12\n"
        "s = '# type: ignore'\n"
    )
    assert _found(source) == [("TYP021", 1), ("TYP021", 2)]


def test_pyright_ignores_always_count() -> None:
    assert _found("x = 1  # pyright: ignore[reportGeneralTypeIssues] because\n") == [("TYP023", 1)]


def test_casts_need_a_comment() -> None:
    source = (
        "from typing import cast\nimport typing\n"
        "a = cast(int, 1)\n"
        "b = cast(int, 2)  # the value is an int literal\n"
        "c = typing.cast(\n    int,\n    3,\n)  # wrapped call, comment at the end\n"
    )
    assert _found(source) == [("TYP022", 3)]


def test_escapes_are_warnings_until_the_budget_decides() -> None:
    (finding,) = find_escapes(
        ast.parse("x = 1  # type: ignore\n"), "x = 1  # type: ignore\n", "m.py"
    )
    assert finding.severity.value == "warning"


def test_comments_of_broken_code_do_not_crash() -> None:
    assert comments_by_line("x = (\n  # open\n") == {2: "# open"}


def test_noqa_needs_a_rule_code_and_a_reason() -> None:
    source = (
        "a = 1  # noqa\n"
        "b = 2  # noqa: E501\n"
        "c = 3  # noqa: E501, S608\n"
        "d = 4  # noqa: E501 - a URL cannot be wrapped\n"
        "e = 5  # noqa: FBT001, FBT002 - typer passes flags positionally\n"
        "f = 6  # NOQA:E501 because the table is generated\n"
        "g = 7  # noqa: E501  # type: ignore[misc]\n"
        "h = 8  # a comment that mentions noqa in passing\n"
        "i = 9  # Won't be an import error.  # noqa: BLE001\n"  # attrs' form: the reason first
        "j = 10  # noqa: T201  # printing is the point\n"
        "k = 11  # noqa: F401 # pyright: ignore[reportMissingImports]\n"
        "s = '# noqa'\n"
    )
    assert _found(source) == [
        ("TYP024", 1),
        ("TYP024", 2),
        ("TYP024", 3),
        ("TYP021", 7),  # the type: ignore after it has no reason either
        ("TYP024", 7),  # and it is no reason for the noqa
        ("TYP023", 11),
        ("TYP024", 11),  # nor is a pyright: ignore
    ]


def test_a_whole_file_noqa_counts_too() -> None:
    source = "# ruff: noqa\n# flake8: noqa\n# ruff: noqa: PLC0415 - lazy imports are the point\n"
    found = find_escapes(ast.parse(source), source, "m.py")
    assert [(f.rule, f.line, f.message) for f in found] == [
        ("TYP024", 1, "noqa without a rule code"),
        ("TYP024", 2, "noqa without a rule code"),
    ]


def test_a_comment_alone_on_the_line_above_is_the_reason() -> None:
    source = (
        "def load() -> None:\n"
        "    # imported here: the watcher loads only when asked for\n"
        "    import watchfiles  # noqa: PLC0415\n"
        "    x = 1\n"
        "    import rich  # noqa: PLC0415\n"
        "    # noqa: E501\n"
        "    import yaml  # noqa: PLC0415\n"
        "    # type: ignore[misc]\n"
        "    import toml  # noqa: PLC0415\n"
    )
    assert _found(source) == [
        ("TYP024", 5),
        ("TYP024", 6),
        ("TYP024", 7),
        ("TYP021", 8),
        ("TYP024", 9),
    ]
