# @file test_incremental.py
# @path tests/integration/test_incremental.py
# @version 0.1.0
"""The incremental audit against its oracle: a cold full run of the same tree.

A generated project (with more modules, so a change touches a small part of it) is audited
once; then it is changed in one way after another, and after each change the audit that
re-checks only what the change can affect must report exactly what ``--no-cache`` reports:
every finding (rule, file, line, column, message) and every status. The kinds of change that
can be narrowed must really be narrowed, or the test would pass on full runs alone.
"""

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support import commit, run_mason, write_tree

pytestmark = pytest.mark.slow

SKIP_TESTS = ["--skip", "coverage"]
EXTRA = 14
"""Independent modules added to the generated project, so one change is a small part of it."""

type Finding = tuple[str, str, str | None, int | None, int | None, str]


def _audit(project: Path, *args: str) -> tuple[set[Finding], dict[str, str], dict[str, str]]:
    outcome = run_mason(["audit", *SKIP_TESTS, "--format", "json", *args], cwd=project)
    assert outcome.exit_code in {0, 1}, outcome.stderr
    report = json.loads(outcome.stdout)
    findings = {
        (check["name"], f["rule"], f["path"], f["line"], f["column"], f["message"])
        for check in report["checks"]
        for f in check["findings"]
    }
    statuses = {check["name"]: check["status"] for check in report["checks"]}
    summaries = {check["name"]: check["summary"] for check in report["checks"]}
    return findings, statuses, summaries


@pytest.fixture
def grown(project: Path) -> Path:
    """Return the generated project with more modules, committed and audited once."""
    modules = {
        f"src/demo_cli/core/extra_{n}.py": (
            f"# @file extra_{n}.py\n# @path src/demo_cli/core/extra_{n}.py\n# @version 0.1.0\n"
            f'"""Extra module {n}."""\n\n\ndef value_{n}(x: int) -> int:\n'
            f'    """Return a number."""\n    return x + {n}\n'
        )
        for n in range(EXTRA)
    }
    write_tree(project, modules)
    commit(project, "more modules")
    _audit(project)
    return project


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


WORDS = "src/demo_cli/core/words.py"
CHANGES: dict[str, tuple[Callable[[Path], object], set[str]]] = {
    "a function body": (
        lambda root: _edit(
            root / WORDS,
            "return words.most_common(limit)",
            "return [] or words.most_common(limit)  ",
        ),
        {"lint", "format", "typing", "headers", "design"},
    ),
    "a signature its importers now break": (
        lambda root: _edit(root / WORDS, "limit: int)", "limit: str)"),
        {"typing"},
    ),
    "a test file": (
        lambda root: _edit(
            root / "tests/test_core.py",
            '"""',
            '"""Changed. ',
        ),
        {"lint", "typing", "headers"},
    ),
    "a new file": (
        lambda root: write_tree(root, {"src/demo_cli/core/fresh.py": "import os\nx: int = 'a'\n"}),
        set(),
    ),
    "a deleted file": (lambda root: (root / "src/demo_cli/core/extra_3.py").unlink(), set()),
    "conftest.py": (
        lambda root: write_tree(root, {"tests/conftest.py": '"""Fixtures."""\nimport sys\n'}),
        set(),
    ),
    "pyproject.toml": (
        lambda root: _edit(root / "pyproject.toml", "line-length = 100", "line-length = 60"),
        set(),
    ),
}


@pytest.mark.parametrize("kind", list(CHANGES))
def test_after_a_change_the_incremental_audit_equals_a_cold_full_one(
    grown: Path, kind: str
) -> None:
    change, narrowed = CHANGES[kind]
    change(grown)
    findings, statuses, summaries = _audit(grown)
    cold_findings, cold_statuses, _ = _audit(grown, "--no-cache")
    assert findings == cold_findings
    assert statuses == cold_statuses
    for check in narrowed:
        assert "re-checked" in summaries[check], (check, summaries[check])
    again, _, _ = _audit(grown)  # and what it left behind is right for the next run
    assert again == cold_findings


def test_a_signature_change_is_reported_in_the_importer_not_only_in_the_changed_file(
    grown: Path,
) -> None:
    _edit(grown / WORDS, "limit: int)", "limit: str)")
    findings, _, summaries = _audit(grown)
    assert "re-checked" in summaries["typing"]
    broken = {path for check, _, path, *_ in findings if check == "typing"}
    assert "src/demo_cli/commands/count.py" in broken  # it passes an int as `limit`
