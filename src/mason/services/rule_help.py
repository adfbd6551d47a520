# @file rule_help.py
# @path src/mason/services/rule_help.py
# @version 0.1.0
"""Where rules are documented: mason's own docs/rules.md, and ruff's rules by ruff itself."""

from pathlib import Path

from mason.adapters.own_source import own_source
from mason.adapters.process import run
from mason.adapters.tools.environment import environment
from mason.checks.tool_output import ToolOutputError, get_str, load, objects
from mason.domain.errors import MasonError, ToolError

RULE_TIMEOUT = 30


def ruff_explanation(code: str, cwd: Path) -> str | None:
    """Return ``ruff rule CODE``'s text (the project's ruff, else mason's), or ``None``."""
    try:
        program, _ = environment(cwd).tool("ruff")
        output = run([program, "rule", code], cwd=cwd, timeout=RULE_TIMEOUT)
    except ToolError:
        return None
    return output.stdout if output.ok else None


def ruff_rules(cwd: Path) -> list[tuple[str, str]]:
    """Return every ruff rule as (code, name), from ``ruff rule --all`` (empty if ruff fails)."""
    try:
        program, _ = environment(cwd).tool("ruff")
        output = run(
            [program, "rule", "--all", "--output-format", "json"], cwd=cwd, timeout=RULE_TIMEOUT
        )
        listed = objects(load(output.stdout, "ruff rule --all")) if output.ok else []
    except (ToolError, ToolOutputError):
        return []
    return [
        (code, get_str(item, "name") or "")
        for item in listed
        if (code := get_str(item, "code")) is not None
    ]


def rules_page() -> str | None:
    """Return where docs/rules.md of this very mason is, when its source says (else ``None``).

    A git repository on GitHub or GitLab gives the page at the installed commit, a checkout its
    file; an index or an archive gives nothing, and mason links nowhere rather than guess.
    """
    try:
        source = own_source()
    except MasonError:
        return None
    return None if source is None else source.rules_page()
