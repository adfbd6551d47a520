# @file test_structure_files.py
# @path tests/unit/test_structure_files.py
# @version 0.1.0
"""The structure check's file judges: required files, copies, CI's audit, pre-commit, compose."""

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from mason.checks.dependencies import declared_dependencies, uses_pydantic
from mason.checks.structure.ci_audit import read_pipeline, runs_an_audit
from mason.checks.structure.compose import check_compose
from mason.checks.structure.copies import find_copies
from mason.checks.structure.pre_commit import check_pre_commit
from mason.checks.structure.required import missing_required, required_files
from mason.checks.structure.task_runners import handed_on
from mason.domain.layouts import LayoutName
from mason.domain.project_facts import ProjectFacts

if TYPE_CHECKING:
    from mason.domain.toml import TomlTable

MADE = {
    ".copier-answers.yml",
    ".envrc",
    "setup.sh",
    ".github/workflows/ci.yml",
    "docs/architecture.md",
    "m2m/README.md",
    "src/shop/__init__.py",
}


def _facts(
    layout: LayoutName | None = "cli",
    *,
    workspace_root: str | None = None,
    repository_path: str | None = ".",
) -> ProjectFacts:
    return ProjectFacts(
        root=Path("/p"),
        name="shop",
        version="1.0",
        package="shop",
        source_root="src",
        layers=(),
        python_floor=(3, 12),
        layout=layout,
        detected_layout="library",
        pure_layers=(),
        workspace_root=workspace_root,
        repository_path=repository_path,
    )


def _missing(
    files: set[str], facts: ProjectFacts | None = None, *, reads_settings: bool = False
) -> list[str]:
    facts = facts or _facts()
    wanted = required_files(
        facts, reads_settings=reads_settings, at_repository_top=facts.at_repository_top
    )
    return [f"{f.rule} {f.path}" for f in missing_required(files, wanted)]


def test_a_project_mason_made_with_every_file_is_clean() -> None:
    assert _missing(MADE) == []


@pytest.mark.parametrize(
    "gone", [".envrc", "setup.sh", ".github/workflows/ci.yml", "docs/architecture.md"]
)
def test_a_lost_file_of_a_project_mason_made_is_an_error(gone: str) -> None:
    assert _missing(MADE - {gone}) == [f"STR009 {gone}"]


def test_deleting_m2m_is_an_error_and_the_finding_says_why() -> None:
    facts = _facts()
    wanted = required_files(facts, reads_settings=False, at_repository_top=True)
    (finding,) = missing_required(MADE - {"m2m/README.md"}, wanted)
    assert finding.message == (
        "no m2m/README.md: m2m/ tells AI agents how to change the project safely (seed 004)"
    )


def test_a_project_mason_did_not_make_gets_warnings() -> None:
    assert _missing({"src/shop/__init__.py"}) == [
        "STR015 docs/architecture.md",
        "STR015 m2m/README.md",
        "STR015 .envrc",
        "STR015 setup.sh",
        "STR015 .github/workflows/ci.yml",
    ]


def test_other_ci_systems_and_documentation_formats_count() -> None:
    files = (MADE - {".github/workflows/ci.yml", "docs/architecture.md"}) | {
        ".gitlab-ci.yml",
        "docs/design/architecture.rst",
    }
    assert _missing(files) == []
    assert _missing((MADE - {".github/workflows/ci.yml"}) | {".github/workflows/test.yaml"}) == []


def test_settings_ask_for_an_env_example_and_a_library_for_py_typed() -> None:
    assert _missing(MADE, reads_settings=True) == ["STR009 .env.example"]
    assert _missing(MADE | {".env.sample"}, reads_settings=True) == []
    assert _missing(MADE, _facts("library")) == ["STR009 src/shop/py.typed"]
    assert _missing(MADE | {"src/shop/py.typed"}, _facts("library")) == []
    assert _missing(MADE, _facts(None)) == []  # py.typed only where the layout is library


def test_every_accepted_pattern_is_anchored_at_the_root() -> None:
    # missing_required looks for a file only below its patterns' first segment
    wanted = required_files(_facts("library"), reads_settings=True, at_repository_top=True)
    assert all(pattern.startswith("/") for item in wanted for pattern in item.accepted)


def test_a_workspace_member_and_a_nested_project_leave_ci_to_the_repository() -> None:
    member = _facts(workspace_root="..")  # full-stack-fastapi-template's backend: .env above
    files = {".copier-answers.yml", "docs/architecture.md", "m2m/README.md"}
    assert _missing(files, member, reads_settings=True) == []
    nested = _facts(repository_path="packages/api")
    assert _missing(MADE - {".github/workflows/ci.yml"}, nested) == []


