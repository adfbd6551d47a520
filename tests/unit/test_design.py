# @file test_design.py
# @path tests/unit/test_design.py
# @version 0.1.0
"""Design rules over syntax trees: classes per file, Protocol shape, frozen models, length."""

import ast
from pathlib import Path

import pytest

from mason.checks.design.judge import check_design, syntax_error_finding
from mason.checks.design.settings import DesignConfig
from mason.checks.design.value_layers import value_layers
from mason.domain.project_facts import ProjectFacts


def _rules(
    source: str, *, value: bool = False, settings: DesignConfig | None = None
) -> list[tuple[str, int | None]]:
    findings = check_design(
        ast.parse(source),
        "src/pkg/mod.py",
        value=value,
        lines=len(source.splitlines()),
        settings=settings,
    )
    return [(finding.rule, finding.line) for finding in findings]


def test_one_public_class_and_helpers_are_fine() -> None:
    assert _rules("class A: ...\nclass _B: ...\nclass _C: ...\n") == []


def test_more_than_three_classes_is_an_error_at_the_fourth() -> None:
    assert ("DES001", 4) in _rules("class _A: ...\nclass _B: ...\nclass _C: ...\nclass _D: ...\n")


def test_nested_classes_count_too() -> None:
    source = "class A:\n    class B: ...\n    class C: ...\n    class D: ...\n"
    assert ("DES001", 4) in _rules(source)


def test_two_public_classes_is_a_warning() -> None:
    findings = check_design(ast.parse("class A: ...\nclass B: ...\n"), "m.py", value=False)
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
    source = "from typing import Protocol\nclass Port(Protocol):\n    def get(self) -> int: ...\n"
    assert _rules(source) == []


def test_mutable_models_in_value_layers() -> None:
    source = (
        "from dataclasses import dataclass\nfrom pydantic import BaseModel, ConfigDict\n"
        "class A(BaseModel):\n    x: int\n"
        "@dataclass\nclass _B:\n    y: int\n"
    )
    assert _rules(source, value=True) == [("DES004", 3), ("DES005", 6)]
    assert _rules(source, value=False) == []


def test_attrs_and_msgspec_classes_are_values_too() -> None:
    source = (
        "import attr\nimport attrs\nfrom attrs import define, frozen\nfrom msgspec import Struct\n"
        "@define\nclass A:\n    x: int\n"
        "@attr.s(auto_attribs=True)\nclass _B:\n    y: int\n"
        "class _C(Struct):\n    z: int\n"
        "@frozen\nclass _D:\n    x: int\n"
        "@attrs.define(frozen=True)\nclass _E:\n    x: int\n"
        "class _F(Struct, frozen=True):\n    z: int\n"
    )
    assert _rules(source, value=True) == [
        ("DES001", 14),
        ("DES005", 6),
        ("DES005", 9),
        ("DES005", 11),
    ]


def test_a_subclass_inherits_its_bases_setting_and_the_base_is_judged() -> None:
    source = (
        "from pydantic import BaseModel, ConfigDict\n"
        "class Base(BaseModel):\n    model_config = ConfigDict(frozen=True)\n"
        "class _Frozen(Base):\n    x: int\n"
        "class _Thawed(Base, frozen=False):\n    x: int\n"
        "class _Loose(BaseModel):\n    x: int\n"
    )
    assert _rules(source, value=True) == [("DES001", 8), ("DES004", 6), ("DES004", 8)]


def test_frozen_models_in_value_layers_pass() -> None:
    source = (
        "import dataclasses\nfrom pydantic import BaseModel, ConfigDict\n"
        "class A(BaseModel):\n    model_config = ConfigDict(frozen=True)\n"
        "class _B(BaseModel, frozen=True):\n    x: int\n"
        "@dataclasses.dataclass(frozen=True, slots=True)\nclass _C:\n    y: int\n"
    )
    assert _rules(source, value=True) == []


def test_dict_model_config_counts_as_frozen() -> None:
    source = (
        "from pydantic import BaseModel\nclass A(BaseModel):\n    model_config = {'frozen': True}\n"
    )
    assert _rules(source, value=True) == []


def test_syntax_errors_become_findings() -> None:
    with pytest.raises(SyntaxError) as caught:
        ast.parse("def broken(:\n")
    finding = syntax_error_finding("src/x.py", caught.value)
    assert (finding.rule, finding.line, finding.path) == ("SRC002", 1, "src/x.py")


