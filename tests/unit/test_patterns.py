# @file test_patterns.py
# @path tests/unit/test_patterns.py
# @version 0.1.0
"""Selecting files by pattern asks pathspec only about paths that can match: never another answer.

``select`` skips a path that lacks a literal part of a pattern, and unions the patterns one by
one where no pattern negates; both are shortcuts, so a search compares them with pathspec
asked about every path with every pattern at once.
"""

import warnings
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from mason.domain.patterns import hits, matches, needed, select

_NAME = st.text(alphabet="ab.-_*?[]! #\\", min_size=1, max_size=6)
_PATH = st.lists(_NAME, min_size=1, max_size=4).map("/".join)
_PATTERN = st.text(alphabet="ab.*?/[]!#\\ ", min_size=1, max_size=8)


@settings(max_examples=400)
@given(st.lists(_PATH, max_size=12, unique=True), st.lists(_PATTERN, min_size=1, max_size=4))
def test_select_answers_as_pathspec_does(paths: list[str], patterns: list[str]) -> None:
    """The same files, or the same refusal of a pattern gitignore cannot read."""
    wanted = tuple(patterns)

    def answer(how: Callable[[], tuple[str, ...]]) -> tuple[str, ...] | str:
        try:
            with warnings.catch_warnings():  # re warns of a class like "[[]" the first time
                warnings.simplefilter("ignore", FutureWarning)
                return how()
        except ValueError as error:  # pathspec's GitIgnorePatternError is one
            return type(error).__name__

    assert answer(lambda: select(paths, wanted)) == answer(
        lambda: tuple(path for path in paths if matches(path, wanted))
    )


@settings(max_examples=400)
@given(_PATH, _PATTERN)
def test_a_path_without_the_needed_part_never_matches(path: str, pattern: str) -> None:
    if needed(pattern) not in path:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", FutureWarning)
                assert not matches(path, (pattern,))
        except ValueError:  # a pattern gitignore cannot read matches nothing it could skip
            pass


def test_the_patterns_units_declare_have_the_parts_they_look_like() -> None:
    assert needed("*.py") == ".py"
    assert needed("/mypy.ini") == "mypy.ini"
    assert needed("/.github/workflows/*.yml") == "workflows"
    assert needed("*") == ""
    assert needed("!*.py") == ""  # a negation: no shortcut
    assert needed("[ab].py") == ""  # a character class: no shortcut
    files = ["a.py", "src/b.py", "x.py/readme.txt", "mypy.ini", "sub/mypy.ini", "c.pyi"]
    assert hits(files, "*.py") == {"a.py", "src/b.py", "x.py/readme.txt"}
    assert hits(files, "/mypy.ini") == {"mypy.ini"}


def test_shared_hits_are_asked_once_per_pattern() -> None:
    asked: list[str] = []
    files = ["a.py", "b.md", "pyproject.toml"]

    def remembered(pattern: str) -> frozenset[str]:
        asked.append(pattern)
        return hits(files, pattern)

    assert select(files, ("*.py", "*.py", "/pyproject.toml"), remembered) == (
        "a.py",
        "pyproject.toml",
    )
    assert asked == ["*.py", "/pyproject.toml"]
    assert select(files, ("*", "!*.md")) == ("a.py", "pyproject.toml")
