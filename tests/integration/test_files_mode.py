# @file test_files_mode.py
# @path tests/integration/test_files_mode.py
# @version 0.1.0
"""``mason audit --files``: the per-file checks look at the files named, and only those.

Real ruff, mypy and pyright on a generated project: what pre-commit passes is what is
checked (the type checkers add every file that imports it), a file the project excludes stays
excluded, and a later full audit is not fooled by the cache.
"""

from pathlib import Path

import pytest

from mason.checks.builtin import BUILTIN_CHECKS
from mason.domain.audit_report import AuditReport
from tests.support import insert_after_docstring, run_mason

PER_FILE = [
    part
    for check in BUILTIN_CHECKS
    if all(
        unit.subjects and not unit.reads_imports and not unit.keeps_files for unit in check.units
    )
    for part in ("--check", check.name)
]
"""The checks that judge each file alone: ``--files`` narrows them to the files named."""


def _audit(project: Path, *args: str) -> AuditReport:
    outcome = run_mason(["audit", *args, "--format", "json"], cwd=project)
    assert outcome.exit_code in {0, 1}, outcome.stderr
    return AuditReport.model_validate_json(outcome.stdout)


def _where(report: AuditReport) -> set[tuple[str, str | None]]:
    return {(finding.rule, finding.path) for check in report.checks for finding in check.findings}


def test_only_the_named_files_are_checked(project: Path) -> None:
    package = project / "src" / "demo_cli"
    insert_after_docstring(package / "cli.py", "import os\n")
    insert_after_docstring(package / "__init__.py", "import sys\n")
    (package / "loose.py").write_text('"""No header."""\nx=1\n', encoding="utf-8")
    report = _audit(project, *PER_FILE, "--files", "src/demo_cli/cli.py", "src/demo_cli/loose.py")
    assert report.focus == ("src/demo_cli/cli.py", "src/demo_cli/loose.py")
    found = _where(report)
    assert ("F401", "src/demo_cli/cli.py") in found
    assert any(rule.startswith("HDR") and path == "src/demo_cli/loose.py" for rule, path in found)
    assert ("FMT001", "src/demo_cli/loose.py") in found
    assert not any(path == "src/demo_cli/__init__.py" for _, path in found)
    everything = _where(_audit(project, *PER_FILE))  # the cache keeps the two runs apart
    assert ("F401", "src/demo_cli/__init__.py") in everything


def test_files_the_project_excludes_are_left_alone(project: Path) -> None:
    pyproject = project / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8").replace(
            "[tool.mason]\n", '[tool.mason]\nexclude = ["scratch/*"]\n', 1
        ),
        encoding="utf-8",
    )
    scratch = project / "scratch"
    scratch.mkdir()
    (scratch / "tmp.py").write_text("import os\n", encoding="utf-8")
    report = _audit(project, *PER_FILE, "--files", "scratch/tmp.py", "README.md")
    assert report.focus == ("README.md",)
    assert _where(report) == set()


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (["nothere.py"], "--files nothere.py: no such file"),
        (["src"], "--files src: is a directory, not a file"),
        (["OUTSIDE"], "the file is outside the project"),
        ([], "--files names no file"),
    ],
)
def test_a_selection_of_no_file_is_a_usage_error(
    project: Path, tmp_path: Path, given: list[str], said: str
) -> None:
    """Issue 16, defect 9: these passed as "0 checks" instead of checking anything."""
    outside = tmp_path / "elsewhere.py"
    outside.write_text("import os\n", encoding="utf-8")
    names = [str(outside) if name == "OUTSIDE" else name for name in given]
    outcome = run_mason(["audit", *PER_FILE, "--files", *names], cwd=project)
    assert outcome.exit_code == 2, outcome.stdout
    assert said in outcome.stderr
    assert "hint:" in outcome.stderr
    assert not (project / ".mason_cache").exists()  # refused before any work


def test_checks_that_leave_none_to_run_are_a_usage_error(project: Path) -> None:
    outcome = run_mason(["audit", "-c", "lint", "-s", "lint"], cwd=project)
    assert outcome.exit_code == 2
    assert "no check is left to run (--check lint --skip lint selects none)" in outcome.stderr


def test_typing_follows_the_named_files_into_their_importers(project: Path) -> None:
    words = project / "src" / "demo_cli" / "core" / "words.py"
    words.write_text(
        words.read_text(encoding="utf-8").replace("limit: int)", "limit: str)", 1),
        encoding="utf-8",
    )
    report = _audit(
        project, "--check", "typing", "--check", "layers", "--files", "src/demo_cli/core/words.py"
    )
    typing = {path for rule, path in _where(report) if rule == "TYP010"}
    assert "src/demo_cli/commands/count.py" in typing  # not named: it imports the named file
    (layers,) = [check for check in report.checks if check.name == "layers"]
    assert layers.status == "pass"  # a whole-project check stays whole
    assert "re-checked" not in layers.summary


def test_several_paths_need_files(project: Path) -> None:
    outcome = run_mason(["audit", "src", "tests"], cwd=project)
    assert outcome.exit_code == 2
    assert "mason audit takes one project path, not 2" in outcome.stderr
    assert "add --files" in outcome.stderr
