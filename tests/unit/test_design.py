# @file test_design.py
# @path tests/unit/test_design.py
# @version 0.1.0
"""Design rules over syntax trees: classes per file, Protocol-first, frozen pure models."""

import ast

import pytest

from mason.checks.design.judge import check_design, syntax_error_finding


def _rules(source: str, *, pure: bool = False) -> list[tuple[str, int | None]]:
    findings = check_design(ast.parse(source), "src/pkg/mod.py", pure=pure)
    return [(finding.rule, finding.line) for finding in findings]


def test_one_public_class_and_helpers_are_fine() -> None:
    assert _rules("class A: ...\nclass _B: ...\nclass _C: ...\n") == []


def test_more_than_three_classes_is_an_error_at_the_fourth() -> None:
    assert ("DES001", 4) in _rules("class _A: ...\nclass _B: ...\nclass _C: ...\nclass _D: ...\n")


def test_nested_classes_count_too() -> None:
    source = "class A:\n    class B: ...\n    class C: ...\n    class D: ...\n"
    assert ("DES001", 4) in _rules(source)


def test_two_public_classes_is_a_warning() -> None:
    findings = check_design(ast.parse("class A: ...\nclass B: ...\n"), "m.py", pure=False)
    assert [(f.rule, f.severity.value) for f in findings] == [("DES002", "warning")]


def test_an_exception_family_counts_as_one_concept() -> None:
    source = (
        "class AppError(Exception): ...\n"
        "class NotFound(AppError): ...\n"
        "class Conflict(AppError): ...\n"
        "class Gone(NotFound): ...\n"
        "class Timeout(ValueError): ...\n"
    )
    assert _rules(source) == []


def test_abstract_base_classes_are_reported() -> None:
    source = (
        "import abc\nfrom abc import ABC, ABCMeta\n"
        "class A(ABC): ...\nclass _B(abc.ABC): ...\nclass _C(metaclass=ABCMeta): ...\n"
    )
    assert [rule for rule in _rules(source) if rule[0] == "DES003"] == [
        ("DES003", 3),
        ("DES003", 4),
        ("DES003", 5),
    ]


def test_protocols_are_the_answer() -> None:
    assert _rules("from typing import Protocol\nclass Port(Protocol): ...\n") == []


def test_mutable_models_in_pure_layers() -> None:
    source = (
        "from dataclasses import dataclass\nfrom pydantic import BaseModel, ConfigDict\n"
        "class A(BaseModel):\n    x: int\n"
        "@dataclass\nclass _B:\n    y: int\n"
    )
    assert _rules(source, pure=True) == [("DES004", 3), ("DES005", 6)]
    assert _rules(source, pure=False) == []


def test_frozen_models_in_pure_layers_pass() -> None:
    source = (
        "import dataclasses\nfrom pydantic import BaseModel, ConfigDict\n"
        "class A(BaseModel):\n    model_config = ConfigDict(frozen=True)\n"
        "class _B(BaseModel, frozen=True):\n    x: int\n"
        "@dataclasses.dataclass(frozen=True, slots=True)\nclass _C:\n    y: int\n"
    )
    assert _rules(source, pure=True) == []


def test_dict_model_config_counts_as_frozen() -> None:
    source = (
        "from pydantic import BaseModel\nclass A(BaseModel):\n    model_config = {'frozen': True}\n"
    )
    assert _rules(source, pure=True) == []


def test_syntax_errors_become_findings() -> None:
    with pytest.raises(SyntaxError) as caught:
        ast.parse("def broken(:\n")
    finding = syntax_error_finding("src/x.py", caught.value)
    assert (finding.rule, finding.line, finding.path) == ("SRC002", 1, "src/x.py")
