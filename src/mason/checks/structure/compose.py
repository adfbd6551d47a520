# @file compose.py
# @path src/mason/checks/structure/compose.py
# @version 0.1.0
"""Compose files without the obsolete top-level ``version:`` key (seed 004, 8.2)."""

from mason.checks.structure.rules import STR013
from mason.checks.structure.yaml_doc import top_level_key_line
from mason.domain.finding import Finding

COMPOSE_FILES = (
    "compose.yml",
    "compose.yaml",
    "compose.*.yml",
    "compose.*.yaml",
    "compose-*.yml",
    "compose-*.yaml",
    "docker-compose.yml",
    "docker-compose.yaml",
    "docker-compose.*.yml",
    "docker-compose.*.yaml",
    "docker-compose-*.yml",
    "docker-compose-*.yaml",
)
"""The names Docker Compose reads by default, and their override and per-environment files."""


def check_compose(path: str, text: str) -> list[Finding]:
    """Return STR013 when the compose file ``path`` declares a top-level ``version``."""
    line = top_level_key_line(text, "version")
    if line is None:
        return []
    message = "the compose file declares `version:`, which the Compose Specification dropped"
    return [STR013.finding(message, path=path, line=line)]
