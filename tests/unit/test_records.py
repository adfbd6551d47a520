# @file test_records.py
# @path tests/unit/test_records.py
# @version 0.1.0
"""Untyped records: str-keyed dicts of Any or object returned or kept by public code."""

import ast

from mason.checks.typing.records import find_untyped_records


def _found(source: str) -> list[tuple[str, int | None]]:
    return [(f.rule, f.line) for f in find_untyped_records(ast.parse(source), "m.py")]


def test_returned_and_kept_records_are_reported() -> None:
    source = (
        "from collections.abc import Mapping\nfrom typing import Any\nimport typing\n"
        "def load() -> dict[str, object]: ...\n"
        "async def rows() -> list[Mapping[str, object]] | None: ...\n"
        "class Order:\n"
        "    extra: dict[str, Any]\n"
        "    meta: typing.Dict[str, typing.Any] = {}\n"
        "    def as_record(self) -> Mapping[str, object]: ...\n"
    )
    findings = find_untyped_records(ast.parse(source), "m.py")
    assert [(f.rule, f.line, f.severity.value) for f in findings] == [
        ("TYP026", 4, "warning"),
        ("TYP026", 5, "warning"),
        ("TYP026", 7, "warning"),
        ("TYP026", 8, "warning"),
        ("TYP026", 9, "warning"),
    ]
    assert findings[0].message.startswith("load() returns an untyped record (str to object)")
    assert findings[2].message.startswith("field Order.extra is an untyped record (str to Any)")


def test_parsers_private_code_typed_records_and_any_returns_pass() -> None:
    source = (
        "from collections.abc import Mapping\nfrom typing import Any\n"
        "def parse(raw: Mapping[str, object]) -> int: ...\n"
        "def _helper() -> dict[str, object]: ...\n"
        "def counts() -> dict[str, int]: ...\n"
        "def by_id() -> dict[int, object]: ...\n"
        "def loose() -> dict[str, Any]: ...  # TYP020 counts it\n"
        "class _Private:\n    extra: dict[str, object]\n"
        "class Public:\n    _cache: dict[str, object]\n"
        "    __dataclass_fields__: dict[str, Any]  # litestar's DataclassProtocol\n"
        "    def _raw(self) -> dict[str, object]: ...\n"
    )
    assert _found(source) == []
