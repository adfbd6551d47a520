# @file test_answers.py
# @path tests/unit/test_answers.py
# @version 0.1.0
"""Answers to the template's questions: derivation, validation, all problems at once."""

import keyword

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mason.domain.answers import (
    MAX_PACKAGE_NAME,
    ProjectAnswers,
    package_name_for,
    python_version_for,
    validate_answers,
)
from mason.domain.errors import UsageError


@pytest.mark.parametrize(
    ("project", "package"),
    [("shop", "shop"), ("Shop-API", "shop_api"), ("my.cool--app", "my_cool_app"), ("3d", "_3d")],
)
def test_package_name_is_derived_from_the_project_name(project: str, package: str) -> None:
    assert package_name_for(project) == package


@given(st.from_regex(r"[A-Za-z][A-Za-z0-9._-]{0,30}[A-Za-z0-9]", fullmatch=True))
def test_every_valid_project_name_derives_a_valid_package(project: str) -> None:
    package = package_name_for(project)
    assert package.isidentifier()
    assert package == package.lower()


@pytest.mark.parametrize(
    ("running", "chosen"),
    [((3, 11), "3.12"), ((3, 12), "3.12"), ((3, 13), "3.13"), ((3, 15), "3.14")],
)
def test_python_version_defaults_to_the_closest_supported(
    running: tuple[int, int], chosen: str
) -> None:
    assert python_version_for(running) == chosen


def test_minimal_answers_are_completed_with_defaults() -> None:
    answers = validate_answers({"project_name": "Shop-API"})
    assert answers.package_name == "shop_api"
    assert answers.layout == "library"
    assert answers.license == "MIT"
    assert answers.as_data()["python_version"] == "3.12"


def test_every_invalid_answer_is_reported_at_once() -> None:
    with pytest.raises(UsageError) as caught:
        validate_answers(
            {
                "project_name": "-bad-",
                "package_name": "class",
                "layout": "four-layers",
                "license": "GPL",
                "author_email": "nobody",
                "colour": "blue",
            }
        )
    message = caught.value.message
    assert "6 answers are invalid" in message
    assert "project_name = '-bad-'" in message
    assert "package_name = 'class': is a Python keyword" in message
    assert "layout = 'four-layers': not a layout; did you mean 'four-layer'?" in message
    assert "license = 'GPL'" in message
    assert "author_email = 'nobody': is not an email address" in message
    assert "colour: not a question of the template" in message


@pytest.mark.parametrize(
    ("package", "reason"),
    [
        ("json", "shadows a standard-library module"),
        ("match", "is a Python keyword"),
        ("Shop", "lowercase Python identifier"),
        ("x" * (MAX_PACKAGE_NAME + 1), f"at most {MAX_PACKAGE_NAME} characters"),
    ],
)
def test_package_names_that_would_break_the_project(package: str, reason: str) -> None:
    with pytest.raises(UsageError, match=reason):
        validate_answers({"project_name": "ok", "package_name": package})


@pytest.mark.parametrize("text", ["", "two\nlines", 'has """ quotes', "back\\slash"])
def test_descriptions_must_be_one_safe_line(text: str) -> None:
    with pytest.raises(UsageError, match="description"):
        validate_answers({"project_name": "ok", "description": text})


def test_a_misspelled_question_gets_a_suggestion() -> None:
    with pytest.raises(UsageError, match="did you mean 'license'"):
        validate_answers({"project_name": "ok", "licence": "MIT"})


@given(st.sampled_from(sorted(keyword.kwlist)))
def test_no_keyword_is_ever_a_package_name(word: str) -> None:
    with pytest.raises(UsageError):
        validate_answers({"project_name": "ok", "package_name": word})


def test_answers_are_frozen() -> None:
    answers = ProjectAnswers(project_name="a", package_name="a")
    with pytest.raises(ValueError, match="frozen"):
        answers.layout = "cli"  # type: ignore[misc] # assigning to a frozen model is the point of the test
