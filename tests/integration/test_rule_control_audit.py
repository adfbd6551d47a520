# @file test_rule_control_audit.py
# @path tests/integration/test_rule_control_audit.py
# @version 0.1.0
"""Rule-level control on a real project, and every id the real tools produce is registered."""

from pathlib import Path

import pytest

from mason.checks.builtin import BUILTIN_CHECKS
from mason.domain.audit_report import AuditReport
from mason.domain.registry import Registry
from tests.support import insert_after_docstring, run_mason, write_tree

pytestmark = pytest.mark.slow

SHAPES = (
    '"""Shapes."""\n\nfrom abc import ABC\n\n\n'
    'class Shape(ABC):  # mason: ignore[DES003]\n    """A shape."""\n\n\n'
    'class Circle:\n    """A circle."""\n'
)
MANY = '"""Many."""\n\n\n' + "".join(f"class C{n}:\n    pass\n\n\n" for n in range(4))


def _configure(project: Path, lines: str) -> None:
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(text.replace("[tool.mason]\n", f"[tool.mason]\n{lines}", 1), "utf-8")


def _report(project: Path, *args: str) -> tuple[int, AuditReport]:
    outcome = run_mason(["audit", str(project), "--format", "json", *args])
    assert outcome.stdout, outcome.stderr
    return outcome.exit_code, AuditReport.model_validate_json(outcome.stdout)


def test_ignore_per_file_ignores_and_inline_comments_suppress_and_count(project: Path) -> None:
    write_tree(
        project,
        {"src/demo_cli/core/shapes.py": SHAPES, "tests/test_many.py": MANY},
    )
    code, report = _report(project, "--check", "design")
    assert code == 1
    assert {finding.rule for finding in report.checks[0].findings} == {"DES001", "DES002"}
    _configure(
        project,
        'ignore = [{ rule = "DES002", reason = "value objects of one concept live together" }]\n'
        'per-file-ignores = { "tests/" = ["DES001", "DES002"] }\n',
    )
    code, report = _report(project, "--check", "design")
    assert code == 0, report.checks[0].findings
    (design,) = report.checks
    assert design.findings == ()
    assert design.suppressed == 4  # DES003 inline, DES002 twice, DES001 in tests/
    plain = run_mason(["audit", str(project), "--check", "design"])
    assert "4 suppressed" in plain.stdout


def test_select_runs_only_the_checks_that_own_a_selected_rule(project: Path) -> None:
    insert_after_docstring(project / "src/demo_cli/core/words.py", "import os\n")
    _configure(project, 'select = ["DES", "HDR001"]\n')
    code, report = _report(project)
    assert code == 0
    assert [check.name for check in report.checks] == ["headers", "design"]


def test_an_unknown_rule_id_is_exit_2_with_the_closest(project: Path) -> None:
    _configure(project, 'ignore = [{ rule = "DES01", reason = "typo" }]\n')
    outcome = run_mason(["audit", str(project)])
    assert outcome.exit_code == 2
    assert "no rule 'DES01'; did you mean DES001?" in outcome.stderr
    _configure(project, 'select = ["E9999"]\n')
    outcome = run_mason(["audit", str(project)])
    assert outcome.exit_code == 2
    assert "no rule 'E9999'" in outcome.stderr  # ruff's own rule list says so


def test_every_id_the_tools_report_is_a_registered_rule_of_its_check(project: Path) -> None:
    greeting = project / "src/demo_cli/core/greeting.py"
    insert_after_docstring(greeting, "import os\nfrom demo_cli.commands import greet\n")
    greeting.write_text(
        greeting.read_text(encoding="utf-8").replace("core/greeting.py", "old/greeting.py")
        + "\n\ndef bad() -> int:\n    return 'x'  # type: ignore\nx=[1,\n2]\n",
        encoding="utf-8",
    )
    write_tree(project, {"src/demo_cli/core/shapes.py": SHAPES, "mypy.ini": "[mypy]\n"})
    code, report = _report(project, "--no-cache")
    assert code == 1
    known = Registry(BUILTIN_CHECKS)
    seen: set[str] = set()
    for check in report.checks:
        for finding in (*check.findings, *check.existing):
            rule = known.rule(finding.rule)
            assert rule is not None, finding
            assert (rule.check, rule.severity) == (check.name, finding.severity), finding
            seen.add(check.name)
    assert seen >= {"lint", "format", "typing", "layers", "headers", "structure", "design"}
