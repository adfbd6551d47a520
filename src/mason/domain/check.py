# @file check.py
# @path src/mason/domain/check.py
# @version 0.1.0
"""A check is one declared value: its name, its rules and the units that make its findings.

mason's own checks and the checks plugins add (entry point group ``mason.checks``) are the same
kind of value; the registry orders them, and every list of checks (``--help``, SARIF's tools,
docs/rules.md, the JSON report) is derived from it.
"""

from dataclasses import dataclass

from pydantic import BaseModel

from mason import DISTRIBUTION
from mason.domain.rule import Rule
from mason.domain.rule_family import RuleFamily
from mason.domain.unit import Unit


@dataclass(frozen=True, slots=True)
class Check:
    """One check of ``mason audit``."""

    name: str
    title: str
    """One line for ``--help`` and SARIF (``strict typing with mypy and pyright``)."""
    tools: str
    """The tools behind it, for reports (``mypy, pyright``; ``mason`` for native rules)."""
    rules: tuple[Rule, ...]
    units: tuple[Unit, ...]
    families: tuple[RuleFamily, ...] = ()
    """Rules a tool defines itself (ruff's codes), reported under the tool's own ids."""
    origin: str = DISTRIBUTION
    """The distribution the check comes from (a plugin's name, or mason's own)."""
    version: str = ""
    """The version of that distribution (part of every cache key of the check's units)."""
    settings: type[BaseModel] | None = None
    """The model of the check's table, ``[tool.mason.<name>]`` (frozen, ``extra="forbid"``,
    a default for every field). Validated with the rest of ``[tool.mason]``, listed by
    ``mason explain config``, the JSON schema and docs/configuration.md; every unit of the check
    reads it (``ctx.config.settings(Model)``) and is keyed on it without declaring it."""
