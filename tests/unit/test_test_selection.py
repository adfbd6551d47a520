# @file test_test_selection.py
# @path tests/unit/test_test_selection.py
# @version 0.1.0
"""Which tests a change re-runs, and how their JUnit cases replace the earlier ones."""

from xml.etree import ElementTree as ET

import pytest

from mason.adapters.tools.junit_merge import merge_junit
from mason.checks.coverage.selection import is_test_file, select_tests
from mason.domain.test_run import TestReach

SOURCES = ["src", "src/demo"]


def test_pytest_collects_the_default_test_file_names_only() -> None:
    assert is_test_file("tests/test_core.py")
    assert is_test_file("tests/core_test.py")
    assert not is_test_file("tests/helpers.py")
    assert not is_test_file("tests/conftest.py")


def _reach(covering: set[str] | None = None, known: set[str] | None = None) -> TestReach:
    return TestReach(covering=frozenset(covering or ()), known=frozenset(known or ()))


def test_a_changed_module_reruns_the_tests_that_import_it_or_ran_its_lines() -> None:
    chosen = select_tests(
        ["src/demo/core/a.py"],
        {"src/demo/core/a.py", "src/demo/app.py", "tests/test_app.py"},
        _reach({"tests/test_dynamic.py"}),
        SOURCES,
    )
    assert chosen == ["tests/test_app.py", "tests/test_dynamic.py"]


def test_a_changed_test_file_reruns_itself_whatever_its_name_if_it_had_tests() -> None:
    assert select_tests(["tests/test_a.py"], {"tests/test_a.py"}, _reach(), SOURCES) == [
        "tests/test_a.py"
    ]
    named = "tests/check_a.py"
    assert select_tests([named], {named}, _reach(known={named}), SOURCES) == [named]


def test_a_module_beside_the_package_in_src_is_the_project_s_code() -> None:
    assert select_tests(["src/other/b.py"], {"src/other/b.py"}, _reach(), SOURCES) == []


def test_a_changed_module_no_chosen_test_imports_gets_one_that_does() -> None:
    changed = "src/demo/core/a.py"
    importers = {changed: ("src/demo/app.py", "tests/test_app.py", "tests/test_zoo.py")}
    chosen = select_tests([changed], {changed}, _reach(), SOURCES, importers)
    assert chosen == ["tests/test_app.py"]
    covered = select_tests([changed], {changed}, _reach({"tests/test_zoo.py"}), SOURCES, importers)
    assert covered == ["tests/test_zoo.py"]


@pytest.mark.parametrize(
    "changed",
    ["tests/conftest.py", "conftest.py", "tests/helpers.py", "scripts/tool.py", "noxfile.py"],
)
def test_what_the_graph_cannot_see_reruns_everything(changed: str) -> None:
    assert select_tests([changed], {changed}, _reach(), SOURCES) is None


def test_a_flat_project_narrows_its_package_and_its_tests_only() -> None:
    flat = ["demo"]
    assert select_tests(["demo.py"], {"demo.py"}, _reach(), flat) is None
    assert select_tests(["demo/a.py"], {"demo/a.py"}, _reach(), flat) == []
    assert select_tests(["tests/test_a.py"], {"tests/test_a.py"}, _reach(), flat) == [
        "tests/test_a.py"
    ]


def _report(*cases: tuple[str, str, bool]) -> str:
    body = "".join(
        f'<testcase classname="{cls}" name="{name}" time="0.1">'
        + ('<failure message="no"/>' if failed else "")
        + "</testcase>"
        for cls, name, failed in cases
    )
    return (
        f'<testsuites><testsuite name="pytest" tests="{len(cases)}">{body}</testsuite></testsuites>'
    )


def _cases(text: str) -> list[tuple[str | None, str | None, bool]]:
    root = ET.fromstring(text)  # noqa: S314 - written by the test
    return [
        (case.get("classname"), case.get("name"), case.find("failure") is not None)
        for case in root.iter("testcase")
    ]


def test_the_new_cases_replace_the_old_ones_of_their_file_in_place() -> None:
    earlier = _report(
        ("tests.test_a", "test_one", False),
        ("tests.test_b.TestB", "test_two", False),
        ("tests.test_b", "test_three", False),
        ("tests.test_c", "test_four", True),
    )
    fresh = _report(("tests.test_b.TestB", "test_two", True))
    merged = merge_junit(earlier, fresh, ["tests/test_b.py"])
    assert _cases(merged) == [
        ("tests.test_a", "test_one", False),
        ("tests.test_b.TestB", "test_two", True),
        ("tests.test_c", "test_four", True),
    ]
    suite = ET.fromstring(merged).find("testsuite")  # noqa: S314 - written above
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures")) == ("3", "2")


def test_a_longer_module_name_is_not_taken_for_its_prefix() -> None:
    earlier = _report(("tests.test_a", "t", False), ("tests.test_ab", "t", False))
    merged = merge_junit(earlier, _report(("tests.test_a", "t", True)), ["tests/test_a.py"])
    assert _cases(merged) == [("tests.test_a", "t", True), ("tests.test_ab", "t", False)]


def test_a_case_of_a_file_that_was_not_rerun_is_refused() -> None:
    with pytest.raises(ValueError, match="another file"):
        merge_junit(_report(), _report(("tests.test_x", "t", False)), ["tests/test_a.py"])
    with pytest.raises(ValueError, match=r"\w"):
        merge_junit("<not xml", _report(), ["tests/test_a.py"])
