# @file test_baseline.py
# @path tests/unit/test_baseline.py
# @version 0.1.0
"""Baselines: fingerprints survive line shifts; new findings and slipping metrics fail."""

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


def _lint(*findings: Finding, metrics: dict[str, float] | None = None) -> CheckResult:
    return CheckResult(
        name="lint",
        status=CheckStatus.FAIL if findings else CheckStatus.PASS,
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
    assert "1 known from the baseline" in lint.summary
    assert resolved == 0


def test_fixed_findings_are_reported_as_resolved(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    write_baseline(baseline, [_lint(_finding(1), _finding(3))], _line)
    results, resolved = apply_baseline(baseline, [_lint(_finding(1))], _line)
    assert results[0].status is CheckStatus.PASS
    assert resolved == 1


def test_metrics_are_ratchets(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    write_baseline(baseline, [_lint(metrics={"coverage": 85.0, "escape_hatches": 2})], _line)
    worse = _lint(metrics={"coverage": 84.0, "escape_hatches": 3})
    (result,), _ = apply_baseline(baseline, [worse], _line)
    assert sorted(finding.rule for finding in result.findings) == ["COV005", "TYP031"]
    better = _lint(metrics={"coverage": 86.0, "escape_hatches": 1})
    (result,), _ = apply_baseline(baseline, [better], _line)
    assert result.findings == ()


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
