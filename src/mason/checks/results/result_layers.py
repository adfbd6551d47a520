# @file result_layers.py
# @path src/mason/checks/results/result_layers.py
# @version 0.1.0
"""Result layers: where a layout's expected failures are values (``Ok | Err``), not raised.

Seed 000 builds the whole functional core on Result; seed 001 makes domain errors Result
values and lets infrastructure raise. Seed 002 (four-layer) is exception-based by design, and
seed 004's layouts (webapp, cli, library, script) say nothing of Result: none there.
"""

from collections.abc import Mapping

from mason.domain.layouts import LayoutName
from mason.domain.project_facts import ProjectFacts

RESULT_LAYERS: Mapping[LayoutName, tuple[str, ...]] = {
    "functional-core": ("domain", "protocols", "decorators", "ops"),
    "clean-ddd": ("core", "domain", "application"),
}
"""Each layout's Result layers; a layout not named has none."""


def result_layers(facts: ProjectFacts, configured: tuple[str, ...] | None) -> tuple[str, ...]:
    """Return the layers whose failures must be values: ``configured``, else the layout's."""
    if configured is not None:
        return configured
    return RESULT_LAYERS.get(facts.layout, ()) if facts.layout else ()