def _facts(layout: str | None, pure: tuple[str, ...]) -> ProjectFacts:
    return ProjectFacts.model_validate(
        {
            "root": Path("/p"),
            "name": "p",
            "version": None,
            "package": "p",
            "source_root": "src",
            "layers": (),
            "python_floor": None,
            "layout": layout,
            "detected_layout": layout or "library",
            "pure_layers": pure,
        }
    )


def test_value_layers_are_the_pure_ones_and_the_layouts_models() -> None:
    assert value_layers(_facts("webapp", ("schemas",)), None) == {"schemas", "models"}
    assert value_layers(_facts("clean-ddd", ("core", "domain")), None) == {
        "core",
        "domain",
        "application",
    }
    assert "runtime" in value_layers(_facts("functional-core", ("domain",)), None)
    assert value_layers(_facts(None, ("domain", "checks")), None) == {"domain", "checks"}
    assert value_layers(_facts("library", ()), None) == set()
    assert value_layers(_facts("webapp", ("schemas",)), ("dto",)) == {"dto"}


def test_an_empty_protocol_is_a_marker() -> None:
    source = (
        "from typing import Protocol, runtime_checkable\nimport typing\n"
        "@runtime_checkable\nclass Node(Protocol): ...\n"
        'class _Doc(typing.Protocol):\n    """Documented, still empty."""\n\n    pass\n'
        "class _Generic[T](Protocol): ...\n"
    )
    assert _rules(source) == [("DES006", 4), ("DES006", 5), ("DES006", 9)]


def test_a_protocol_combining_others_or_declaring_members_is_fine() -> None:
    source = (
        "from typing import Protocol\n"
        "class _Reader(Protocol):\n    def read(self) -> bytes: ...\n"
        "class _Named(Protocol):\n    name: str\n"
        "class ReadNamed(_Reader, _Named, Protocol): ...\n"
    )
    assert _rules(source) == []


def test_a_kitchen_sink_protocol_is_a_warning_over_the_limit() -> None:
    methods = "".join(f"    def m{n}(self) -> None: ...\n" for n in range(4))
    overloads = (
        "    @overload\n    def get(self, key: int) -> int: ...\n"
        "    @overload\n    def get(self, key: str) -> str: ...\n"
    )
    source = (
        "from typing import Protocol, overload\n"
        f"class Store(Protocol):\n    size: int\n{methods}{overloads}"
    )
    assert _rules(source, settings=DesignConfig(max_protocol_members=6)) == []
    findings = check_design(
        ast.parse(source), "m.py", value=False, settings=DesignConfig(max_protocol_members=5)
    )
    assert [(f.rule, f.line, f.severity.value) for f in findings] == [("DES007", 2, "warning")]
    assert "6 members; the limit is 5" in findings[0].message


def test_a_module_over_the_line_limit_is_one_finding_about_the_file() -> None:
    source = "x = 1\n" * 501
    assert _rules(source) == [("DES008", None)]
    assert _rules("x = 1\n" * 500) == []
    assert _rules(source, settings=DesignConfig(max_module_lines=600)) == []


def test_a_logger_protocol_fits_the_default_limit() -> None:
    # litestar's Logger protocol (the log levels and setLevel: 9 members) is one role
    levels = ("debug", "info", "warning", "warn", "error", "fatal", "exception", "critical")
    methods = "".join(f"    def {level}(self, msg: str) -> None: ...\n" for level in levels)
    source = f"from typing import Protocol\nclass Logger(Protocol):\n{methods}"
    assert _rules(source + "    def setLevel(self, level: int) -> None: ...\n") == []
    wider = source + "".join(f"    def extra{n}(self) -> None: ...\n" for n in range(3))
    assert _rules(wider) == [("DES007", 2)]


def test_the_fourth_class_is_counted_breadth_first_as_baselines_recorded_it() -> None:
    # DES001's line and the order of its message are part of baseline fingerprints: the top
    # level first, then nested classes (ast.walk's order), as mason has always reported them
    source = "class A:\n    class Inner: ...\nclass B: ...\nclass C: ...\nclass D: ...\n"
    findings = check_design(ast.parse(source), "m.py", value=False)
    (des001,) = [finding for finding in findings if finding.rule == "DES001"]
    assert des001.line == 5
    assert "(A, B, C, D, Inner)" in des001.message
