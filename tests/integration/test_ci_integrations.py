# @file test_ci_integrations.py
# @path tests/integration/test_ci_integrations.py
# @version 0.1.0
"""The ways into mason from CI, checked with the tools CI systems and their linters use.

zizmor (the GitHub Actions linter, pedantic) must find nothing in ``action.yml``, in the workflow
``mason new`` generates and in the recipes of docs/ci.md; check-jsonschema validates them
against the GitHub Actions, workflow and GitLab CI schemas it ships. The action's audit step is
run as GitHub would run it, on a generated project, with mason installed from this checkout.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.doc_recipes import recipe
from tests.integration.ci_steps import run_action_step
from tests.integration.conftest import ProjectFactory
from tests.published_schemas import SARIF, problems

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _zizmor(*paths: Path) -> list[dict[str, object]]:
    completed = subprocess.run(
        [BIN / "zizmor", "--offline", "--persona", "pedantic", "--format", "json", *paths],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert completed.returncode in {0, 10, 11, 12, 13, 14}, completed.stderr
    findings: list[dict[str, object]] = json.loads(completed.stdout)
    return findings


def _schema_problems(schema: str, path: Path) -> str:
    completed = subprocess.run(
        [BIN / "check-jsonschema", "--builtin-schema", schema, path],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    return "" if completed.returncode == 0 else completed.stdout + completed.stderr


def _workflow_dir(tmp_path: Path, name: str, text: str) -> Path:
    """Write ``text`` as a workflow of a scratch repository (zizmor audits workflows by place)."""
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True, exist_ok=True)
    path = workflows / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_action_has_no_zizmor_findings_and_is_a_valid_action() -> None:
    assert _zizmor(ROOT / "action.yml") == []
    assert _schema_problems("vendor.github-actions", ROOT / "action.yml") == ""


def test_the_action_passes_every_input_through_env_and_pins_every_action() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    for step in action["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step
        uses = step.get("uses")
        if uses:
            ref = uses.partition("@")[2]
            assert len(ref) == 40, f"{uses} is not pinned by commit SHA"
            assert all(c in "0123456789abcdef" for c in ref)


def test_the_generated_workflow_is_clean_valid_and_the_recipe_in_the_docs(
    generated_project: ProjectFactory,
) -> None:
    workflow = generated_project("cli") / ".github" / "workflows" / "ci.yml"
    assert _zizmor(workflow) == []
    assert _schema_problems("vendor.github-workflows", workflow) == ""
    text = workflow.read_text(encoding="utf-8")
    assert recipe("generated-workflow") == text
    assert "run: .venv/bin/mason audit" in text  # the mason uv.lock pins, never a bare name


def test_the_docs_workflow_using_the_action_is_clean_and_valid(tmp_path: Path) -> None:
    workflow = _workflow_dir(tmp_path, "mason.yml", recipe("action-workflow"))
    assert _zizmor(workflow) == []
    assert _schema_problems("vendor.github-workflows", workflow) == ""
    steps = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"]["audit"]["steps"]
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    used = next(step for step in steps if step["uses"].startswith("<your-org>/mason@"))
    assert set(used["with"]) <= set(action["inputs"])


def test_the_docs_sharded_workflow_is_clean_valid_and_merges_what_it_shards(
    tmp_path: Path,
) -> None:
    workflow = _workflow_dir(tmp_path, "mason-sharded.yml", recipe("sharded-workflow"))
    assert _zizmor(workflow) == []
    assert _schema_problems("vendor.github-workflows", workflow) == ""
    jobs = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"]
    shards = jobs["shard"]["strategy"]["matrix"]["shard"]
    audit = next(step["run"] for step in jobs["shard"]["steps"] if "--shard" in step.get("run", ""))
    assert f'--shard "$SHARD/{len(shards)}"' in audit
    assert jobs["gate"]["needs"] == "shard"
    merge = jobs["gate"]["steps"][-1]["run"]
    assert "mason audit merge shards/*" in merge


def test_the_docs_gitlab_job_is_valid_gitlab_ci(tmp_path: Path) -> None:
    path = tmp_path / ".gitlab-ci.yml"
    path.write_text(recipe("gitlab-ci"), encoding="utf-8")
    assert _schema_problems("vendor.gitlab-ci", path) == ""
    job = yaml.safe_load(path.read_text(encoding="utf-8"))["mason"]
    assert set(job["artifacts"]["reports"]) == {"codequality", "junit"}


def test_the_docs_pre_commit_config_names_only_hooks_mason_ships(tmp_path: Path) -> None:
    path = tmp_path / ".pre-commit-config.yaml"
    path.write_text(recipe("pre-commit-config"), encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout
    shipped = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    named = {hook["id"] for repo in config["repos"] for hook in repo["hooks"]}
    assert named == {hook["id"] for hook in shipped}


def test_the_actions_audit_step_runs_mason_from_the_actions_checkout(
    project: Path, tmp_path: Path
) -> None:
    summary = tmp_path / "step_summary"
    env = {**os.environ, "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    completed, written = run_action_step(
        project, env, tmp_path, {"sarif": "true", "args": "--skip coverage --jobs 2"}
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert written["exit-code"] == "0"
    sarif = json.loads(Path(written["sarif"]).read_text(encoding="utf-8"))
    assert problems(sarif, SARIF) == []
    assert "## ✅ mason audit passed" in summary.read_text(encoding="utf-8")


def test_the_actions_audit_step_fails_with_the_audits_exit_code(
    project: Path, tmp_path: Path
) -> None:
    (project / "src" / "demo_cli" / "extra.py").write_text("import os\n", encoding="utf-8")
    completed, written = run_action_step(project, os.environ, tmp_path, {"args": "--check lint"})
    assert completed.returncode == 1, completed.stderr
    assert "::error file=src/demo_cli/extra.py" in completed.stdout
    assert written == {"exit-code": "1"}
