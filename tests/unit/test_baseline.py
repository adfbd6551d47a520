# @file test_baseline.py
# @path tests/unit/test_baseline.py
# @version 0.1.0
"""Baselines: fingerprints survive line shifts; new findings and slipping metrics fail."""

import json
from pathlib import Path

import pytest

from mason.domain.check_result import CheckResult
from mason.domain.check_status import CheckStatus
from mason.domain.errors import ConfigError
from mason.domain.finding import Finding
from mason.domain.severity import Severity
from mason.services.audit.baseline import apply_baseline, fingerprints, write_baseline

SOURCE = {"a.py": ["import os", "x = 1", "import sys"]}


def _line(path: str, line: int) -> str:
    return SOURCE[path][line - 1]


def _finding(line: int, message: str = "unused import") -> Finding:
    return Finding(rule="F401", severity=Severity.ERROR, path="a.py", line=line, message=message)


def _lint(
    *findings: Finding, metrics: dict[str, float] | None = None, name: str = "lint"
) -> CheckResult:
    return CheckResult(
        name=name,
        duration_s=0.1,
        summary="ruff check",
        findings=findings,
        metrics=metrics or {},
    )


def test_fingerprints_ignore_line_numbers_but_not_content() -> None:
    first = fingerprints([_finding(1)], _line)
    shifted = {"a.py": ["", "", "import os"]}
    moved = fingerprints([_finding(3)], lambda path, line: shifted[path][line - 1])
    assert first == moved
    assert fingerprints([_finding(3)], _line) != first


def test_identical_findings_get_distinct_fingerprints() -> None:
    same = {"a.py": ["import os", "import os"]}
    prints = fingerprints([_finding(1), _finding(2)], lambda path, line: same[path][line - 1])
    assert len(set(prints)) == 2


def test_a_baseline_accepts_known_and_fails_new_findings(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    assert write_baseline(baseline, [_lint(_finding(1))], _line) == 1
    results, resolved = apply_baseline(baseline, [_lint(_finding(1), _finding(3))], _line)
    (lint,) = results
    assert [finding.line for finding in lint.findings] == [3]
    assert lint.status is CheckStatus.FAIL
    assert [finding.line for finding in lint.existing] == [1]  # listed, not failed
    assert resolved == 0


def test_fixed_findings_are_reported_as_resolved(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    write_baseline(baseline, [_lint(_finding(1), _finding(3))], _line)
    results, resolved = apply_baseline(baseline, [_lint(_finding(1))], _line)
    assert results[0].status is CheckStatus.PASS
    assert resolved == 1


def test_metrics_are_ratchets_of_the_check_that_measures_them(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    measured = [
        _lint(metrics={"coverage": 85.0}, name="coverage"),
        _lint(metrics={"escape_hatches": 2}, name="typing"),
    ]
    write_baseline(baseline, measured, _line)
    worse = [
        _lint(metrics={"coverage": 84.0}, name="coverage"),
        _lint(metrics={"escape_hatches": 3}, name="typing"),
    ]
    results, _ = apply_baseline(baseline, worse, _line)
    assert [[finding.rule for finding in result.findings] for result in results] == [
        ["COV005"],
        ["TYP031"],
    ]
    assert all(result.status is CheckStatus.FAIL for result in results)
    better = [
        _lint(metrics={"coverage": 86.0}, name="coverage"),
        _lint(metrics={"escape_hatches": 1}, name="typing"),
    ]
    results, _ = apply_baseline(baseline, better, _line)
    assert all(result.findings == () for result in results)


def test_a_project_level_finding_stays_known_when_its_number_moves(tmp_path: Path) -> None:
    def gate(total: str) -> Finding:
        message = f"total coverage {total}% is below the gate of 70%"
        return Finding(
            rule="COV001", severity=Severity.ERROR, path=None, line=None, message=message
        )

    baseline = tmp_path / "baseline.json"
    write_baseline(baseline, [_lint(gate("61.50"), name="coverage")], _line)
    (held,), _ = apply_baseline(baseline, [_lint(gate("63.25"), name="coverage")], _line)
    assert held.findings == ()
    assert len(held.existing) == 1


def test_a_baseline_of_the_first_format_is_still_read(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    legacy = fingerprints([_finding(1)], _line, legacy=True)[0]
    entry = {"fingerprint": legacy, "check": "lint", "rule": "F401", "path": "a.py", "message": ""}
    document = {"version": 1, "mason_version": "0.1.0", "findings": [entry]}
    baseline.write_text(json.dumps(document), encoding="utf-8")
    (held,), resolved = apply_baseline(baseline, [_lint(_finding(1))], _line)
    assert (held.findings, resolved) == ((), 0)


def test_a_missing_or_broken_baseline_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no baseline at"):
        apply_baseline(tmp_path / "nope.json", [], _line)
    broken = tmp_path / "broken.json"
    broken.write_text('{"version": "x"}', encoding="utf-8")
    with pytest.raises(ConfigError, match="not a readable mason baseline"):
        apply_baseline(broken, [], _line)
    other = tmp_path / "other.json"
    other.write_text('{"version": 9, "mason_version": "9"}', encoding="utf-8")
    with pytest.raises(ConfigError, match="baseline format 9"):
        apply_baseline(other, [], _line)


def _no_header(line: int = 1) -> Finding:
    return Finding(
        rule="HDR001", severity=Severity.ERROR, path="a.py", line=line, message="no header"
    )


def test_a_finding_about_the_whole_file_survives_an_edit_of_its_line(tmp_path: Path) -> None:
    """Issue 16, defect 12: ``import os`` inserted at line 1 made a missing header "new"."""
    edited = {"a.py": ["import os", "import sys"]}
    before = fingerprints([_no_header()], _line)
    assert fingerprints([_no_header()], lambda path, line: edited[path][line - 1]) == before
    baseline = tmp_path / "baseline.json"
    write_baseline(baseline, [_lint(_no_header(), name="headers")], _line)
    (held,), _ = apply_baseline(
        baseline, [_lint(_no_header(), name="headers")], lambda path, line: edited[path][line - 1]
    )
    assert held.findings == ()


def test_a_baseline_written_before_whole_file_findings_still_matches(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    old_print = fingerprints([_no_header()], _line, anchored=True)[0]
    assert old_print != fingerprints([_no_header()], _line)[0]
    entry = {"fingerprint": old_print, "check": "headers", "rule": "HDR001", "path": "a.py"}
    entry["message"] = "no header"
    document = {"version": 2, "mason_version": "0.1.0", "findings": [entry]}
    baseline.write_text(json.dumps(document), encoding="utf-8")
    (held,), resolved = apply_baseline(baseline, [_lint(_no_header(), name="headers")], _line)
    assert (held.findings, resolved) == ((), 0)
