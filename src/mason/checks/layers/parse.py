# @file parse.py
# @path src/mason/checks/layers/parse.py
# @version 0.1.0
"""The report of mason's import-linter probe (import-linter's own report data) as findings."""

from mason.checks.layers.rules import LAY001, LAY002
from mason.checks.tool_output import Json, ToolOutputError, get_int, get_str, load, objects
from mason.domain.finding import Finding


def _chain(item: dict[str, Json]) -> str:
    via = item.get("via")
    hops = [hop for hop in via if isinstance(hop, str)] if isinstance(via, list) else []
    return f" (via {' -> '.join(hops)})" if hops else ""


def parse_probe(text: str) -> tuple[list[Finding], int, int]:
    """Return the findings, and the numbers of kept and broken contracts.

    Raises:
        ToolOutputError: the probe reported that the contracts could not be checked.

    """
    document = load(text, "import-linter")
    if not isinstance(document, dict):
        msg = "the import-linter probe printed no report"
        raise ToolOutputError(msg)
    error = document.get("error")
    if isinstance(error, str):
        raise ToolOutputError(error)
    findings: list[Finding] = []
    kept = broken = 0
    for contract in objects(document.get("contracts")):
        name = get_str(contract, "name") or "?"
        if contract.get("kept") is True:
            kept += 1
            continue
        broken += 1
        violations = objects(contract.get("violations"))
        if not violations:  # broken, but nothing mason can point at: never a pass
            findings.append(
                LAY001.finding(
                    f"contract '{name}' ({contract.get('type')}) is broken; "
                    "run lint-imports to see where"
                )
            )
        for violation in violations:
            importer = get_str(violation, "importer") or "?"
            imported = get_str(violation, "imported") or "?"
            findings.append(
                LAY001.finding(
                    f"{importer} imports {imported}{_chain(violation)} "
                    f"({contract.get('type')} contract '{name}')",
                    path=get_str(violation, "path"),
                    line=get_int(violation, "line"),
                )
            )
        undeclared = contract.get("undeclared")
        findings.extend(
            LAY002.finding(f"{module} is in no layer of contract '{name}'")
            for module in (undeclared if isinstance(undeclared, list) else [])
        )
    return findings, kept, broken


LAYER = "layer."
"""Metric prefix: ``layer.NAME`` is the layer's position in the contract, 0 at the top."""
IMPORTS = "imports."
"""Metric prefix: ``imports.A -> B`` counts the module imports from layer A into layer B."""
ARROW = " -> "


def parse_graph(text: str) -> dict[str, float]:
    """Return the layer diagram of the probe's report as metrics (empty if it has none)."""
    document = load(text, "import-linter")
    graph = document.get("graph") if isinstance(document, dict) else None
    if not isinstance(graph, dict):
        return {}
    layers = graph.get("layers")
    metrics: dict[str, float] = {
        f"{LAYER}{name}": float(index)
        for index, name in enumerate(layers if isinstance(layers, list) else [])
        if isinstance(name, str)
    }
    imports = graph.get("imports")
    for edge in imports if isinstance(imports, list) else []:
        match edge:
            case [str(source), str(target), int(count)]:
                metrics[f"{IMPORTS}{source}{ARROW}{target}"] = float(count)
            case _:
                continue
    return metrics
