# @file report.py
# @path src/mason/checks/coverage/report.py
# @version 0.1.0
"""coverage.py's JSON report, and the gates judged on it exactly as ``coverage report`` does."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from mason.checks.coverage.rules import COV001, COV002, COV003
from mason.checks.coverage.settings import CoverageConfig
from mason.checks.tool_output import Json, ToolOutputError, load
from mason.domain.finding import Finding


@dataclass(frozen=True, slots=True)
class CoverageSummary:
    """The total as ``coverage report`` prints it, and the total of each layer."""

    percent: float
    display: str
    precision: int
    layers: Mapping[str, float]


def _number(summary: Json, key: str) -> float:
    value = summary.get(key) if isinstance(summary, dict) else None
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _percent(covered: float, total: float) -> float:
    return 100.0 if total == 0 else 100.0 * covered / total


def parse_report(text: str, layer_of: Callable[[str], str | None]) -> CoverageSummary:
    """Return the totals of a ``coverage json`` report, and per layer (``layer_of`` says which)."""
    document = load(text, "coverage json")
    if not isinstance(document, dict) or not isinstance(document.get("totals"), dict):
        msg = "coverage json has no totals"
        raise ToolOutputError(msg)
    totals = document["totals"]
    display_value = totals.get("percent_covered_display") if isinstance(totals, dict) else None
    percent = _number(totals, "percent_covered")
    # coverage before 5.4 writes no display value; its report rounds to whole percents
    display = display_value if isinstance(display_value, str) else f"{percent:.0f}"
    precision = len(display.partition(".")[2])
    sums: dict[str, list[float]] = {}
    files = document.get("files")
    entries: dict[str, Json] = files if isinstance(files, dict) else {}
    for path, data in entries.items():
        layer = layer_of(path)
        if layer is None or not isinstance(data, dict):
            continue
        summary = data.get("summary")
        covered = _number(summary, "covered_lines") + _number(summary, "covered_branches")
        total = _number(summary, "num_statements") + _number(summary, "num_branches")
        bucket = sums.setdefault(layer, [0.0, 0.0])
        bucket[0] += covered
        bucket[1] += total
    return CoverageSummary(
        percent=percent,
        display=display,
        precision=precision,
        layers={layer: _percent(covered, total) for layer, (covered, total) in sums.items()},
    )


def _below(total: float, gate: float, precision: int) -> bool:
    """Apply coverage.py's own rule: compare at report precision; 100 means exactly 100."""
    if gate >= 100:  # noqa: PLR2004 - coverage.py's special case for a 100 % gate
        return total < 100  # noqa: PLR2004 - see above
    return round(total, precision) < gate


def judge_coverage(summary: CoverageSummary, config: CoverageConfig) -> list[Finding]:
    """Return findings for a total below the gate or target, or a layer below its gate."""
    findings: list[Finding] = []
    shown = f"{summary.display}%"
    if _below(summary.percent, config.fail_under, summary.precision):
        findings.append(
            COV001.finding(f"total coverage {shown} is below the gate of {config.fail_under:g}%")
        )
    elif _below(summary.percent, config.target, summary.precision):
        findings.append(
            COV002.finding(f"total coverage {shown} is below the target of {config.target:g}%")
        )
    for layer, gate in sorted(config.layers.items()):
        actual = summary.layers.get(layer)
        if actual is None:
            findings.append(
                COV003.finding(
                    f"layer {layer}: no code of it was measured, so its gate of {gate:g}% "
                    "cannot be judged (no such folder or module in the package?)"
                )
            )
        elif _below(actual, gate, summary.precision):
            findings.append(
                COV003.finding(
                    f"layer {layer}: coverage {actual:.{summary.precision}f}% "
                    f"is below its gate of {gate:g}%"
                )
            )
    return findings
