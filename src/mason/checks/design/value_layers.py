# @file value_layers.py
# @path src/mason/checks/design/value_layers.py
# @version 0.1.0
"""Value layers: where a layout keeps its models, which must therefore be frozen.

Seed 000 freezes every pydantic model, so every functional-core layer is one; clean-ddd's
application layer holds commands (values too), webapp's ``models`` its domain models. Pure
layers always are. A project without a layout has its pure layers only: adopted code's models
are almost never frozen, and outside the layouts nothing says they are values.
"""

from collections.abc import Mapping

from mason.domain.layouts import LayoutName
from mason.domain.project_facts import ProjectFacts

VALUE_LAYERS: Mapping[LayoutName, tuple[str, ...]] = {
    "functional-core": ("adapters", "decorators", "domain", "ops", "protocols", "runtime"),
    "clean-ddd": ("application", "core", "domain"),
    "four-layer": ("foundation",),
    "webapp": ("models", "schemas"),
    "cli": ("core",),
    "library": (),
    "script": (),
}
"""Each layout's value layers besides its pure layers."""


def value_layers(facts: ProjectFacts, configured: tuple[str, ...] | None) -> frozenset[str]:
    """Return the layers whose models must be frozen: ``configured``, else derived."""
    if configured is not None:
        return frozenset(configured)
    by_layout = VALUE_LAYERS[facts.layout] if facts.layout else ()
    return frozenset({*facts.pure_layers, *by_layout})
