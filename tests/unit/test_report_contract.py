# @file test_report_contract.py
# @path tests/unit/test_report_contract.py
# @version 0.1.0
"""The JSON report contract: a golden file for its shape, and derived state that cannot lie.

``status``, ``passed`` and the exit code are computed from findings, details and skips; a
property test proves that, for any report, the JSON's ``passed`` and the exit code agree.
"""

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from mason.domain.audit_report import SCHEMA_VERSION, AuditReport
from mason.domain.base_ref import BaseRef
from mason.domain.check_result import CheckResult
from mason.domain.check_status import CheckStatus
from mason.domain.exit_codes import ExitCode
from mason.domain.finding import Finding
from mason.domain.severity import Severity

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "audit_report.json"


def _finding(severity: Severity, line: int = 3) -> Finding:
    return Finding(
        rule="LAY001",
        severity=severity,
        path="src/app/domain/user.py",
        line=line,
        message="app.domain.user imports app.adapters.db (layers contract 'app layers')",
    )


REPORT = AuditReport(
    mason_version="0.1.0",
    root="/abs/path/to/repo",
    duration_s=3.41,
    checks=(
        CheckResult(
            name="layers",
            duration_s=0.52,
            summary="1 of 2 contracts broken",
            findings=(_finding(Severity.ERROR),),
            existing=(_finding(Severity.ERROR, line=9),),
            suppressed=2,
        ),
        CheckResult(name="coverage", duration_s=0.0, summary="no tests", skipped=True),
        CheckResult(name="typing", duration_s=0.1, summary="no env", details="run uv sync"),
    ),
    base=BaseRef(ref="origin/main", commit="0" * 40, checks_compared=("layers",)),
)


def test_the_report_serializes_exactly_as_the_golden_file() -> None:
    document = json.loads(REPORT.model_dump_json())
    assert document == json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert document["schema_version"] == SCHEMA_VERSION == 1


def test_the_documented_fields_keep_their_names_and_meaning() -> None:
    """DESIGN.md section 6: these fields only ever gain siblings."""
    document = json.loads(REPORT.model_dump_json())
    assert {"schema_version", "mason_version", "root", "passed", "duration_s", "checks"} <= set(
        document
    )
    layers = document["checks"][0]
    assert {"name", "status", "duration_s", "summary", "findings"} <= set(layers)
    assert {"rule", "severity", "path", "line", "message"} <= set(layers["findings"][0])
    assert [check["status"] for check in document["checks"]] == ["fail", "skipped", "error"]
    assert document["passed"] is False


def test_a_report_read_back_is_the_same_report() -> None:
    again = AuditReport.model_validate_json(REPORT.model_dump_json())
    assert again == REPORT
    assert [check.status for check in again.checks] == [
        CheckStatus.FAIL,
        CheckStatus.SKIPPED,
        CheckStatus.ERROR,
    ]


_results = st.builds(
    CheckResult,
    name=st.sampled_from(["lint", "typing", "design"]),
    duration_s=st.just(0.1),
    summary=st.just("s"),
    findings=st.lists(st.sampled_from(list(Severity)).map(_finding), max_size=3).map(tuple),
    existing=st.lists(st.sampled_from(list(Severity)).map(_finding), max_size=2).map(tuple),
    details=st.none() | st.just("could not run"),
    skipped=st.booleans(),
)


@given(checks=st.lists(_results, max_size=5))
def test_passed_and_the_exit_code_always_agree(checks: list[CheckResult]) -> None:
    report = AuditReport(mason_version="0", root="/r", duration_s=0, checks=tuple(checks))
    document = json.loads(report.model_dump_json())
    errors = any(f.severity is Severity.ERROR for check in checks for f in check.findings)
    broken = any(check.details is not None for check in checks)
    expected = ExitCode.FAILED if errors else ExitCode.COULD_NOT_RUN if broken else ExitCode.OK
    assert report.exit_code is expected
    assert document["passed"] is (expected is ExitCode.OK)
    for check, serialized in zip(checks, document["checks"], strict=True):
        assert serialized["status"] == check.status.value
        assert (check.status is CheckStatus.FAIL) is any(
            f.severity is Severity.ERROR for f in check.findings
        )
