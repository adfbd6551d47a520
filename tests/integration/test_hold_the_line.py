# @file test_hold_the_line.py
# @path tests/integration/test_hold_the_line.py
# @version 0.1.0
"""``--changed-since REF`` holds the line: only findings new since the merge-base fail.

Each test starts from a mason-made project with its own environment and git history, changes
it the way a pull request would, and runs the real audit (real ruff, mypy, pyright) against a
real merge-base in a real git worktree.
"""

import json
from pathlib import Path

import pytest

from mason.adapters.cache_store import CacheStore
from mason.domain.audit_report import AuditReport
from tests.support import audit, commit, findings, git, insert_after_docstring, run_mason

pytestmark = pytest.mark.slow

GREETING = "src/demo_cli/core/greeting.py"
GREET_COMMAND = "src/demo_cli/commands/greet.py"
WORDS = "src/demo_cli/core/words.py"


def _report(project: Path, *args: str) -> tuple[int, AuditReport]:
    outcome = run_mason(["audit", str(project), "--format", "json", *args])
    assert outcome.stdout, outcome.stderr
    return outcome.exit_code, AuditReport.model_validate_json(outcome.stdout)


def test_a_change_that_breaks_an_untouched_file_is_reported_in_that_file(project: Path) -> None:
    """Reproduction: the old filter failed with "2 findings outside the changed files hidden"."""
    greeting = project / GREETING
    greeting.write_text(
        greeting.read_text(encoding="utf-8")
        .replace("shout: bool", "loud: bool")
        .replace("if shout", "if loud"),
        encoding="utf-8",
    )
    code, report = _report(project, "--check", "typing", "--changed-since", "HEAD")
    assert code == 1
    (typing,) = report.checks
    paths = {finding.path for finding in typing.findings}
    assert GREET_COMMAND in paths  # the caller, which the change did not touch
    assert all(finding.message for finding in typing.findings)
    assert report.base is not None
    assert report.base.commit == git(project, "rev-parse", "HEAD").strip()
    assert report.base.checks_compared == ("typing",)


def test_findings_the_merge_base_had_are_existing_not_new(project: Path) -> None:
    """Reproduction: files changed only on main counted as changed (the tip, not the base)."""
    main = git(project, "branch", "--show-current").strip()
    insert_after_docstring(project / WORDS, "import os\n")
    commit(project, "an old defect on main")
    git(project, "switch", "--quiet", "-c", "feature")
    insert_after_docstring(project / GREETING, "\n")
    commit(project, "feature work")
    git(project, "switch", "--quiet", main)
    (project / WORDS).write_text(
        (project / WORDS).read_text(encoding="utf-8") + "\n\nLIMIT = 3\n", encoding="utf-8"
    )
    commit(project, "main moves on, in the file with the old defect")
    git(project, "switch", "--quiet", "feature")

    code, report = _report(project, "--check", "lint", "--changed-since", main)
    assert code == 0, report.checks[0].findings
    (lint,) = report.checks
    assert lint.findings == ()
    assert {(f.rule, f.path) for f in lint.existing} >= {("F401", WORDS)}
    assert {f.path for f in lint.existing} == {WORDS}
    assert report.passed

    insert_after_docstring(project / GREETING, "import sys\n")
    code, report = _report(project, "--check", "lint", "--changed-since", main)
    assert code == 1
    (lint,) = report.checks
    assert ("F401", GREETING) in {(f.rule, f.path) for f in lint.findings}
    assert {f.path for f in lint.findings} == {GREETING}
    assert {f.path for f in lint.existing} == {WORDS}
    plain = run_mason(["audit", str(project), "--check", "lint", "--changed-since", main])
    assert f"{len(lint.existing)} existing since {main}" in plain.stdout


def _results(project: Path) -> list[Path]:
    """Return the cached results (not the incremental audit's per-unit state)."""
    entries = CacheStore(project).directory.glob("*.json")
    return [entry for entry in entries if not entry.name.startswith("state-")]


def test_the_base_is_read_from_the_cache_main_already_wrote(project: Path) -> None:
    code, _ = _report(project, "--check", "lint")
    assert code == 0
    (entry,) = _results(project)
    written = entry.stat().st_ino
    insert_after_docstring(project / GREETING, "import sys\n")
    code, _ = _report(project, "--check", "lint", "--changed-since", "HEAD")
    assert code == 1
    assert len(_results(project)) == 2
    assert entry.stat().st_ino == written  # the base's result was read, not computed again
    worktrees = git(project, "worktree", "list").splitlines()
    assert len(worktrees) == 1  # the base's worktree is gone


def test_a_ref_that_is_not_a_commit_is_exit_2(project: Path) -> None:
    outcome = run_mason(["audit", str(project), "--changed-since", "no-such-ref"])
    assert outcome.exit_code == 2
    assert "'no-such-ref' is not a commit" in outcome.stderr
    assert "git fetch" in outcome.stderr


def test_write_baseline_reports_what_its_exit_code_says(project: Path) -> None:
    """Reproduction: ``--write-baseline --format json`` exited 0 with ``"passed": false``."""
    insert_after_docstring(project / GREETING, "import os\n")
    outcome = run_mason(
        ["audit", str(project), "--check", "lint", "--write-baseline", "--format", "json"]
    )
    document = json.loads(outcome.stdout)
    assert outcome.exit_code == 0
    assert document["passed"] is True
    (lint,) = document["checks"]
    assert (lint["status"], lint["findings"], len(lint["existing"])) == ("pass", [], 1)
    baseline = str(project / ".mason-baseline.json")
    code, checks = audit(project, "--check", "lint", "--baseline", baseline)
    assert code == 0
    assert findings(checks["lint"]) == []
