# @file settings.py
# @path src/mason/checks/typing/settings.py
# @version 0.1.0
"""``[tool.mason.typing]``: which type checkers judge the code, and its escape-hatch budget."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

type Checker = Literal["mypy", "pyright", "ty"]


class TypingConfig(BaseModel):
    """The escape-hatch budget: ``Any``, bare ignores, unexplained casts (default none)."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    escape_budget: Annotated[int, Field(ge=0)] = 0
    """How many unexplained typing escape hatches the project may have (default none)."""
    checkers: tuple[Checker, ...] = ("mypy", "pyright")
    """The type checkers that judge the code; each must report no error. ty (seed 000's checker)
    runs with the project's [tool.ty] settings, as mypy and pyright do with theirs."""
