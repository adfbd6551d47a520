# @file test_report_formats.py
# @path tests/integration/test_report_formats.py
# @version 0.1.0
"""Every machine format of one real audit, checked against what its consumers accept.

One run of ``mason audit`` on a project with findings of every check writes all formats at
once (``--output FORMAT=PATH``); SARIF is validated against the SARIF 2.1.0 schema SchemaStore
publishes, JUnit is read by junitparser as CI systems read it, GitLab's Code Quality report is
checked against the fields GitLab documents, and the step summary lands where GitHub reads it.
"""

import json
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from junitparser import Failure, JUnitXml

from mason.domain.audit_report import AuditReport
from mason.domain.schemas import report_schema
from tests.published_schemas import SARIF, problems, violations
from tests.support import insert_after_docstring, run_mason, write_tree

pytestmark = pytest.mark.slow

GITLAB_CODE_QUALITY = {  # https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "minLength": 1},
                    "lines": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {"begin": {"type": "integer", "minimum": 1}},
                    },
                },
            },
        },
    },
}


def _defects(project: Path) -> None:
    greeting = project / "src/demo_cli/core/greeting.py"
    insert_after_docstring(greeting, "import os\nfrom demo_cli.commands import greet\n")
    greeting.write_text(
        greeting.read_text(encoding="utf-8").replace("core/greeting.py", "old/greeting.py")
        + "\n\ndef bad() -> int:\n    return 'x'\nx=[1,\n2]\n",
        encoding="utf-8",
    )
    write_tree(
        project,
        {
            "src/demo_cli/core/shapes.py": (
                '"""Shapes."""\n\nfrom abc import ABC\n\n\nclass Shape(ABC):\n    """A."""\n'
            ),
            "mypy.ini": "[mypy]\nstrict = True\n",
            "tests/test_broken.py": (
                '"""Broken."""\n\n\ndef test_broken() -> None:\n    assert 1 == 2\n'
            ),
        },
    )


class _Page(HTMLParser):
    """Collects what a self-contained page must not have, and the text of each SVG title."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.links: list[str] = []
        self.titles: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.links += [value or "" for name, value in attrs if name in {"src", "href"}]
        self._in_title = tag == "title"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.titles.append(data)
            self._in_title = False


def _check_html(page: str, report: AuditReport) -> None:
    parser = _Page()
    parser.feed(page)
    assert "script" not in parser.tags
    assert parser.links == []  # nothing to fetch: the page works offline, attached anywhere
    layers = next(check for check in report.checks if check.name == "layers").metrics
    rank = {key.removeprefix("layer."): v for key, v in layers.items() if key.startswith("layer.")}
    upward = [
        key.removeprefix("imports.").split(" -> ")
        for key in layers
        if key.startswith("imports.")
        and rank[key.removeprefix("imports.").split(" -> ")[0]]
        > rank[key.removeprefix("imports.").split(" -> ")[1]]
    ]
    assert upward, layers  # core imports commands: the diagram must show it
    for source, target in upward:
        count = int(layers[f"imports.{source} -> {target}"])
        assert f"{source} imports {target}: {count}" in parser.titles
    assert 'stroke="#dc2626"' in page  # drawn red
    coverage = next(check for check in report.checks if check.name == "coverage")
    assert f"{coverage.metrics['coverage']:.1f}%" in page
    assert "F401" in page
    assert "<svg" in page


def test_one_run_writes_every_format_its_consumers_accept(project: Path, tmp_path: Path) -> None:
    _defects(project)
    out = tmp_path / "reports"
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier steps wrote this\n", encoding="utf-8")
    outcome = run_mason(
        [
            "audit", str(project), "--format", "github", "--no-cache",
            "--output", f"sarif={out / 'mason.sarif'}", "--output", f"junit={out / 'mason.xml'}",
            "--output", f"gitlab={out / 'gl-code-quality.json'}",
            "--output", f"json={out / 'mason.json'}", "--output", f"html={out / 'mason.html'}",
        ],
        env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)},
    )  # fmt: skip
    assert outcome.exit_code == 1, outcome.stderr
    assert outcome.stdout.startswith("::error ")  # --format still decides stdout
    report = json.loads((out / "mason.json").read_text(encoding="utf-8"))
    assert violations(report, report_schema()) == []  # `mason schema report`
    html = (out / "mason.html").read_text(encoding="utf-8")
    _check_html(html, AuditReport.model_validate(report))
    rules = {f["rule"] for check in report["checks"] for f in check["findings"]}
    assert {"F401", "FMT001", "TYP010", "TYP011", "LAY001", "HDR004", "COV004", "STR002"} <= rules

    sarif = json.loads((out / "mason.sarif").read_text(encoding="utf-8"))
    assert problems(sarif, SARIF) == []
    for run in sarif["runs"]:
        ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
        assert len(ids) == len(set(ids))
        for result in run["results"]:
            assert ids[result["ruleIndex"]] == result["ruleId"]
            assert result["partialFingerprints"]["masonFingerprint/v1"]
        for rule in run["tool"]["driver"]["rules"]:
            assert rule["name"] != rule["id"]
            assert rule["fullDescription"]["text"]
            assert rule["help"]["text"]
            assert rule.get("helpUri", "https://").startswith("https://")
    typing = next(run for run in sarif["runs"] if run["tool"]["driver"]["name"] == "mason typing")
    assert any(rule["id"].startswith("TYP010/") for rule in typing["tool"]["driver"]["rules"])

    xml = (out / "mason.xml").read_text(encoding="utf-8")
    tree = ET.fromstring(xml)  # noqa: S314 - the report this test just wrote, not untrusted input
    names = [case.get("name") for case in tree.iter("testcase")]
    cases = dict(zip(names, next(iter(JUnitXml.fromstring(xml))), strict=True))
    assert set(cases) == {check["name"] for check in report["checks"]}
    assert any(isinstance(result, Failure) for result in cases["lint"].result)

    gitlab = json.loads((out / "gl-code-quality.json").read_text(encoding="utf-8"))
    jsonschema.validate(gitlab, GITLAB_CODE_QUALITY)
    assert len(gitlab) == sum(len(check["findings"]) for check in report["checks"])

    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier steps wrote this\n## ❌ mason audit failed")
    assert "| lint | ❌ fail |" in text


def test_an_unknown_output_format_is_exit_2_before_any_work(tmp_path: Path) -> None:
    outcome = run_mason(["audit", str(tmp_path), "--output", "xml=report.xml"])
    assert outcome.exit_code == 2
    assert "there is no format 'xml'" in outcome.stderr
    assert not (tmp_path / "report.xml").exists()
