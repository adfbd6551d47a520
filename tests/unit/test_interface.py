# @file test_interface.py
# @path tests/unit/test_interface.py
# @version 0.1.0
"""What a module shows its importers: the edits that stay local, and those that do not."""

import ast

import pytest

from mason.domain.unit import Sees
from mason.services.audit.interface import interface_digest

GLOBAL = "def f() -> None:\n    global X\n    X = {}\n"
GUARDED = "if True:\n    def f() -> int:\n        return {}\n"


def _same(before: str, after: str, kind: Sees) -> bool:
    return interface_digest(ast.parse(before), kind) == interface_digest(ast.parse(after), kind)


KINDS: list[Sees] = ["types", "runtime"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_body_of_an_annotated_function_and_moved_lines_stay_local(kind: Sees) -> None:
    before = "def f(x: int) -> int:\n    return x\n"
    after = "\n\n# moved down\ndef f(x: int) -> int:\n    y = 2\n    return x + y\n"
    assert _same(before, after, kind)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("def f(x: int) -> int:\n    return x\n", "def f(x: str) -> int:\n    return 1\n"),
        ("def f(x):\n    return x\n", "def f(x):\n    return str(x)\n"),
        (
            "def f() -> None:\n    global X\n    X = 1\n",
            "def f() -> None:\n    global X\n    X = ''\n",
        ),
        (
            "class A:\n    def m(self) -> None:\n        self.x = 1\n",
            "class A:\n    def m(self) -> None:\n        self.x = ''\n",
        ),
        ("X = 1\n", "X = 2\n"),
        (
            "if True:\n    def f() -> int:\n        return 1\n",
            "if True:\n    def f() -> int:\n        return 2\n",
        ),
        (  # an async generator becomes a coroutine (issue 16, defect 1)
            "async def f() -> AsyncIterator[int]:\n    yield 1\n",
            "async def f() -> AsyncIterator[int]:\n    raise NotImplementedError\n",
        ),
        (
            "def f() -> Iterator[int]:\n    return iter([])\n",
            "def f() -> Iterator[int]:\n    yield from []\n",
        ),
    ],
)
def test_what_a_type_checker_reads_from_a_body_is_shown(before: str, after: str) -> None:
    assert not _same(before, after, "types")


def test_at_run_time_only_what_runs_at_import_is_shown() -> None:
    method = "class A:\n    def m(self) -> None:\n        self.x = {}\n"
    assert _same(method.format(1), method.format(2), "runtime")
    assert _same("def f(x):\n    return x\n", "def f(x):\n    return str(x)\n", "runtime")
    assert not _same("class A:\n    size = 1\n", "class A:\n    size = 2\n", "runtime")
    assert not _same(
        "@cache\ndef f() -> int:\n    return 1\n", "def f() -> int:\n    return 1\n", "runtime"
    )


def test_a_yield_in_a_nested_function_leaves_the_outer_one_a_function() -> None:
    before = "def f() -> int:\n    return 1\n"
    after = "def f() -> int:\n    def g():\n        yield 1\n    return 1\n"
    assert _same(before, after, "types")
