# @file test_structure_rules.py
# @path tests/integration/test_structure_rules.py
# @version 0.1.0
"""The standard's files and settings, planted wrong in a generated project of every layout.

Each project is a copy of what ``mason new`` made (its tracked files, committed afresh); the
structure check must name every planted problem (required files, CI's dependency audit, an
unconstrained dependency, pre-commit without ruff, a compose version, a copy of a module, a
standard ruff rule switched off), as errors while the project records its template and as
warnings once it does not; the typing check must name a pydantic project without its plugin.
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from mason.adapters.python_finder import find_python
from mason.domain.audit_report import AuditReport
from mason.domain.layouts import LAYOUT_NAMES
from mason.domain.ruff_rules import STANDARD_RULES
from tests.integration.conftest import ProjectFactory
from tests.support import commit, git, run_mason

pytestmark = pytest.mark.slow

SETTINGS_LAYOUTS = ("functional-core", "four-layer", "webapp")
PYDANTIC_LAYOUTS = ("functional-core", "clean-ddd", "four-layer", "webapp")
COMPOSE = "services:\n  web:\n    image: nginx:1.27\nversion: '3.8'\n"


def _bare_copy(base: Path, target: Path) -> Path:
    """Copy the tracked files of ``base`` to ``target`` and commit them (no environment)."""
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=base, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    for name in filter(None, tracked):
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(base / name, destination)
    git(target, "init", "-q")
    commit(target, "made by mason new")
    return target


def _findings(project: Path, check: str) -> tuple[int, set[tuple[str, str | None]]]:
    """Audit ``project`` with one check; return the exit code and (rule, path) of its findings.

    The copy has no environment, so uv is told which Python to lock for (this machine cannot
    download one); a runner has one on PATH.
    """
    python = find_python((3, 12))
    assert python is not None
    outcome = run_mason(
        ["audit", str(project), "--format", "json", "--check", check],
        env={"UV_PYTHON": str(python)},
    )
    report = AuditReport.model_validate_json(outcome.stdout)
    (result,) = report.checks
    return outcome.exit_code, {(finding.rule, finding.path) for finding in result.findings}


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} has no {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _a_module(project: Path) -> Path:
    return next(
        path
        for folder in ("src", "scripts")
        for path in sorted((project / folder).rglob("*.py"))
        if path.name != "__init__.py"
    )


def _plant(project: Path, layout: str) -> set[tuple[str, str | None]]:
    """Plant one problem per rule; return the (rule, path) each one must be reported as."""
    for gone in ("docs/architecture.md", ".envrc", "setup.sh"):
        (project / gone).unlink()
    shutil.rmtree(project / "m2m")
    expected: set[tuple[str, str | None]] = {
        ("STR009", "docs/architecture.md"),
        ("STR009", "m2m/README.md"),
        ("STR009", ".envrc"),
        ("STR009", "setup.sh"),
    }
    if layout in SETTINGS_LAYOUTS:
        (project / ".env.example").unlink()
        expected.add(("STR009", ".env.example"))
    if layout == "library":
        (project / "src/demo_library/py.typed").unlink()
        expected.add(("STR009", "src/demo_library/py.typed"))
    workflow = project / ".github/workflows/ci.yml"
    loaded = yaml.safe_load(workflow.read_text(encoding="utf-8"))
    del loaded["jobs"]["dependencies"]
    workflow.write_text(yaml.safe_dump(loaded), encoding="utf-8")
    expected.add(("STR010", ".github/workflows/ci.yml"))
    pyproject = project / "pyproject.toml"
    _edit(pyproject, '"CPY001",', '"CPY001",\n    "G004",')
    expected.add(("STR006", "pyproject.toml"))
    group = "[dependency-groups]\ndev = ["
    _edit(pyproject, group, f'{group}\n    "requests",')
    expected.add(("STR011", "pyproject.toml"))
    pre_commit = project / ".pre-commit-config.yaml"
    config = yaml.safe_load(pre_commit.read_text(encoding="utf-8"))
    for repo in config["repos"]:
        repo["hooks"] = [hook for hook in repo["hooks"] if "ruff" not in hook["id"]]
    pre_commit.write_text(yaml.safe_dump(config), encoding="utf-8")
    expected.add(("STR012", ".pre-commit-config.yaml"))
    (project / "deploy").mkdir()
    (project / "deploy/compose.yml").write_text(COMPOSE, encoding="utf-8")
    expected.add(("STR013", "deploy/compose.yml"))
    module = _a_module(project)
    copy = module.with_name(f"{module.stem}_fixed.py")
    shutil.copy2(module, copy)
    expected.add(("STR014", copy.relative_to(project).as_posix()))
    return expected


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_structure_finds_each_planted_problem_in_every_layout(
    generated_project: ProjectFactory, layout: str, tmp_path: Path
) -> None:
    project = _bare_copy(generated_project(layout), tmp_path / f"demo-{layout}")
    code, found = _findings(project, "structure")
    assert code == 0, found
    assert {rule for rule, _ in found} <= {"STR008"}  # a fresh project: nothing to report
    expected = _plant(project, layout)
    commit(project, "planted")
    code, found = _findings(project, "structure")
    assert code == 1
    assert expected <= found, expected - found
    assert ("STR004", "uv.lock") in found  # requests, added by hand, is not locked


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_without_its_answers_file_a_project_is_warned_not_failed(
    generated_project: ProjectFactory, layout: str, tmp_path: Path
) -> None:
    project = _bare_copy(generated_project(layout), tmp_path / f"demo-{layout}")
    (project / ".copier-answers.yml").unlink()
    shutil.rmtree(project / ".github")
    shutil.rmtree(project / "m2m")
    commit(project, "no longer mason's, no CI")
    code, found = _findings(project, "structure")
    assert code == 0, found  # warnings only
    assert found == {("STR015", ".github/workflows/ci.yml"), ("STR015", "m2m/README.md")}


@pytest.mark.parametrize("layout", [*PYDANTIC_LAYOUTS, "cli"])
def test_typing_finds_pydantic_without_its_mypy_plugin(
    generated_project: ProjectFactory, layout: str, tmp_path: Path
) -> None:
    project = _bare_copy(generated_project(layout), tmp_path / f"demo-{layout}")
    pyproject = project / "pyproject.toml"
    if layout == "cli":  # no pydantic until the team adds it
        _, found = _findings(project, "typing")
        assert not any(rule == "TYP005" for rule, _ in found)
        _edit(pyproject, '"rich>=15,<16",', '"pydantic>=2.14,<3",\n    "rich>=15,<16",')
    else:
        text = pyproject.read_text(encoding="utf-8")
        pyproject.write_text(re.sub(r'plugins = \["pydantic.mypy"\]\n', "", text), "utf-8")
    commit(project, "pydantic without its plugin")
    _, found = _findings(project, "typing")
    assert ("TYP005", "pyproject.toml") in found


def _ruff_enabled(project: Path) -> set[str]:
    """Return the rules ruff itself says it enables in ``project`` (``--show-settings``)."""
    shown = subprocess.run(
        [".venv/bin/ruff", "check", "--show-settings"],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    enabled = shown.split("linter.rules.enabled = [", 1)[1].split("]", 1)[0]
    return set(re.findall(r"\(([A-Z]+[0-9]+)\)", enabled))


def test_each_standard_ruff_rule_is_stable_and_on_in_every_generated_project(
    generated_project: ProjectFactory,
) -> None:
    described = subprocess.run(
        [".venv/bin/ruff", "rule", "--all", "--output-format", "json"],
        cwd=generated_project("cli"),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    stable = {rule["code"] for rule in json.loads(described) if "Stable" in rule["status"]}
    assert set(STANDARD_RULES) - stable == set()
    for layout in LAYOUT_NAMES:
        assert set(STANDARD_RULES) - _ruff_enabled(generated_project(layout)) == set(), layout
