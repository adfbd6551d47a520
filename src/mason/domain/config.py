# @file config.py
# @path src/mason/domain/config.py
# @version 0.1.0
"""The ``[tool.mason]`` configuration: frozen models and the validation that explains mistakes.

Validation turns pydantic's errors into one ``ConfigError`` that names every bad key, its value
and the closest valid key, so a typo costs one run, not a search through documentation.
"""

import difflib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mason.domain.coverage_config import CoverageConfig
from mason.domain.errors import ConfigError
from mason.domain.headers_config import HeadersConfig
from mason.domain.layouts import LAYOUT_NAMES, LayoutName
from mason.domain.typing_config import TypingConfig

type CheckName = Literal[
    "lint", "format", "typing", "layers", "headers", "coverage", "structure", "design"
]

CHECK_NAMES: tuple[CheckName, ...] = (
    "lint",
    "format",
    "typing",
    "layers",
    "headers",
    "coverage",
    "structure",
    "design",
)


class MasonConfig(BaseModel):
    """``[tool.mason]``: the one section that configures mason for a repository."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    layout: LayoutName | None = None
    package: str | None = None
    checks: tuple[CheckName, ...] = CHECK_NAMES
    exclude: tuple[str, ...] = ()
    """Glob patterns (relative to the project root) that no check looks at."""
    pure_layers: tuple[str, ...] | None = None
    """Subpackages that must stay pure; defaults to the layout's pure layers."""
    timeout: Annotated[float, Field(gt=0)] = 600
    """Seconds a single tool may run before its check is reported as an error."""
    coverage: CoverageConfig = Field(default_factory=CoverageConfig)
    headers: HeadersConfig = Field(default_factory=HeadersConfig)
    typing: TypingConfig = Field(default_factory=TypingConfig)


def _section_for(location: Sequence[str | int]) -> type[BaseModel]:
    """Return the model that owns the key at ``location`` (for suggesting a close match)."""
    model: type[BaseModel] = MasonConfig
    for part in location[:-1]:
        field = model.model_fields.get(str(part))
        annotation = field.annotation if field is not None else None
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            model = annotation
    return model


def _describe(error_type: str, message: str, location: Sequence[str | int], value: object) -> str:
    key = ".".join(str(part) for part in location) or "(section)"
    if error_type == "extra_forbidden":
        candidates = list(_section_for(location).model_fields)
        close = difflib.get_close_matches(str(location[-1]), candidates, n=1)
        suggestion = f"; did you mean '{close[0]}'?" if close else ""
        return f"unknown key '{key}'{suggestion} (valid keys: {', '.join(candidates)})"
    if error_type == "literal_error" and location and location[0] == "layout":
        close = difflib.get_close_matches(str(value), LAYOUT_NAMES, n=1)
        suggestion = f"; did you mean '{close[0]}'?" if close else ""
        layouts = ", ".join(LAYOUT_NAMES)
        return f"'{key}' = {value!r} is not a layout{suggestion} (layouts: {layouts})"
    return f"'{key}' = {value!r}: {message}"


def parse_mason_config(raw: Mapping[str, object], source: Path) -> MasonConfig:
    """Validate the raw ``[tool.mason]`` table from ``source``, reporting every problem at once.

    Raises:
        ConfigError: one message naming every unknown key, wrong type or invalid value.

    """
    try:
        return MasonConfig.model_validate(raw)
    except ValidationError as error:
        problems = [
            _describe(detail["type"], detail["msg"], detail["loc"], detail.get("input"))
            for detail in error.errors(include_url=False)
        ]
        if len(problems) == 1:
            message = f"invalid [tool.mason] in {source}: {problems[0]}"
        else:
            listed = "".join(f"\n  - {problem}" for problem in problems)
            message = f"invalid [tool.mason] in {source}:{listed}"
        raise ConfigError(
            message,
            hint="fix the key in pyproject.toml; `mason explain config` lists every key",
        ) from None
