# @file test_writers.py
# @path tests/unit/test_writers.py
# @version 0.1.0
"""Machine formats of the report: the JSON contract, SARIF 2.1.0, JUnit and GitHub annotations."""

import json
from xml.etree import ElementTree as ET

import pytest

from mason.cli.render.audit_plain import to_plain, verdict
from mason.cli.writers.github import to_github
from mason.cli.writers.gitlab import to_gitlab
from mason.cli.writers.json_report import to_json
from mason.cli.writers.junit import to_junit
from mason.cli.writers.markdown import to_markdown
from mason.cli.writers.sarif import to_sarif
from mason.domain.audit_report import AuditReport
from mason.domain.check_result import CheckResult
from mason.domain.exit_codes import ExitCode
from mason.domain.finding import Finding
from mason.domain.severity import Severity

LAYER_FINDING = Finding(
    rule="LAY001",
    severity=Severity.ERROR,
    path="src/app/domain/user.py",
    line=3,
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
            findings=(LAYER_FINDING,),
        ),
        CheckResult(
            name="lint",
            duration_s=0.1,
            summary="ruff check: 1 finding",
            findings=(
                Finding(
                    rule="E501",
                    severity=Severity.WARNING,
                    path="a.py",
                    line=1,
                    column=101,
                    message="Line too long, 50%, a:b",
                ),
            ),
        ),
        CheckResult(
            name="typing",
            duration_s=0.0,
            summary="the project has no environment",
            details="no .venv\nhint: run uv sync",
        ),
        CheckResult(name="coverage", duration_s=0.0, summary="skipped", skipped=True),
    ),
)


def test_json_follows_the_documented_contract() -> None:
    document = json.loads(to_json(REPORT))
    assert set(document) >= {"mason_version", "root", "passed", "duration_s", "checks"}
    layers = document["checks"][0]
    assert set(layers) >= {"name", "status", "duration_s", "summary", "findings"}
    assert layers["findings"][0] == {
        "rule": "LAY001",
        "severity": "error",
        "path": "src/app/domain/user.py",
        "line": 3,
        "message": "app.domain.user imports app.adapters.db (layers contract 'app layers')",
        "column": None,
        "code": None,
        "fingerprint": None,
    }
    assert [check["status"] for check in document["checks"]] == ["fail", "pass", "error", "skipped"]


def test_exit_code_prefers_failure_over_could_not_run() -> None:
    assert REPORT.exit_code is ExitCode.FAILED
    broken_only = REPORT.model_copy(update={"checks": REPORT.checks[2:]})
    assert broken_only.exit_code is ExitCode.COULD_NOT_RUN
    clean = REPORT.model_copy(update={"checks": (REPORT.checks[1], REPORT.checks[3])})
    assert clean.exit_code is ExitCode.OK


def test_sarif_has_one_run_per_check_and_documented_rules() -> None:
    log = json.loads(to_sarif(REPORT))
    assert log["version"] == "2.1.0"
    assert [run["tool"]["driver"]["name"] for run in log["runs"]] == [
        "mason layers",
        "mason lint",
        "mason typing",
        "mason coverage",
    ]
    layers = log["runs"][0]
    (rule,) = layers["tool"]["driver"]["rules"]
    assert rule["id"] == "LAY001"
    assert "Fix:" in rule["help"]["text"]
    (result,) = layers["results"]
    assert result["ruleIndex"] == 0
    assert result["level"] == "error"
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 3}
    ruff_rule = log["runs"][1]["tool"]["driver"]["rules"][0]
    assert ruff_rule["helpUri"].endswith("#e501")
    assert log["runs"][2]["invocations"][0]["executionSuccessful"] is False


