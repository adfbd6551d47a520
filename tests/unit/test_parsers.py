# @file test_parsers.py
# @path tests/unit/test_parsers.py
# @version 0.1.0
"""Tool output to findings: the shapes ruff, mypy, pyright, coverage and pytest really print.

The integration tests run the real tools; these pin the parsing of each format, including the
edge cases (notes, information diagnostics, garbage output) that are hard to provoke there.
"""

import json
from pathlib import Path, PurePath

import pytest

from mason.checks.coverage.junit import parse_junit
from mason.checks.coverage.report import judge_coverage, parse_report
from mason.checks.coverage.settings import CoverageConfig
from mason.checks.format.parse import parse_format
from mason.checks.layers.parse import parse_probe
from mason.checks.lint.parse import parse_check
from mason.checks.tool_output import ToolOutputError
from mason.checks.typing.parse import parse_mypy, parse_pyright
from mason.domain.project_facts import ProjectFacts

ROOT = PurePath("/work/proj")
FACTS = ProjectFacts(
    root=Path("/work/proj"),
    name="pkg",
    version="1",
    package="pkg",
    source_root="src",
    layers=("cli", "domain"),
    python_floor=(3, 12),
    layout=None,
    detected_layout="library",
    pure_layers=(),
)


def test_ruff_check_json() -> None:
    output = json.dumps(
        [
            {
                "code": "F401",
                "message": "`os` imported but unused",
                "filename": "/work/proj/src/pkg/a.py",
                "location": {"row": 3, "column": 8},
            },
            {
                "code": None,
                "message": "SyntaxError: x",
                "filename": "/work/proj/b.py",
                "location": {"row": 1, "column": 1},
            },
            {
                "code": "invalid-syntax",
                "message": "Cannot use `match` statement on Python 3.8",
                "filename": "/work/proj/c.py",
                "location": {"row": 30, "column": 9},
            },
        ]
    )
    findings = parse_check(output, ROOT)
    assert [(f.rule, f.path, f.line, f.column) for f in findings] == [
        ("F401", "src/pkg/a.py", 3, 8),
        ("LNT001", "b.py", 1, 1),  # ruff before 0.15: a syntax error has no code
        ("LNT001", "c.py", 30, 9),  # ruff 0.15 and later: invalid-syntax (attrs 25.3.0)
    ]


def test_ruff_format_json() -> None:
    output = json.dumps(
        [
            {
                "code": "unformatted",
                "filename": "/work/proj/src/b.py",
                "location": {"row": 2, "column": 1},
            }
        ]
    )
    (finding,) = parse_format(output, ROOT)
    assert (finding.rule, finding.path, finding.line) == ("FMT001", "src/b.py", 2)


def test_mypy_json_lines_with_notes() -> None:
    lines = [
        {
            "file": "src/a.py",
            "line": 4,
            "column": 9,
            "message": "Incompatible types",
            "code": "assignment",
            "severity": "error",
        },
        {
            "file": "src/a.py",
            "line": 4,
            "column": 9,
            "message": "See the docs",
            "code": None,
            "severity": "note",
        },
        {
            "file": "src/b.py",
            "line": 1,
            "column": 0,
            "message": "x",
            "code": None,
            "severity": "error",
        },
    ]
    findings = parse_mypy("\n".join(json.dumps(line) for line in lines) + "\nSuccess?\n", ROOT)
    assert [(f.path, f.line, f.column) for f in findings] == [
        ("src/a.py", 4, 10),
        ("src/b.py", 1, 1),
    ]
    assert findings[0].message == "mypy [assignment] Incompatible types; See the docs"
    assert findings[1].message == "mypy: x"


def test_pyright_json() -> None:
    document = {
        "generalDiagnostics": [
            {
                "file": "/work/proj/src/a.py",
                "severity": "error",
                "message": "Bad\nthing",
                "range": {"start": {"line": 0, "character": 4}},
                "rule": "reportX",
            },
            {
                "file": "/work/proj/src/a.py",
                "severity": "warning",
                "message": "Meh",
                "range": {"start": {"line": 2, "character": 0}},
            },
            {
                "file": "/work/proj/src/a.py",
                "severity": "information",
                "message": "FYI",
                "range": {"start": {"line": 0, "character": 0}},
            },
        ]
    }
    findings = parse_pyright(json.dumps(document), ROOT)
    assert [(f.line, f.column, f.severity.value) for f in findings] == [
        (1, 5, "error"),
        (3, 1, "warning"),
    ]
    assert findings[0].message == "pyright [reportX] Bad thing"


def test_garbage_output_is_a_tool_output_error() -> None:
    with pytest.raises(ToolOutputError, match="ruff check did not print JSON"):
        parse_check("Traceback (most recent call last):", ROOT)


COVERAGE = {
    "totals": {"percent_covered": 69.6, "percent_covered_display": "70"},
    "files": {
        "src/pkg/domain/a.py": {
            "summary": {
                "covered_lines": 9,
                "num_statements": 10,
                "covered_branches": 0,
                "num_branches": 0,
            }
        },
        "src/pkg/domain/b.py": {
            "summary": {
                "covered_lines": 5,
                "num_statements": 10,
                "covered_branches": 1,
                "num_branches": 2,
            }
        },
        "src/pkg/cli.py": {"summary": {"covered_lines": 0, "num_statements": 3}},
    },
}


def test_coverage_totals_and_layers() -> None:
    summary = parse_report(json.dumps(COVERAGE), FACTS.layer_of)
    assert (summary.percent, summary.display, summary.precision) == (69.6, "70", 0)
    assert summary.layers == {"domain": pytest.approx(100 * 15 / 22), "cli": 0.0}


