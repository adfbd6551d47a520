# @file junit_merge.py
# @path src/mason/adapters/tools/junit_merge.py
# @version 0.1.0
"""Replace some test files' cases in a pytest JUnit XML report with those of a new run.

pytest names each case's ``classname`` after its node id (``tests/test_a.py::TestB::test_c``
becomes ``tests.test_a.TestB``), so a case belongs to the test file whose dotted path is the
longest prefix of its class name. The merged report keeps the earlier report's order of files
(pytest's run order); a file it did not have comes last.
"""

from collections.abc import Collection, Sequence
from xml.etree import ElementTree as ET

COUNTED = ("failure", "error", "skipped")


def _dotted(test_file: str) -> str:
    return test_file.removesuffix(".py").replace("/", ".")


def _owner(classname: str, prefixes: Sequence[tuple[str, str]]) -> str | None:
    for dotted, test_file in prefixes:
        if classname == dotted or classname.startswith(dotted + "."):
            return test_file
    return None


def _cases(text: str) -> tuple[ET.Element, list[ET.Element]]:
    root = ET.fromstring(text)  # noqa: S314 - pytest wrote this report moments ago
    suite = root if root.tag == "testsuite" else root.find("testsuite")
    if suite is None:
        msg = "a JUnit report without a testsuite"
        raise ValueError(msg)
    return root, list(suite.iter("testcase"))


def _ordered(
    old_cases: Sequence[ET.Element],
    new_cases: Sequence[ET.Element],
    prefixes: Sequence[tuple[str, str]],
) -> list[ET.Element]:
    """Return the old cases with each replaced file's group of cases swapped for the new."""
    groups: dict[str, list[ET.Element]] = {}
    order: list[str | ET.Element] = []
    for case in old_cases:
        owner = _owner(case.get("classname", ""), prefixes)
        if owner is None:
            order.append(case)
        elif owner not in groups:
            groups[owner] = []
            order.append(owner)
    for case in new_cases:
        owner = _owner(case.get("classname", ""), prefixes)
        if owner is None:
            msg = f"the new run has a case of another file: {case.get('classname')}"
            raise ValueError(msg)
        groups.setdefault(owner, []).append(case)
    placed = {item for item in order if isinstance(item, str)}
    order += sorted(set(groups) - placed)
    return [case for item in order for case in (groups[item] if isinstance(item, str) else [item])]


def merge_junit(earlier: str, fresh: str, test_files: Collection[str]) -> str:
    """Return ``earlier`` with the cases of ``test_files`` replaced by ``fresh``'s cases.

    Raises:
        ValueError: a report does not parse, or a case of ``fresh`` is not of ``test_files``.

    """
    prefixes = sorted(((_dotted(f), f) for f in test_files), key=lambda p: -len(p[0]))
    try:
        root, old_cases = _cases(earlier)
        _, new_cases = _cases(fresh)
    except ET.ParseError as error:
        raise ValueError(str(error)) from error
    merged = _ordered(old_cases, new_cases, prefixes)
    suite = root if root.tag == "testsuite" else root.find("testsuite")
    if suite is None:  # pragma: no cover - _cases found it
        raise ValueError(earlier)
    for case in old_cases:
        suite.remove(case)
    suite.extend(merged)
    suite.set("tests", str(len(merged)))
    for tag, attribute in zip(COUNTED, ("failures", "errors", "skipped"), strict=True):
        suite.set(attribute, str(sum(case.find(tag) is not None for case in merged)))
    return ET.tostring(root, encoding="unicode")


def concatenate_junit(reports: Sequence[str]) -> str:
    """Return one report with every case of ``reports``, in their order (shards, one by one).

    Raises:
        ValueError: a report does not parse.

    """
    if not reports:
        msg = "no JUnit reports to join"
        raise ValueError(msg)
    try:
        root, _ = _cases(reports[0])
        rest = [_cases(text)[1] for text in reports[1:]]
    except ET.ParseError as error:
        raise ValueError(str(error)) from error
    suite = root if root.tag == "testsuite" else root.find("testsuite")
    if suite is None:  # pragma: no cover - _cases found it
        raise ValueError(reports[0])
    for cases in rest:
        suite.extend(cases)
    merged = list(suite.iter("testcase"))
    suite.set("tests", str(len(merged)))
    for tag, attribute in zip(COUNTED, ("failures", "errors", "skipped"), strict=True):
        suite.set(attribute, str(sum(case.find(tag) is not None for case in merged)))
    return ET.tostring(root, encoding="unicode")
