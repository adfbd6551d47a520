# @file test_typing_narrowing.py
# @path tests/unit/test_typing_narrowing.py
# @version 0.1.0
"""When a narrowed type-checker run is exact, and when only a full run is."""

from mason.checks.typing.narrowing import depends_on_what_was_checked, pyright_focus

TOOLZ_NARROWED = (
    'Operator "in" not supported for types "Literal[\'idx docstring\']" and "() -> (str | '
    '((self: excepts) -> (str | ((self: excepts) -> (str | ((self: Self@excepts) -> ...))))))"'
)
"""pyright's message on toolz's tests after a narrowed run (benchmarks/exactness.py, step 72);
the full run printed ``Self@excepts`` one level higher."""


def test_a_message_that_elides_a_recursive_type_needs_a_full_run() -> None:
    assert depends_on_what_was_checked([TOOLZ_NARROWED])
    assert depends_on_what_was_checked(["fine", TOOLZ_NARROWED])


def test_ordinary_messages_keep_the_narrowed_run() -> None:
    assert not depends_on_what_was_checked([])
    assert not depends_on_what_was_checked(
        ['Type "str" is not assignable to declared type "int"', 'Import "x" could not be found']
    )


def test_pyright_narrows_to_the_focus_within_its_include() -> None:
    focus = ["src/pkg/a.py", "docs/conf.py", ".hidden/x.py", "README.md"]
    assert pyright_focus({"include": ["src"]}, focus) == ["src/pkg/a.py"]
    assert pyright_focus({}, focus) == ["src/pkg/a.py", "docs/conf.py"]
    assert pyright_focus({"exclude": ["build"]}, focus) is None  # what it leaves out is its own
    assert pyright_focus({"include": ["src/*"]}, focus) is None  # a pattern: not narrowable
