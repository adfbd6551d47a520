# @file test_ci_installs.py
# @path tests/integration/test_ci_installs.py
# @version 0.1.0
"""Every file that installs mason in CI installs the recorded mason, never a squatter's.

A project made by ``mason new`` records the mason that made it (a development dependency with
an explicit source); its generated workflow, each recipe of docs/ci.md and the action are run
here as a runner runs them, in a fresh checkout, while a squatter holds ``mason`` and
``mason-standard`` on the package sources uv sees (``ci_steps``). Each must pass its gate with
the recorded mason and never run the squatter's. ``mason new`` itself is run from copies of
mason installed from a git repository and from an index, to see what it records.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.doc_recipes import recipe
from tests.integration.ci_steps import (
    Squatted,
    build_squatters,
    run_action_step,
    run_job,
    run_script,
    squatted_environment,
)
from tests.integration.conftest import ProjectFactory
from tests.published_schemas import SARIF, problems
from tests.support import UV, checkout_files

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def squatters(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the squatter's wheels, built once for the module."""
    return build_squatters(tmp_path_factory.mktemp("squatters"))


@pytest.fixture
def squatted(squatters: Path, tmp_path: Path) -> Squatted:
    """Return a runner-like environment with the squatter on uv's package sources."""
    return squatted_environment(squatters, tmp_path / "runner")


