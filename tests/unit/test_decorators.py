# @file test_decorators.py
# @path tests/unit/test_decorators.py
# @version 0.1.0
"""Decorators over syntax trees: signatures erased by Callable[..., R], wrappers without wraps."""

import ast

from mason.checks.decorators.judge import check_decorators


def _found(source: str) -> list[tuple[str, int | None]]:
    return [(f.rule, f.line) for f in check_decorators(ast.parse(source), "m.py")]


PRESERVING = """
import functools
from collections.abc import Callable


def timed[**P, R](func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return func(*args, **kwargs)

    return wrapper


def register[F: Callable[..., object]](func: F) -> F:
    return func


def retry[**P, R](times: int) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            return func(*args, **kwargs)

        return functools.update_wrapper(wrapper, func)

    return decorate
"""


def test_a_paramspec_decorator_with_wraps_passes() -> None:
    assert _found(PRESERVING) == []


def test_callable_with_ellipsis_in_and_out_erases_the_signature() -> None:
    source = (
        "import typing\nfrom collections.abc import Callable\n"
        "def timer[R](func: Callable[..., R]) -> Callable[..., R]:\n    return func\n"
        "class Context:\n"
        "    def on_close(self, f: typing.Callable[..., object]) -> typing.Callable[..., object]:\n"
        "        return f\n"
        "def retry[R](n: int) -> Callable[[Callable[..., R]], Callable[..., R]]:\n"
        "    return lambda func: func\n"
    )
    findings = check_decorators(ast.parse(source), "m.py")
    assert [(f.rule, f.line) for f in findings] == [("DEC001", 3), ("DEC001", 6), ("DEC001", 8)]
    assert "timer() takes and returns Callable[..., ...]" in findings[0].message


def test_a_callable_in_or_out_alone_is_not_a_decorator() -> None:
    source = (
        "from collections.abc import Callable\n"
        "def run(callback: Callable[..., int]) -> int:\n    return callback()\n"
        "def factory(name: str) -> Callable[..., int]:\n    return len\n"
        "def compose(f: Callable[[int], int]) -> Callable[[int], int]:\n    return f\n"
    )
    assert _found(source) == []


def test_a_wrapper_returned_without_wraps() -> None:
    source = (
        "def logged(func):\n"
        "    def wrapper(*args, **kwargs):\n"
        "        return func(*args, **kwargs)\n"
        "    return wrapper\n"
        "def retry(times):\n"
        "    def decorate(func):\n"
        "        async def attempt(*args, **kwargs):\n"
        "            return await func(*args, **kwargs)\n"
        "        return attempt\n"
        "    return decorate\n"
        "class Bus:\n"
        "    @staticmethod\n"
        "    def guard(fn):\n"
        "        def guarded(*args, **kwargs):\n"
        "            fn(*args, **kwargs)\n"
        "        return guarded\n"
    )
    assert _found(source) == [("DEC002", 2), ("DEC002", 7), ("DEC002", 14)]


def test_closures_that_wrap_nothing_or_are_not_returned_pass() -> None:
    source = (
        "def noop_factory():\n"
        "    def noop(*args, **kwargs):\n"
        "        return None\n"
        "    return noop\n"
        "def call_later(func):\n"
        "    def run(*args, **kwargs):\n"
        "        return func(*args, **kwargs)\n"
        "    run(1)\n"
        "    return None\n"
        "def bound(func):\n"
        "    def one(x):\n"
        "        return func(x)\n"
        "    return one\n"
    )
    assert _found(source) == []
