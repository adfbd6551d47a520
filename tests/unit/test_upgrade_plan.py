# @file test_upgrade_plan.py
# @path tests/unit/test_upgrade_plan.py
# @version 0.1.0
"""Classifying an upgrade from the old render, the new render and the project's files."""

from hypothesis import given
from hypothesis import strategies as st

from mason.checks.upgrade_plan import classify
from mason.domain.change_kind import ChangeKind
from mason.domain.layouts import detect_layout

A, B, C = b"a\n", b"b\n", b"c\n"


def test_every_case_of_the_table() -> None:
    old = {
        "same": A,
        "template-only": A,
        "both": A,
        "yours-only": A,
        "removed": A,
        "removed-edited": A,
        "gone": A,
    }
    new = {
        "same": A,
        "template-only": B,
        "both": B,
        "yours-only": A,
        "added": C,
        "gone": B,
        "added-both": C,
    }
    project = {
        "same": A,
        "template-only": A,
        "both": C,
        "yours-only": C,
        "removed": A,
        "removed-edited": B,
        "added-both": A,
    }
    assert classify(old, new, project) == {
        "added": ChangeKind.CREATED,
        "added-both": None,
        "both": None,
        "gone": ChangeKind.UNCHANGED,
        "removed": ChangeKind.DELETED,
        "removed-edited": None,
        "same": ChangeKind.UNCHANGED,
        "template-only": ChangeKind.UPDATED,
        "yours-only": ChangeKind.UNCHANGED,
    }


def test_a_file_already_like_the_new_template_is_unchanged() -> None:
    assert classify({"f": A}, {"f": B}, {"f": B}) == {"f": ChangeKind.UNCHANGED}
    assert classify({}, {"f": B}, {"f": B}) == {"f": ChangeKind.UNCHANGED}


contents = st.sampled_from([A, B, C])


@given(
    st.dictionaries(st.sampled_from("xyz"), contents),
    st.dictionaries(st.sampled_from("xyz"), contents),
)
def test_an_untouched_project_never_needs_a_merge(
    old: dict[str, bytes], new: dict[str, bytes]
) -> None:
    plan = classify(old, new, dict(old))
    assert None not in plan.values()
    assert set(plan) == set(old) | set(new)


@given(
    st.dictionaries(st.sampled_from("xyz"), contents),
    st.dictionaries(st.sampled_from("xyz"), contents),
)
def test_a_template_that_did_not_change_changes_nothing(
    old: dict[str, bytes], project: dict[str, bytes]
) -> None:
    assert set(classify(old, dict(old), project).values()) <= {ChangeKind.UNCHANGED}


def test_layout_detection_from_package_folders() -> None:
    assert (
        detect_layout({"domain", "protocols", "ops", "adapters", "runtime", "decorators"})
        == "functional-core"
    )
    assert detect_layout({"cli.py", "commands", "core", "__init__.py"}) == "cli"
    assert (
        detect_layout({"foundation", "infrastructure", "integration", "application"})
        == "four-layer"
    )
    assert (
        detect_layout({"api", "core", "crud", "models", "schemas", "services", "main.py"})
        == "webapp"
    )
    assert (
        detect_layout({"core", "domain", "application", "infrastructure", "interface"})
        == "clean-ddd"
    )
    assert detect_layout({"utils.py", "core"}) == "library"
    assert detect_layout(set()) == "library"
