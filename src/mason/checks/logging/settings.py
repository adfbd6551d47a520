# @file settings.py
# @path src/mason/checks/logging/settings.py
# @version 0.1.0
"""``[tool.mason.logging]``: where log calls must be structured, and JSON logging set up."""

import re

from pydantic import BaseModel, ConfigDict, field_validator


class LoggingConfig(BaseModel):
    """The logging rules' settings."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    structured: bool | None = None
    """Whether log calls must be constant events with key-value context (LOG001); default:
    where the layout has an application edge (functional-core, clean-ddd, four-layer, webapp,
    cli) or the project depends on structlog."""
    json_setup: bool | None = None
    """Whether the package must set up JSON logging (LOG002); default: where the layout has an
    application edge."""
    event_pattern: str | None = None
    """A regular expression every constant event must match (LOG001), such as
    ``^[a-z][a-z0-9_]*([.:][a-z0-9_]+)*$``; default: any constant."""

    @field_validator("event_pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as error:
                msg = f"not a regular expression ({error})"
                raise ValueError(msg) from None
        return value