def test_copies_next_to_their_module_are_found() -> None:
    files = {
        "src/shop/orders.py",
        "src/shop/orders_fixed.py",
        "src/shop/orders-old.py",
        "src/shop/orders copy.py",
        "src/shop/cart.py",
        "src/shop/cart.py.orig",
        "README.md~",
        "README.md",
        "src/shop/new_api.py",
        "src/shop/api_v2.py",
        "src/shop/api.py",
        "src/shop/db_backup.py",  # no db.py beside it: a module about backups
        "tests/test_old.py",  # no test.py beside it
    }
    assert [f.path for f in find_copies(files)] == [
        "README.md~",
        "src/shop/cart.py.orig",
        "src/shop/orders copy.py",
        "src/shop/orders-old.py",
        "src/shop/orders_fixed.py",
    ]


def _audits(workflow: str, others: dict[str, str] | None = None, name: str = "ci.yml") -> bool:
    pipeline = read_pipeline({f".github/workflows/{name}": workflow})
    return runs_an_audit(pipeline, handed_on(pipeline.commands, others or {}, {}))


GITHUB = """
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: {run}
"""


@pytest.mark.parametrize(
    "command",
    [
        "uv run pip-audit",
        "uvx pip-audit@2.10.1 -r requirements.txt",
        "python -m pip_audit",
        "uv audit --frozen",
        "safety check --full-report",
        "trivy fs --exit-code 1 .",
        "trivy --quiet fs .",
        "osv-scanner -r .",
    ],
)
def test_an_audit_command_in_a_workflow_counts(command: str) -> None:
    assert _audits(GITHUB.format(run=command))


@pytest.mark.parametrize(
    "command",
    ["pytest", "echo pip-audits", "pip install safety", "trivy config .", "uv run pip-auditor"],
)
def test_other_commands_do_not(command: str) -> None:
    assert not _audits(GITHUB.format(run=command))


def test_a_commented_out_step_does_not_count() -> None:
    workflow = GITHUB.format(run="pytest") + "      # - run: pip-audit\n"
    assert not _audits(workflow)


def test_audit_actions_and_gitlab_templates_count() -> None:
    action = GITHUB.format(run="pytest") + "      - uses: pypa/gh-action-pip-audit@v1.1.0\n"
    assert _audits(action)
    gitlab = (
        "include:\n  - template: Jobs/Dependency-Scanning.gitlab-ci.yml\n"
        "test:\n  script: [pytest]\n"
    )
    assert runs_an_audit(read_pipeline({".gitlab-ci.yml": gitlab}), [])


def test_a_reusable_workflow_that_names_a_dependency_review_counts() -> None:
    # sigstore-python: the job's steps live in another repository's reusable workflow
    workflow = (
        "on: [pull_request]\njobs:\n  dependency-review:\n"
        "    uses: sigstore/community/.github/workflows/reusable-dependency-review.yml@9b1b5ac\n"
    )
    assert _audits(workflow)
    other = "on: [push]\njobs:\n  release:\n    uses: org/shared/.github/workflows/release.yml@v1\n"
    assert not _audits(other)


def test_a_runner_the_workflow_calls_hands_the_audit_on() -> None:
    nox = {"noxfile.py": "@nox.session\ndef audit(session):\n    session.run('pip-audit')\n"}
    assert _audits(GITHUB.format(run="uvx nox -s audit"), nox)
    assert not _audits(GITHUB.format(run="pytest"), nox)  # the noxfile is never run
    make = {"Makefile": "audit:\n\tpip-audit -r requirements.txt\n"}
    assert _audits(GITHUB.format(run="make audit"), make)
    script = {"scripts/ci.sh": "#!/bin/sh\nset -e\nuv run pip-audit\n"}
    assert _audits(GITHUB.format(run="./scripts/ci.sh"), script)


def test_a_hatch_script_in_pyproject_hands_the_audit_on() -> None:
    pipeline = read_pipeline({".github/workflows/ci.yml": GITHUB.format(run="hatch run audit")})
    pyproject: TomlTable = {
        "tool": {"hatch": {"envs": {"default": {"scripts": {"audit": "pip-audit"}}}}}
    }
    assert runs_an_audit(pipeline, handed_on(pipeline.commands, {}, pyproject))


def test_an_unreadable_workflow_is_no_audit() -> None:
    assert not _audits("jobs: [unclosed")


PRE_COMMIT = """
repos:
  - repo: {repo}
    hooks:
{hooks}
"""


def _pre_commit(hooks: str, repo: str = "local") -> list[str]:
    return [f.message for f in check_pre_commit(PRE_COMMIT.format(repo=repo, hooks=hooks))]


def test_the_generated_pre_commit_hooks_run_ruff() -> None:
    hooks = (
        "      - {id: ruff-check, name: a, entry: .venv/bin/ruff check --fix, language: system}\n"
        "      - {id: ruff-format, name: b, entry: .venv/bin/ruff format, language: system}\n"
    )
    assert _pre_commit(hooks) == []


