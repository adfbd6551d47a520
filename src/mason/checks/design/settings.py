# @file settings.py
# @path src/mason/checks/design/settings.py
# @version 0.1.0
"""``[tool.mason.design]``: where models must be frozen, and the limits on protocols and modules."""

from pydantic import BaseModel, ConfigDict, PositiveInt


class DesignConfig(BaseModel):
    """The design rules' settings."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    value_layers: tuple[str, ...] | None = None
    """Layers whose models are values and must be frozen (DES004, DES005); default: the pure
    layers and the layout's value layers (docs/layouts.md)."""
    max_protocol_members: PositiveInt = 10
    """The most members (methods and attributes) a Protocol may declare (DES007)."""
    max_module_lines: PositiveInt = 500
    """The longest a Python module may be, in lines (DES008)."""
