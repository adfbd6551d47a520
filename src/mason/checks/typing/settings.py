# @file settings.py
# @path src/mason/checks/typing/settings.py
# @version 0.1.0
"""``[tool.mason.typing]``: how many escape hatches the project may keep."""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class TypingConfig(BaseModel):
    """The escape-hatch budget: ``Any``, bare ignores, unexplained casts (default none)."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    escape_budget: Annotated[int, Field(ge=0)] = 0
    """How many unexplained typing escape hatches the project may have (default none)."""
