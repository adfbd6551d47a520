# @file inputs.py
# @path src/mason/domain/inputs.py
# @version 0.1.0
"""What a unit reads, declared: the audit derives the unit's cache key from exactly this."""

from dataclasses import dataclass

PYTHON = ("*.py", "*.pyi")
"""The Python sources, as ``Inputs.files`` patterns."""
EVERY_FILE = ("*",)
"""Every file of the project, as ``Inputs.files`` patterns."""


@dataclass(frozen=True, slots=True)
class Inputs:
    """Everything a unit's result depends on; its cache key is a hash of exactly these."""

    files: tuple[str, ...] = ()
    """gitignore-style patterns of the files whose contents the unit reads."""
    listing: bool = False
    """Whether the list of file paths itself matters (not only their contents)."""
    tables: tuple[str, ...] = ()
    """Dotted keys of ``pyproject.toml`` the unit reads (``tool.mypy``, ``project.version``)."""
    config: tuple[str, ...] = ()
    """``[tool.mason]`` keys the unit reads (``coverage``, ``headers``)."""
    facts: tuple[str, ...] = ()
    """``ProjectFacts`` fields the unit reads (``package``, ``pure_layers``)."""
    tools: tuple[str, ...] = ()
    """Tools whose version changes the result (``ruff``)."""
    environment: bool = False
    """Whether every installed distribution matters (type checkers, tests)."""
    options: tuple[str, ...] = ()
    """Audit options the unit reads (``coverage_file``: its contents are hashed)."""
    cache: bool = True
    """Whether results may be reused at all."""