def test_ruff_pre_commits_ids_and_entries_by_any_name_count() -> None:
    remote = "      - id: ruff\n        args: [--fix]\n      - id: ruff-format\n"
    assert _pre_commit(remote, "https://github.com/astral-sh/ruff-pre-commit") == []
    local = (
        "      - {id: lint, name: a, entry: uv run ruff, args: [check], language: system}\n"
        "      - {id: fmt, name: b, entry: python -m ruff format --check, language: system}\n"
    )
    assert _pre_commit(local) == []
    assert _pre_commit("      - id: mason-files\n", "https://git.example.com/org/mason") == []


def test_a_hook_that_runs_make_lint_runs_what_the_makefile_runs() -> None:
    # pydantic-settings: `entry: make lint`, and the Makefile's lint target runs ruff
    hooks = "      - {id: lint, name: Lint, entry: make lint, language: system}\n"
    text = PRE_COMMIT.format(repo="local", hooks=hooks)
    makefile = "lint:\n\tuv run ruff check $(sources)\n\tuv run ruff format --check $(sources)\n"
    assert check_pre_commit(text, {"Makefile": makefile}) == []
    commented = "lint:\n# ruff format is too slow here\n\tuv run ruff check .\n"
    assert [f.message for f in check_pre_commit(text, {"Makefile": commented})] == [
        "no pre-commit hook runs ruff format"
    ]
    assert len(check_pre_commit(text)) == 2  # no Makefile: nothing runs ruff


def test_a_pre_commit_without_ruff_is_reported_per_command() -> None:
    black = "      - id: black\n      - id: ruff-check\n"
    assert _pre_commit(black, "https://github.com/psf/black") == [
        "no pre-commit hook runs ruff format"
    ]
    assert _pre_commit("      - id: flake8\n", "https://github.com/pycqa/flake8") == [
        "no pre-commit hook runs ruff check",
        "no pre-commit hook runs ruff format",
    ]
    assert [f.message for f in check_pre_commit("repos: [unclosed")] == [
        ".pre-commit-config.yaml is not valid YAML"
    ]


def test_a_compose_file_with_a_version_is_reported_at_its_line() -> None:
    text = "# compose\nservices:\n  web:\n    image: nginx:1.27\nversion: '3.8'\n"
    (finding,) = check_compose("deploy/compose.yml", text)
    assert (finding.rule, finding.path, finding.line) == ("STR013", "deploy/compose.yml", 5)
    nested = "services:\n  web:\n    image: x\n    labels:\n      version: '1'\n"
    assert check_compose("compose.yml", nested) == []
    assert check_compose("compose.yml", "services: [unclosed") == []


def test_dependencies_without_a_constraint() -> None:
    pyproject: TomlTable = {
        "project": {
            "dependencies": ["requests", "rich>=13", "mason-standard", "local @ file:///x"],
            "optional-dependencies": {"cli": ["typer"]},
        },
        "dependency-groups": {"dev": ["pytest>=8", {"include-group": "lint"}], "lint": ["ruff"]},
        "tool": {
            "uv": {"sources": {"mason-standard": {"git": "https://example.com/mason"}}},
            "poetry": {
                "dependencies": {"python": "^3.12", "attrs": "*", "httpx": "^0.27"},
                "group": {"test": {"dependencies": {"hypothesis": {"version": "*"}}}},
            },
        },
    }
    loose = [(d.where, d.text) for d in declared_dependencies(pyproject) if not d.constrained]
    assert loose == [
        ("[project].dependencies", "requests"),
        ("[project.optional-dependencies].cli", "typer"),
        ("[dependency-groups].lint", "ruff"),
        ("[tool.poetry.dependencies]", 'attrs = "*"'),
        ("[tool.poetry.group.test.dependencies]", "hypothesis = {...}"),
    ]


def test_a_project_naming_itself_for_its_extras_is_constrained() -> None:
    # litestar's `full` extra and pip-audit's `dev` extra pull in the project's other extras
    pyproject: TomlTable = {
        "project": {
            "name": "Pip_Audit",
            "optional-dependencies": {"dev": ["pip-audit[doc,test]", "build"]},
        },
        "dependency-groups": {"dev": ["pip-audit[test]"]},
    }
    loose = [d.text for d in declared_dependencies(pyproject) if not d.constrained]
    assert loose == ["build"]


def test_pydantic_is_found_under_any_spelling_and_through_pydantic_settings() -> None:
    assert uses_pydantic({"project": {"dependencies": ["Pydantic[email]>=2"]}})
    assert uses_pydantic({"dependency-groups": {"dev": ["pydantic_settings>=2"]}})
    assert not uses_pydantic({"project": {"dependencies": ["pydantic-extra-types>=2"]}})
