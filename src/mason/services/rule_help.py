# @file rule_help.py
# @path src/mason/services/rule_help.py
# @version 0.1.0
"""Rules a tool documents itself are explained by that tool (``ruff rule E501``)."""

from pathlib import Path

from mason.adapters.process import run
from mason.adapters.tools.environment import environment
from mason.domain.errors import ToolError

RULE_TIMEOUT = 30


def ruff_explanation(code: str, cwd: Path) -> str | None:
    """Return ``ruff rule CODE``'s text (the project's ruff, else mason's), or ``None``."""
    try:
        program, _ = environment(cwd).tool("ruff")
        output = run([program, "rule", code], cwd=cwd, timeout=RULE_TIMEOUT)
    except ToolError:
        return None
    return output.stdout if output.ok else None
