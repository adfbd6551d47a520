# @file test_html_layout.py
# @path tests/integration/test_html_layout.py
# @version 0.1.0
"""The HTML report fits a phone: nothing wider than a 390 px screen, measured by a browser.

Headless Chromium (Debian's ``chromium-headless-shell`` or ``chromium``) lays the page out at
390 px and reports every element that reaches past the screen's right edge; the report holds
what makes pages overflow (a long path, a long unbroken message, a tool's error output, the
layer diagram). Where no Chromium is installed, the page is still held to what makes it fit:
a viewport for phones, cells that wrap anywhere, a diagram that scales down.
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from mason.cli.writers.html import to_html
from mason.domain.audit_report import AuditReport
from mason.domain.check_result import CheckResult
from mason.domain.finding import Finding
from mason.domain.severity import Severity

SCREEN = 390
LONG_PATH = "src/" + "/".join(f"subpackage_number_{n}" for n in range(8)) + "/module.py"
REPORT = AuditReport(
    mason_version="0.1.0",
    root="/home/someone/projects/" + "a-rather-long-directory-name-" * 4,
    duration_s=12.5,
    checks=(
        CheckResult(
            name="layers",
            duration_s=1.0,
            summary="1 of 1 contracts broken",
            findings=(
                Finding(
                    rule="LAY001",
                    severity=Severity.ERROR,
                    path=LONG_PATH,
                    line=12,
                    message="imports " + "app.infrastructure.persistence.repositories." * 4,
                ),
            ),
            metrics={
                "layer.interface": 0,
                "layer.application": 1,
                "layer.domain | ports": 2,
                "layer.infrastructure": 3,
                "imports.interface -> application": 14,
                "imports.application -> domain | ports": 9,
                "imports.domain | ports -> interface": 2,
                "imports.infrastructure -> interface": 1,
                "imports.interface -> infrastructure": 3,
            },
        ),
        CheckResult(
            name="coverage",
            duration_s=5.0,
            summary="total 64%",
            metrics={"coverage": 64.0, "gate.fail_under": 70, "coverage.domain": 91.0},
        ),
        CheckResult(
            name="typing",
            duration_s=2.0,
            summary="pyright could not run",
            details="Traceback: " + "x" * 300 + "\n" + "/very/long/path" * 20,
        ),
    ),
)


def _browser() -> str | None:
    return shutil.which("chromium-headless-shell") or shutil.which("chromium")


def test_the_page_is_made_to_fit_a_phone() -> None:
    page = to_html(REPORT)
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    style = re.search(r"<style>(.*?)</style>", page, re.DOTALL)
    assert style is not None
    assert re.search(r"td,th\{[^}]*overflow-wrap:anywhere", style[1])
    assert re.search(r"pre\{[^}]*white-space:pre-wrap", style[1])
    assert "svg{max-width:100%;height:auto}" in style[1]


@pytest.mark.skipif(
    _browser() is None, reason="no Chromium here (apt install chromium-headless-shell)"
)
def test_nothing_on_the_page_is_wider_than_a_390_px_screen(tmp_path: Path) -> None:
    probe = (
        "<script>document.title=JSON.stringify({width:document.documentElement.scrollWidth,"
        "wide:[...document.querySelectorAll('body *')].filter(e=>e.getBoundingClientRect()"
        f".right>{SCREEN}+0.5).map(e=>e.tagName.toLowerCase())}})</script>"
    )
    page = tmp_path / "report.html"
    page.write_text(to_html(REPORT).replace("</body>", f"{probe}</body>"), encoding="utf-8")
    browser = _browser()
    assert browser is not None
    completed = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--window-size={SCREEN},844",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    title = re.search(r"<title>(.*?)</title>", completed.stdout)
    assert title is not None, completed.stderr
    measured = json.loads(title[1].replace("&quot;", '"'))
    assert measured["wide"] == []
    assert measured["width"] <= SCREEN