def test_a_layer_that_is_one_module_has_its_gate_judged() -> None:
    """Issue 16, defect 11: the cli layout's ``cli.py`` is a layer of one module."""
    summary = parse_report(json.dumps(COVERAGE), FACTS.layer_of)
    (gate,) = judge_coverage(summary, CoverageConfig(fail_under=0, target=0, layers={"cli": 100}))
    assert gate.rule == "COV003"
    assert gate.message == "layer cli: coverage 0% is below its gate of 100%"


def test_a_gate_on_a_layer_with_no_measured_code_is_a_finding() -> None:
    summary = parse_report(json.dumps(COVERAGE), FACTS.layer_of)
    (gate,) = judge_coverage(summary, CoverageConfig(fail_under=0, target=0, layers={"domian": 9}))
    assert gate.rule == "COV003"
    assert "layer domian: no code of it was measured" in gate.message


def test_coverage_gate_uses_the_reports_rounding() -> None:
    summary = parse_report(json.dumps(COVERAGE), FACTS.layer_of)
    assert judge_coverage(summary, CoverageConfig(fail_under=70, target=70)) == []
    (warning,) = judge_coverage(summary, CoverageConfig(fail_under=60, target=80))
    assert (warning.rule, warning.severity.value) == ("COV002", "warning")
    assert warning.message == "total coverage 70% is below the target of 80%"
    (error, layer) = judge_coverage(summary, CoverageConfig(fail_under=71, layers={"domain": 90}))
    assert (error.rule, layer.rule) == ("COV001", "COV003")
    assert "layer domain" in layer.message


def test_a_100_percent_gate_means_100() -> None:
    almost = parse_report(
        json.dumps({"totals": {"percent_covered": 99.996, "percent_covered_display": "100"}}),
        FACTS.layer_of,
    )
    assert [f.rule for f in judge_coverage(almost, CoverageConfig(fail_under=100, target=100))] == [
        "COV001"
    ]


def test_junit_counts_failures_and_errors() -> None:
    xml = (
        '<testsuites><testsuite name="pytest">'
        '<testcase classname="tests.test_a" name="test_ok"/>'
        '<testcase classname="tests.test_a" name="test_bad"><failure message="x"/></testcase>'
        '<testcase classname="tests.test_b" name="test_err"><error message="y"/></testcase>'
        "</testsuite></testsuites>"
    )
    totals = parse_junit(xml)
    assert (totals.tests, totals.failed, totals.passed) == (
        3,
        ("tests.test_a::test_bad", "tests.test_b::test_err"),
        False,
    )


def test_import_linter_probe_report() -> None:
    report: dict[str, object] = {
        "contracts": [
            {
                "name": "layers",
                "type": "layers",
                "kept": False,
                "violations": [
                    {
                        "importer": "p.core.a",
                        "imported": "p.cli",
                        "via": ["p.commands.x"],
                        "path": "src/p/core/a.py",
                        "line": 3,
                    }
                ],
                "undeclared": ["p.extra"],
            },
            {"name": "io", "type": "forbidden", "kept": True, "violations": [], "undeclared": []},
        ]
    }
    findings, kept, broken = parse_probe(json.dumps(report))
    assert (kept, broken) == (1, 1)
    assert [(f.rule, f.path, f.line) for f in findings] == [
        ("LAY001", "src/p/core/a.py", 3),
        ("LAY002", None, None),
    ]
    assert (
        findings[0].message
        == "p.core.a imports p.cli (via p.commands.x) (layers contract 'layers')"
    )


def test_import_linter_probe_error() -> None:
    with pytest.raises(ToolOutputError, match="Missing layer"):
        parse_probe(json.dumps({"error": "Missing layer 'x'"}))


def test_ruff_format_text_of_older_ruff() -> None:
    output = "Would reformat: src/b.py\nWould reformat: c.py\n2 files would be reformatted\n"
    found = parse_format(output, ROOT)
    assert [(finding.rule, finding.path) for finding in found] == [
        ("FMT001", "src/b.py"),
        ("FMT001", "c.py"),
    ]


@pytest.mark.parametrize(
    "output",
    [
        (
            "unformatted: File would be reformatted\n --> src/b.py:1:2\n  |\n  - x=1\n1 + x = 1\n"
            "  |\n\nunformatted: File would be reformatted\n --> /work/proj/c.py:3:1\n"
            "2 files would be reformatted\n"
        ),
        (
            "src/b.py:1:2: unformatted: File would be reformatted\n"
            "/work/proj/c.py:3:1: unformatted: File would be reformatted\n"
            "2 files would be reformatted\n"
        ),
    ],
    ids=["full", "concise"],
)
def test_ruff_format_text_of_newer_ruff_without_json(output: str) -> None:
    """Ruff that accepts ``--output-format json`` for format only in preview prints this."""
    found = parse_format(output, ROOT)
    assert [(finding.path, finding.line) for finding in found] == [("src/b.py", 1), ("c.py", 3)]


def test_mypy_text_of_mypy_before_json_output() -> None:
    output = (
        'src/a.py:3:12: error: Incompatible return value type (got "str", expected "int")  '
        "[return-value]\n"
        "src/a.py:3:12: note: a note about it\n"
        "/work/proj/src/b.py:7: error: Missing return statement  [empty-body]\n"
        "src/c.py:1: error: no code here\n"
        "Found 3 errors in 3 files (checked 4 source files)\n"
    )
    findings = parse_mypy(output, ROOT)
    assert [(f.path, f.line, f.column, f.code) for f in findings] == [
        ("src/a.py", 3, 12, "return-value"),
        ("src/b.py", 7, None, "empty-body"),
        ("src/c.py", 1, None, None),
    ]
    assert findings[0].message.endswith("; a note about it")
    assert findings[2].message == "mypy: no code here"
