# @file layer_diagram.py
# @path src/mason/cli/writers/layer_diagram.py
# @version 0.1.0
"""The layer diagram of an audit as inline SVG, from the layers check's metrics.

The contract's layers, top first, and the imports between them, counted from import-linter's
graph. Arrows that point down follow the contract and are grey; an arrow that points up breaks
it and is red. Each layer box carries the line coverage of its modules where the coverage
check measured it.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from mason.checks.layers.parse import ARROW, IMPORTS, LAYER

_BOX_X, _BOX_W, _BOX_H, _GAP = 40, 420, 40, 46
_LANE_X, _LANE_STEP = 500, 34


@dataclass(frozen=True, slots=True)
class Edge:
    """Imports from one layer into another."""

    source: str
    target: str
    count: int


def layers_of(metrics: Mapping[str, float]) -> list[str]:
    """Return the layer names in the layers check's metrics, top first."""
    ranked = [(value, key.removeprefix(LAYER)) for key, value in metrics.items()]
    return [name for _, name in sorted(ranked) if f"{LAYER}{name}" in metrics]


def edges_of(metrics: Mapping[str, float]) -> list[Edge]:
    """Return the imports between layers in the layers check's metrics."""
    edges: list[Edge] = []
    for key, value in metrics.items():
        if key.startswith(IMPORTS) and ARROW in key:
            source, _, target = key.removeprefix(IMPORTS).partition(ARROW)
            edges.append(Edge(source, target, int(value)))
    return edges


def _layer_coverage(name: str, coverage: Mapping[str, float]) -> str:
    parts = [f"{part} {coverage[part]:.0f}%" for part in name.split(" | ") if part in coverage]
    return " · ".join(parts)


def _marker(name: str, colour: str) -> str:
    return (
        f'<marker id="{name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
    )


def layer_svg(metrics: Mapping[str, float], coverage: Mapping[str, float]) -> str | None:
    """Return the diagram as an ``<svg>`` element, or ``None`` if there are no layers."""
    layers = layers_of(metrics)
    if not layers:
        return None
    top = {name: 20 + index * (_BOX_H + _GAP) for index, name in enumerate(layers)}
    known = [edge for edge in edges_of(metrics) if edge.source in top and edge.target in top]
    height = 20 + len(layers) * (_BOX_H + _GAP)
    width = _LANE_X + len(known) * _LANE_STEP + 40
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="layer diagram">'
        ),
        f"<defs>{_marker('down', '#6b7280')}{_marker('up', '#dc2626')}</defs>",
    ]
    for name in layers:
        y = top[name]
        covered = _layer_coverage(name, coverage)
        parts.append(
            f'<rect x="{_BOX_X}" y="{y}" width="{_BOX_W}" height="{_BOX_H}" rx="6" '
            'fill="#eef2ff" stroke="#6366f1"/>'
            f'<text x="{_BOX_X + 12}" y="{y + 25}" class="layer">{escape(name)}</text>'
        )
        if covered:
            parts.append(
                f'<text x="{_BOX_X + _BOX_W - 12}" y="{y + 25}" text-anchor="end" '
                f'class="cov">{escape(covered)}</text>'
            )
    for lane, edge in enumerate(sorted(known, key=lambda e: (top[e.source], top[e.target]))):
        x = _LANE_X + lane * _LANE_STEP
        upward = top[edge.target] < top[edge.source]
        start, end = top[edge.source] + _BOX_H / 2, top[edge.target] + _BOX_H / 2
        colour, marker = ("#dc2626", "up") if upward else ("#6b7280", "down")
        edge_x = _BOX_X + _BOX_W
        parts.append(
            f'<path d="M{edge_x},{start} H{x} V{end} H{edge_x + 2}" fill="none" '
            f'stroke="{colour}" stroke-width="1.5" marker-end="url(#{marker})">'
            f"<title>{escape(edge.source)} imports {escape(edge.target)}: {edge.count}</title>"
            f'</path><text x="{x + 4}" y="{(start + end) / 2}" class="count" '
            f'fill="{colour}">{edge.count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