def test_sarif_categories_name_the_project_s_place_and_the_chosen_category(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Code scanning keeps one set of alerts per category: projects and jobs must not share."""
    monkeypatch.delenv("MASON_SARIF_CATEGORY", raising=False)
    top = [run["automationDetails"]["id"] for run in json.loads(to_sarif(REPORT))["runs"]]
    assert top == ["mason/layers/", "mason/lint/", "mason/typing/", "mason/coverage/"]
    nested = json.loads(to_sarif(TYPED))["runs"][0]["automationDetails"]["id"]
    assert nested == "mason/packages/api/typing/"
    monkeypatch.setenv("MASON_SARIF_CATEGORY", "backend/")
    chosen = json.loads(to_sarif(TYPED))["runs"][0]["automationDetails"]["id"]
    assert chosen == "backend/packages/api/typing/"


def test_sarif_links_mason_s_rules_nowhere_it_cannot_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """An index records no home page: no link at all, never a guessed (stranger's) address."""
    monkeypatch.setenv("MASON_INDEX_URL", "https://pypi.example.com/simple")
    layers = json.loads(to_sarif(REPORT))["runs"][0]
    (rule,) = layers["tool"]["driver"]["rules"]
    assert "helpUri" not in rule
    assert "informationUri" not in layers["tool"]["driver"]
    assert "Documentation" not in rule["help"]["markdown"]


def test_junit_has_a_testcase_per_check() -> None:
    suite = ET.fromstring(to_junit(REPORT)).find("testsuite")  # noqa: S314 - our own output
    assert suite is not None
    assert (
        suite.get("tests"),
        suite.get("failures"),
        suite.get("errors"),
        suite.get("skipped"),
    ) == (
        "4",
        "1",
        "1",
        "1",
    )
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    failure = cases["layers"].find("failure")
    assert failure is not None
    assert "src/app/domain/user.py:3: LAY001" in (failure.text or "")
    assert cases["typing"].find("error") is not None


def test_github_annotations_escape_their_fields() -> None:
    lines = to_github(REPORT).splitlines()
    assert lines[0] == (
        "::error file=src/app/domain/user.py,line=3,title=LAY001 (layers)::"
        "app.domain.user imports app.adapters.db (layers contract 'app layers')"
    )
    assert (
        lines[1]
        == "::warning file=a.py,line=1,col=101,title=E501 (lint)::Line too long, 50%25, a:b"
    )
    assert lines[2].startswith("::error title=mason typing could not run::no .venv%0Ahint")
    assert lines[-1] == "::notice title=mason audit::failed in 3.4s"


def test_plain_output_lists_findings_checks_and_the_verdict() -> None:
    text = to_plain(REPORT)
    assert "src/app/domain/user.py:3: LAY001 [error] app.domain.user imports" in text
    assert "a.py:1:101: E501 [warning] Line too long" in text
    assert "  | hint: run uv sync" in text
    assert text.rstrip().endswith(verdict(REPORT))
    assert verdict(REPORT) == "mason audit: FAILED (layers) in 3.4s"


TYPED = AuditReport(
    mason_version="0.1.0",
    root="/r",
    duration_s=1.0,
    repository_path="packages/api",
    checks=(
        CheckResult(
            name="typing",
            duration_s=0.1,
            summary="mypy and pyright",
            findings=(
                Finding(
                    rule="TYP010",
                    severity=Severity.ERROR,
                    path="a.py",
                    line=3,
                    message="mypy [arg-type] x",
                    code="arg-type",
                    fingerprint="f1",
                ),
                Finding(
                    rule="TYP010",
                    severity=Severity.ERROR,
                    path="a.py",
                    line=4,
                    message="mypy [return-value] y",
                    code="return-value",
                ),
                Finding(
                    rule="TYP011",
                    severity=Severity.ERROR,
                    path="b.py",
                    line=1,
                    message="pyright [reportX] z",
                    code="reportX",
                ),
            ),
        ),
        CheckResult(
            name="lint",
            duration_s=0.1,
            summary="ruff",
            findings=(
                Finding(
                    rule="F401",
                    severity=Severity.ERROR,
                    path="c.py",
                    line=1,
                    message="unused",
                    code="unused-import",
                ),
            ),
        ),
    ),
)


def test_sarif_gives_every_tool_code_its_own_rule_with_help_and_fingerprints() -> None:
    typing, lint = json.loads(to_sarif(TYPED))["runs"]
    rules = {rule["id"]: rule for rule in typing["tool"]["driver"]["rules"]}
    assert set(rules) == {"TYP010/arg-type", "TYP010/return-value", "TYP011/reportX"}
    for rule in rules.values():
        assert rule["name"] != rule["id"]
        assert rule["fullDescription"]["text"]
        assert "Fix:" in rule["help"]["text"]
        assert rule["help"]["markdown"].startswith("**")
        assert rule["helpUri"].startswith("https://")
    assert rules["TYP011/reportX"]["helpUri"].endswith("?id=reportX")
    first = typing["results"][0]
    assert first["partialFingerprints"] == {"masonFingerprint/v1": "f1"}
    assert typing["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == first["ruleId"]
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "packages/api/a.py"
    (ruff,) = lint["tool"]["driver"]["rules"]
    assert (ruff["id"], ruff["name"]) == ("F401", "UnusedImport")
    assert ruff["helpUri"] == "https://docs.astral.sh/ruff/rules/unused-import"


def test_markdown_summarizes_checks_and_lists_findings() -> None:
    text = to_markdown(REPORT)
    assert text.startswith("## ❌ mason audit failed in 3.4s")
    assert "| layers | ❌ fail | 1 | - | 1 of 2 contracts broken |" in text
    assert "| `src/app/domain/user.py:3` | LAY001 | error |" in text
    assert "no .venv" in text  # the error's details, for the check that could not run
    many = REPORT.model_copy(
        update={
            "checks": (REPORT.checks[0].model_copy(update={"findings": (LAYER_FINDING,) * 25}),)
        }
    )
    assert "... and 5 more" in to_markdown(many)


def test_gitlab_code_quality_issues() -> None:
    issues = json.loads(to_gitlab(TYPED))
    assert len(issues) == 4
    first = issues[0]
    assert first == {
        "description": "TYP010 mypy [arg-type] x",
        "check_name": "TYP010",
        "fingerprint": "f1",
        "severity": "major",
        "categories": ["typing"],
        "location": {"path": "packages/api/a.py", "lines": {"begin": 3}},
    }
    assert len({issue["fingerprint"] for issue in issues}) == 4