@pytest.fixture(scope="module")
def mason_repository(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Return this checkout as it is now, committed to a git repository, and the commit."""
    repository = tmp_path_factory.mktemp("mason-repository")
    for name in checkout_files(ROOT):
        (repository / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, repository / name)
    for command in (
        ["git", "init", "-q"],
        ["git", "add", "-A"],
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "mason"],
    ):
        subprocess.run(command, cwd=repository, check=True)
    commit = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repository, capture_output=True, text=True, check=True
    ).stdout.strip()
    return repository, commit


def _checkout(generated_project: ProjectFactory, tmp_path: Path) -> Path:
    """Return what actions/checkout gives a job: the generated project's history, no .venv.

    Every job of a workflow checks out at the same place (as on GitHub's runners, where
    coverage data naming files by absolute path relies on it), each time afresh.
    """
    target = tmp_path / "checkout"
    shutil.rmtree(target, ignore_errors=True)
    subprocess.run(
        ["git", "clone", "--quiet", str(generated_project("cli")), str(target)], check=True
    )
    return target


def _installed_mason(project: Path) -> dict[str, object]:
    """Return the installation record of the mason in the project's .venv."""
    (record,) = project.glob(".venv/lib/python3*/site-packages/mason_standard-*/direct_url.json")
    loaded: dict[str, object] = json.loads(record.read_text(encoding="utf-8"))
    return loaded


def _clean(project: Path) -> str:
    return subprocess.run(
        ["git", "status", "--porcelain"], cwd=project, capture_output=True, text=True, check=True
    ).stdout


def test_the_generated_workflow_installs_the_recorded_mason_and_passes_its_gate(
    generated_project: ProjectFactory, squatted: Squatted, tmp_path: Path
) -> None:
    project = _checkout(generated_project, tmp_path)
    workflow = (project / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    assert workflow == recipe("generated-workflow")
    run = run_job(workflow, "gate", project, squatted.env)
    assert run.status == 0, "\n".join(run.log)
    assert not squatted.squatter_ran, "\n".join(run.log)
    assert _installed_mason(project) == {"url": ROOT.as_uri(), "dir_info": {"editable": True}}
    assert problems(json.loads((project / "mason.sarif").read_text(encoding="utf-8")), SARIF) == []
    assert _clean(project) == "", "the reports CI writes are not ignored"


def test_the_docs_sharded_workflow_installs_the_recorded_mason_and_merges(
    generated_project: ProjectFactory, squatted: Squatted, tmp_path: Path
) -> None:
    workflow = recipe("sharded-workflow")
    shards = yaml.safe_load(workflow)["jobs"]["shard"]["strategy"]["matrix"]["shard"]
    artifacts = tmp_path / "artifacts"
    for shard in shards:
        project = _checkout(generated_project, tmp_path)
        matrix = {"shard": str(shard)}
        run = run_job(workflow, "shard", project, squatted.env, matrix=matrix, artifacts=artifacts)
        assert run.status == 0, "\n".join(run.log)
    project = _checkout(generated_project, tmp_path)
    run = run_job(workflow, "gate", project, squatted.env, artifacts=artifacts)
    assert run.status == 0, "\n".join(run.log)
    assert "::notice title=mason audit::passed" in run.log[-1]
    assert not squatted.squatter_ran
    assert _clean(project) == "", "the shards' directories are not ignored"


def test_the_docs_gitlab_job_installs_the_recorded_mason_and_writes_its_reports(
    generated_project: ProjectFactory, squatted: Squatted, tmp_path: Path
) -> None:
    project = _checkout(generated_project, tmp_path)
    job = yaml.safe_load(recipe("gitlab-ci"))["mason"]
    for line in job["script"]:
        if line == "pip install uv":  # the image's uv: this machine has one on PATH already
            continue
        completed = run_script(line, project, squatted.env)
        assert completed.returncode == 0, f"{line}\n{completed.stdout}{completed.stderr}"
    assert not squatted.squatter_ran
    for report in job["artifacts"]["reports"].values():
        assert (project / report).is_file()
    assert _clean(project) == "", "the reports CI writes are not ignored"


def test_the_docs_action_workflow_runs_the_actions_own_mason(
    generated_project: ProjectFactory, squatted: Squatted, tmp_path: Path
) -> None:
    project = _checkout(generated_project, tmp_path)
    steps = yaml.safe_load(recipe("action-workflow"))["jobs"]["audit"]["steps"]
    used = next(step for step in steps if step["uses"].startswith("<your-org>/mason@"))
    inputs = {key: str(value).lower() for key, value in used["with"].items()}
    written_baseline = subprocess.run(  # the baseline the recipe's `args` read, as a user has it
        [Path(sys.executable).with_name("mason"), "audit", "--sync", "--write-baseline"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert written_baseline.returncode == 0, written_baseline.stderr
    inputs["args"] = str(used["with"]["args"])
    completed, written = run_action_step(project, squatted.env, tmp_path / "runner-temp", inputs)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert written["exit-code"] == "0"
    assert problems(json.loads(Path(written["sarif"]).read_text(encoding="utf-8")), SARIF) == []
    assert not squatted.squatter_ran


@pytest.mark.parametrize("version", ["0.1.0", "mason-standard==0.1.0", "mason"])
def test_the_action_refuses_a_version_that_names_no_source(
    generated_project: ProjectFactory, squatted: Squatted, tmp_path: Path, version: str
) -> None:
    project = _checkout(generated_project, tmp_path)
    completed, written = run_action_step(
        project, squatted.env, tmp_path / "runner-temp", {"version": version, "sarif": "true"}
    )
    assert completed.returncode == 2, completed.stdout + completed.stderr
    assert written == {"exit-code": "2"}
    assert "names no source" in completed.stdout
    assert not squatted.squatter_ran


def test_the_action_installs_a_git_version_at_its_commit(
    generated_project: ProjectFactory,
    squatted: Squatted,
    mason_repository: tuple[Path, str],
    tmp_path: Path,
) -> None:
    project = _checkout(generated_project, tmp_path)
    repository, commit = mason_repository
    completed, written = run_action_step(
        project,
        squatted.env,
        tmp_path / "runner-temp",
        {"version": f"git+{repository.as_uri()}@{commit}", "args": "--check lint"},
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert written == {"exit-code": "0"}
    assert not squatted.squatter_ran


def test_the_action_says_3_when_mason_cannot_be_installed_and_sets_no_sarif(
    generated_project: ProjectFactory, tmp_path: Path
) -> None:
    project = _checkout(generated_project, tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MASON_", "UV_FIND"))}
    for version, index in (("0.1.0", "http://127.0.0.1:9/simple"), (str(tmp_path / "no"), "")):
        completed, written = run_action_step(
            project,
            env,
            tmp_path / f"runner-{len(index)}",
            {"version": version, "index-url": index, "sarif": "true"},
        )
        assert completed.returncode == 3, completed.stdout + completed.stderr
        assert written == {"exit-code": "3"}, "could not install is not a failed gate"
        assert "::error title=mason could not be installed::" in completed.stdout


def test_the_action_sets_sarif_only_when_the_audit_wrote_it(
    generated_project: ProjectFactory, tmp_path: Path
) -> None:
    project = _checkout(generated_project, tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MASON_")}
    completed, written = run_action_step(
        project, env, tmp_path / "runner-temp", {"sarif": "true", "args": "--check nothing"}
    )
    assert completed.returncode == 2, completed.stdout + completed.stderr
    assert written == {"exit-code": "2"}


def _scratch_mason(where: Path, *requirement: str) -> Path:
    """Install mason into a new environment as a user would; return its ``mason`` program."""
    subprocess.run([*UV, "venv", "--quiet", "--python", sys.executable, str(where)], check=True)
    subprocess.run(
        [*UV, "pip", "install", "--quiet", "--python", str(where / "bin" / "python"), *requirement],
        check=True,
        timeout=600,
    )
    return where / "bin" / "mason"


def _new(mason: Path, cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MASON_")}
    return subprocess.run(
        [str(mason), "new", "demo", "--layout", "library", "--defaults", *args],
        cwd=cwd,
        env={**clean, "NO_COLOR": "1", **env},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def test_mason_new_records_a_git_mason_at_its_commit_and_the_project_installs_it(
    mason_repository: tuple[Path, str], tmp_path: Path
) -> None:
    repository, commit = mason_repository
    mason = _scratch_mason(tmp_path / "env", f"mason-standard @ git+{repository.as_uri()}@{commit}")
    made = _new(mason, tmp_path)
    assert made.returncode == 0, made.stderr
    project = tmp_path / "demo"
    pyproject = (project / "pyproject.toml").read_text(encoding="utf-8")
    assert f'mason-standard = {{ git = "{repository.as_uri()}", rev = "{commit}" }}' in pyproject
    assert "only this machine has" in made.stderr  # a file: repository is this machine's
    synced = subprocess.run(
        [*UV, "sync", "--locked", "--quiet", "--python", sys.executable],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert synced.returncode == 0, synced.stderr
    installed = _installed_mason(project)
    assert installed["vcs_info"] == {
        "vcs": "git",
        "commit_id": commit,
        "requested_revision": commit,
    }


def test_mason_new_refuses_an_index_mason_it_cannot_name_and_records_the_named_one(
    tmp_path: Path,
) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [*UV, "build", "--wheel", "--quiet", "--out-dir", str(wheels), str(ROOT)],
        check=True,
        timeout=600,
    )
    mason = _scratch_mason(tmp_path / "env", "--find-links", str(wheels), "mason-standard")
    refused = _new(mason, tmp_path, "--no-lock")
    assert refused.returncode == 2
    assert "cannot tell where it was installed from" in refused.stderr
    assert "MASON_INDEX_URL" in refused.stderr
    assert not (tmp_path / "demo").exists()
    index = "https://pypi.example.org/simple"
    made = _new(mason, tmp_path, "--no-lock", MASON_INDEX_URL=index)
    assert made.returncode == 0, made.stderr
    assert "only this machine has" not in made.stderr
    document = (tmp_path / "demo" / "pyproject.toml").read_text(encoding="utf-8")
    assert 'mason-standard = { index = "mason" }' in document
    assert f'name = "mason"\nurl = "{index}"\nexplicit = true' in document
    assert '"mason-standard==' in document
