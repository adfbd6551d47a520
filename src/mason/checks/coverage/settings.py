# @file settings.py
# @path src/mason/checks/coverage/settings.py
# @version 0.1.0
"""``[tool.mason.coverage]``: the hard gate, the target and optional per-layer gates."""

from collections.abc import Mapping
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

type Percent = Annotated[float, Field(ge=0, le=100)]


class CoverageConfig(BaseModel):
    """Coverage gates: below ``fail_under`` fails, below ``target`` warns (seed 004: 70 / 80)."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    fail_under: Percent = 70
    """Total line coverage (percent) below which the coverage check fails."""
    target: Percent = 80
    """Total line coverage (percent) below which the coverage check warns."""
    layers: Mapping[str, Percent] = Field(default_factory=dict[str, float])
    """Layer (subpackage) -> the coverage it must reach, e.g. ``domain = 95``."""
    incremental: bool = True
    """After a change, re-run only the tests that import a changed file or ran its lines, on
    the kept data of the last run (where a test may run the code in another process, a code
    change runs every test). Off: every audit runs every test."""

    @model_validator(mode="after")
    def _target_not_below_gate(self) -> "CoverageConfig":
        if self.target < self.fail_under:
            msg = f"target ({self.target}) is below fail_under ({self.fail_under})"
            raise ValueError(msg)
        return self
