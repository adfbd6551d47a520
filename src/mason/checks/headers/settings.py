# @file settings.py
# @path src/mason/checks/headers/settings.py
# @version 0.1.0
"""``[tool.mason.headers]``: which fields a header needs and which files need one."""

from typing import Literal

from pydantic import BaseModel, ConfigDict

type HeaderField = Literal["description", "file", "path", "version"]


class HeadersConfig(BaseModel):
    """The header rules' settings (docs/headers.md)."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    fields: tuple[HeaderField, ...] = ("description", "file", "path", "version")
    """The header fields every file must have."""
    include: tuple[str, ...] = ()
    """Extra glob patterns of files that need a header, beyond the default file kinds."""
    exclude: tuple[str, ...] = ()
    """Glob patterns of files that need no header (generated files, fixtures)."""
