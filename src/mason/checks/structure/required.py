# @file required.py
# @path src/mason/checks/structure/required.py
# @version 0.1.0
"""The files the standard's layouts require beyond the basics, and who is told they are missing.

``mason new`` renders each of them because a seed asks for it: the architecture page and the
agents' instructions (seeds 002, 004), ``.envrc`` and ``setup.sh`` (seed 003), a CI workflow
(seeds 002, 003, 004), ``.env.example`` where the project reads settings (seeds 002, 004) and
``py.typed`` in a library (PEP 561). A project mason made (it has ``.copier-answers.yml``) lost
one: an error (STR009). A project mason did not make lacks one: a warning (STR015), which
``mason upgrade --adopt`` repairs where the template's file fits any project.
"""

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from mason.checks.structure.rules import STR009, STR015
from mason.domain.finding import Finding
from mason.domain.patterns import matches
from mason.domain.project_facts import ProjectFacts
from mason.domain.template_version import ANSWERS_FILE

CI_FILES = (
    "/.github/workflows/*.yml",
    "/.github/workflows/*.yaml",
    "/.gitlab-ci.yml",
    "/.gitlab-ci.yaml",
    "/.circleci/config.yml",
    "/.circleci/config.yaml",
    "/azure-pipelines.yml",
    "/azure-pipelines.yaml",
    "/bitbucket-pipelines.yml",
    "/.woodpecker.yml",
    "/.woodpecker.yaml",
    "/.woodpecker/*.yml",
    "/.woodpecker/*.yaml",
    "/.forgejo/workflows/*.yml",
    "/.forgejo/workflows/*.yaml",
    "/.gitea/workflows/*.yml",
    "/.gitea/workflows/*.yaml",
    "/Jenkinsfile",
)
"""Where CI systems read their pipelines (each at the repository's top)."""
SETTINGS_LIBRARIES = (
    "pydantic-settings",
    "python-decouple",
    "python-dotenv",
    "environs",
    "dynaconf",
    "django-environ",
)
"""Distributions whose presence means the project reads settings from the environment."""


@dataclass(frozen=True, slots=True)
class Required:
    """A file the standard requires: where ``mason new`` puts it, what else counts, and why."""

    path: str
    """Where ``mason new`` renders it (the finding names this path)."""
    accepted: tuple[str, ...]
    """gitignore-style patterns, anchored at the root (``/docs/...``): a file matching any of
    them is the requirement met."""
    why: str


ARCHITECTURE = Required(
    "docs/architecture.md",
    ("/docs/**/architecture.md", "/docs/**/architecture.rst"),
    "docs/ describes the architecture: its layers and what may import what (seeds 002, 004)",
)
AGENTS = Required(
    "m2m/README.md",
    ("/m2m/README*",),
    "m2m/ tells AI agents how to change the project safely (seed 004)",
)
ENVRC = Required(
    ".envrc", ("/.envrc",), "direnv activates the project's .venv on entering it (seed 003)"
)
SETUP = Required("setup.sh", ("/setup.sh",), "one idempotent script sets the project up (seed 003)")
CI = Required(
    ".github/workflows/ci.yml",
    CI_FILES,
    "CI runs the gate on every push and pull request (seeds 002, 003, 004)",
)
ENV_EXAMPLE = Required(
    ".env.example",
    ("/.env.example", "/.env.sample", "/.env.template", "/.env.dist", "/example.env"),
    "the project reads settings: .env.example lists them, without secrets (seeds 002, 004)",
)


def required_files(
    facts: ProjectFacts, *, reads_settings: bool, at_repository_top: bool
) -> list[Required]:
    """Return what the project must have, given its layout and where it lies.

    A uv workspace member shares its workspace's environment, so ``.envrc``, ``setup.sh`` and
    the ``.env`` its settings come from (with its example) are the workspace's; CI lives at
    the top of the repository, wherever the project is in it.
    """
    member = facts.workspace_root is not None
    wanted = [ARCHITECTURE, AGENTS]
    if not member:
        wanted += [ENVRC, SETUP]
    if at_repository_top and not member:
        wanted.append(CI)
    if reads_settings and not member:
        wanted.append(ENV_EXAMPLE)
    if facts.layout == "library" and facts.package_path is not None:
        typed = f"{facts.package_path}/py.typed"
        why = "the library ships its types to its users' type checkers (PEP 561)"
        wanted.append(Required(typed, (f"/{typed}",), why))
    return wanted


def _met(item: Required, present: set[str], by_top: Mapping[str, list[str]]) -> bool:
    """Return whether a file meets ``item`` (its patterns are anchored: look below their tops)."""
    if item.path in present:
        return True
    tops = {pattern.lstrip("/").split("/", 1)[0] for pattern in item.accepted}
    return any(matches(path, item.accepted) for top in tops for path in by_top.get(top, ()))


def missing_required(files: Collection[str], wanted: list[Required]) -> list[Finding]:
    """Return STR009 (mason-made project) or STR015 (any other) for each file that is missing."""
    rule = STR009 if ANSWERS_FILE in files else STR015
    by_top: dict[str, list[str]] = {}
    for path in files:
        by_top.setdefault(path.split("/", 1)[0], []).append(path)
    present = set(files)
    return [
        rule.finding(f"no {item.path}: {item.why}", path=item.path)
        for item in wanted
        if not _met(item, present, by_top)
    ]
