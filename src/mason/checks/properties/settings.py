# @file settings.py
# @path src/mason/checks/properties/settings.py
# @version 0.1.0
"""``[tool.mason.properties]``: which layers need property tests, and how many examples."""

from pydantic import BaseModel, ConfigDict, PositiveInt


class PropertiesConfig(BaseModel):
    """The properties rules' settings."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    layers: tuple[str, ...] | None = None
    """Layers that need a Hypothesis property test (PRP001); default: the pure layers, where
    the layout is functional-core or clean-ddd or the project depends on Hypothesis."""
    min_examples: PositiveInt = 100
    """The fewest examples ``max_examples`` may set for a property test (PRP002)."""
