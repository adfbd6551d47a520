# @file test_ty_checker.py
# @path tests/integration/test_ty_checker.py
# @version 0.1.0
"""ty as a type checker next to mypy and pyright: the functional-core layout chooses it.

The real ty runs from the generated project's own environment with seed 000's settings; its
findings reach every report format under their own rule (TYP013, with ty's rule below it in
SARIF), a switched-off ty rule is TYP006, and a project that does not choose ty never runs it.
"""

import json
from pathlib import Path

import pytest
from junitparser import JUnitXml

from tests.integration.conftest import ProjectFactory, private_copy
from tests.support import run_mason

pytestmark = pytest.mark.slow


@pytest.fixture
def functional(generated_project: ProjectFactory, tmp_path: Path) -> Path:
    return private_copy(generated_project("functional-core"), tmp_path / "fc")


def test_ty_runs_in_the_functional_core_project_with_its_findings_in_every_format(
    functional: Path, tmp_path: Path
) -> None:
    package = next(path for path in (functional / "src").iterdir() if path.is_dir())
    bad = package / "ops" / "oops.py"
    bad.write_text(
        f"# @file oops.py\n# @path src/{package.name}/ops/oops.py\n# @version 0.1.0\n"
        '"""Oops."""\n\n\ndef answer() -> int:\n    """Return the answer."""\n    return "42"\n',
        encoding="utf-8",
    )
    outputs = {kind: tmp_path / f"report.{kind}" for kind in ("sarif", "junit", "github")}
    audited = run_mason(
        ["audit", "-c", "typing", "--format", "json",
         *(f"--output={kind}={path}" for kind, path in outputs.items())],
        cwd=functional,
    )  # fmt: skip
    assert audited.exit_code == 1, audited.stderr
    (typing,) = json.loads(audited.stdout)["checks"]
    assert "ty:" in typing["summary"]
    ty = [f for f in typing["findings"] if f["rule"] == "TYP013"]
    assert [(f["path"], f["line"], f["code"]) for f in ty] == [
        (f"src/{package.name}/ops/oops.py", 9, "invalid-explicit-return")
    ]
    sarif = json.loads(outputs["sarif"].read_text(encoding="utf-8"))
    ids = {result["ruleId"] for run in sarif["runs"] for result in run["results"]}
    assert "TYP013/invalid-explicit-return" in ids
    junit = outputs["junit"].read_text(encoding="utf-8")
    (suite,) = JUnitXml.fromstring(junit)
    assert suite.failures == 1  # the typing check fails, and says why
    assert "TYP013" in junit
    assert "TYP013" in outputs["github"].read_text(encoding="utf-8")


def test_a_switched_off_ty_rule_is_found_and_ty_runs_only_where_chosen(functional: Path) -> None:
    pyproject = functional / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(
        text.replace('all = "error"', 'all = "error"\ninvalid-explicit-return = "ignore"'),
        encoding="utf-8",
    )
    audited = run_mason(["audit", "-c", "typing", "--format", "json"], cwd=functional)
    (typing,) = json.loads(audited.stdout)["checks"]
    assert [f["message"] for f in typing["findings"] if f["rule"] == "TYP006"] == [
        '[tool.ty].rules sets invalid-explicit-return = "ignore"'
    ]
    pyproject.write_text(
        text.replace('checkers = ["mypy", "pyright", "ty"]', 'checkers = ["mypy", "pyright"]'),
        encoding="utf-8",
    )
    audited = run_mason(["audit", "-c", "typing", "--format", "json"], cwd=functional)
    (typing,) = json.loads(audited.stdout)["checks"]
    assert "ty: not in [tool.mason.typing].checkers" in typing["summary"]
    assert typing["status"] == "pass"
