# @file importlinter_probe.py
# @path src/mason/adapters/tools/importlinter_probe.py
# @version 0.1.0
"""A small program that checks import-linter contracts and writes import-linter's report as JSON.

mason runs it as ``python -m mason.adapters.tools.importlinter_probe`` in a subprocess, with the
project's source root on ``sys.path``: the project's code is scanned (never imported) by
import-linter's own graph builder, mason's process stays clean, and a hang hits a timeout.
The report is built from import-linter's contract-check metadata, not from its printed text.
"""

import argparse
import importlib
import json
import sys
from collections.abc import Generator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from grimp import ImportGraph
from importlinter.adapters.building import GraphBuilder
from importlinter.application import use_cases
from importlinter.application.app_config import settings
from importlinter.configuration import configure
from importlinter.contracts.acyclic_siblings import AcyclicSiblingsContract
from importlinter.contracts.forbidden import ForbiddenContract
from importlinter.contracts.independence import IndependenceContract
from importlinter.contracts.layers import LayersContract
from importlinter.contracts.protected import ProtectedContract
from importlinter.domain.contract import Contract, ContractCheck, registry

if TYPE_CHECKING:
    from types import ModuleType

type Json = bool | int | float | str | list[Json] | dict[str, Json] | None

BUILT_IN_CONTRACTS: Mapping[str, type[Contract]] = {
    "forbidden": ForbiddenContract,
    "layers": LayersContract,
    "independence": IndependenceContract,
    "protected": ProtectedContract,
    "acyclic_siblings": AcyclicSiblingsContract,
}
"""import-linter's built-in contract types, by the name configurations use."""


def _is_set(value: object) -> TypeGuard[set[object] | frozenset[object]]:
    """Return whether ``value`` is a set (import-linter's metadata holds sets)."""
    return isinstance(value, set | frozenset)


def _is_sequence(value: object) -> TypeGuard[list[object] | tuple[object, ...]]:
    return isinstance(value, list | tuple)


def _plain(value: object) -> object:
    """Turn what JSON cannot encode (sets, dataclasses, other objects) into what it can."""
    if _is_set(value):
        return sorted(value, key=repr)  # json encodes the items (tuples, dicts) itself
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return str(value)


def to_json(value: object) -> Json:
    """Convert import-linter's metadata (dicts, sets, tuples, dataclasses) to plain JSON."""
    plain: Json = json.loads(json.dumps(value, default=_plain))
    return plain


def _list(value: Json) -> list[Json]:
    return value if isinstance(value, list) else []


def _dict(value: Json) -> dict[str, Json]:
    return value if isinstance(value, dict) else {}


def module_file(module: str, source_root: Path, project_root: Path) -> str | None:
    """Return the file of ``module`` relative to ``project_root``, if it is in the project."""
    base = source_root.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate.relative_to(project_root).as_posix()
    return None


def _hops(chain: Json) -> list[dict[str, Json]]:
    """Return the links of a chain: a plain list, or a detailed chain's ``chain`` list."""
    main = _dict(chain).get("chain") if isinstance(chain, dict) else chain
    return [_dict(link) for link in _list(main)]


def _violation(chain: Json, source_root: Path, project_root: Path) -> dict[str, Json]:
    hops = _hops(chain)
    first = hops[0] if hops else {}
    importer = str(first.get("importer", "?"))
    numbers = [n for n in _list(first.get("line_numbers")) if isinstance(n, int) and n > 0]
    line = numbers[0] if numbers else None
    return {
        "importer": importer,
        "imported": str(hops[-1].get("imported", "?")) if hops else "?",
        "via": [str(hop.get("imported")) for hop in hops[:-1]],
        "path": module_file(importer, source_root, project_root),
        "line": line,
    }


def _chains(kind: str, metadata: dict[str, Json]) -> list[Json]:
    """Return every illegal chain a broken contract's metadata holds."""
    chains: list[Json] = []
    if kind == "layers":
        for dependency in _list(metadata.get("invalid_dependencies")):
            chains.extend(_list(_dict(dependency).get("routes")))
    elif kind in {"forbidden", "independence"}:
        for group in _list(metadata.get("invalid_chains")):
            chains.extend(_list(_dict(group).get("chains")))
    elif kind == "protected":
        for group in _list(metadata.get("illegal_imports")):
            chains.extend([link] for link in _list(_dict(group).get("illegal_links")))
    return chains


def _cycle_breaker(
    breaker: Json, package: str, source_root: Path, project_root: Path
) -> dict[str, Json]:
    """Return an import that would break a cycle: grimp's ``Import`` (a dict), or a pair."""
    if isinstance(breaker, dict):
        importer, imported = str(breaker.get("importer", "?")), str(breaker.get("imported", "?"))
        number = breaker.get("line_number")
        line = number if isinstance(number, int) and number > 0 else None
    else:
        pair = [str(part) for part in _list(breaker)]
        importer, imported = (pair[0], pair[-1]) if pair else ("?", "?")
        line = None
    return {
        "importer": importer,
        "imported": imported,
        "via": [f"cycle in {package}"],
        "path": module_file(importer, source_root, project_root),
        "line": line,
    }


def describe(
    contract: Contract,
    check: ContractCheck,
    source_root: Path,
    project_root: Path,
) -> dict[str, Json]:
    """Return one contract's result: kept or not, each illegal import, undeclared modules."""
    metadata = _dict(to_json(check.metadata))
    kind = str(contract.contract_options.get("type", ""))
    violations: list[Json] = [
        _violation(chain, source_root, project_root) for chain in _chains(kind, metadata)
    ]
    if kind == "acyclic_siblings":
        breakers = _dict(metadata.get("cycle_breakers_by_package"))
        violations += [
            _cycle_breaker(breaker, package, source_root, project_root)
            for package, found in breakers.items()
            for breaker in _list(found)
        ]
    undeclared = metadata.get("undeclared_modules")
    return {
        "name": contract.name,
        "type": kind,
        "kept": check.kept,
        "violations": violations,
        "undeclared": _list(undeclared),
        "warnings": list(check.warnings),
    }


class _ProjectsGraph:
    """import-linter's graph builder, building while mason's same-named modules are hidden."""

    def __init__(self, inner: GraphBuilder, source_root: Path) -> None:
        self.inner = inner
        self.source_root = source_root
        self.graph: ImportGraph | None = None
        """The graph import-linter checked the contracts on (for the layer diagram)."""

    def build(
        self,
        root_package_names: list[str],
        cache_dir: str | None,
        include_external_packages: bool = False,  # noqa: FBT001, FBT002 - import-linter's signature
        exclude_type_checking_imports: bool = False,  # noqa: FBT001, FBT002 - see above
    ) -> ImportGraph:
        """Build the graph of the project's root packages (not mason's namesakes)."""
        with _projects_own(tuple(root_package_names), self.source_root):
            self.graph = self.inner.build(
                root_package_names=root_package_names,
                cache_dir=cache_dir,
                include_external_packages=include_external_packages,
                exclude_type_checking_imports=exclude_type_checking_imports,
            )
            return self.graph


@contextmanager
def _projects_own(names: tuple[str, ...], source_root: Path) -> Generator[None]:
    """Let import-linter find the project's packages, not mason's modules of the same name.

    A project called ``rich`` or ``click`` shares a name with a package mason and
    import-linter import themselves; import-linter locates root packages with
    ``importlib.util.find_spec``, which answers from ``sys.modules`` first. While the graph is
    built, those modules are out of ``sys.modules``, so the search finds the project's.
    """
    hidden: dict[str, ModuleType] = {}
    for name in names:
        module = sys.modules.get(name)
        location = getattr(module, "__file__", None) if module is not None else None
        if module is None or (location and Path(location).is_relative_to(source_root)):
            continue
        for key in [key for key in sys.modules if key == name or key.startswith(f"{name}.")]:
            hidden[key] = sys.modules.pop(key)
    shadowed = {key.split(".", 1)[0] for key in hidden}
    try:
        yield
    finally:
        for key in [key for key in sys.modules if key.split(".", 1)[0] in shadowed]:
            del sys.modules[key]  # the project's copy, imported while mason's was hidden
        sys.modules.update(hidden)


def _layer_names(contract: Contract) -> list[tuple[str, list[str]]]:
    """Return the layers of a layers contract, top first: its name and modules (absolute)."""
    layers: object = getattr(contract, "layers", None)
    containers: object = getattr(contract, "containers", None)
    listed = containers if _is_set(containers) or _is_sequence(containers) else ()
    prefixes = sorted(str(item) for item in listed)
    prefix = f"{prefixes[0]}." if prefixes else ""
    names: list[tuple[str, list[str]]] = []
    for layer in layers if _is_sequence(layers) else ():
        tails: object = getattr(layer, "module_tails", None)
        if _is_set(tails) and tails:
            relative = sorted(str(getattr(tail, "name", "")) for tail in tails)
            names.append((" | ".join(relative), [prefix + tail for tail in relative]))
    return names


def _layer_of(module: str, owner: Mapping[str, str]) -> str | None:
    """Return the layer ``module`` belongs to (by its nearest listed ancestor), if any."""
    while module:
        if module in owner:
            return owner[module]
        module = module.rpartition(".")[0]
    return None


def layer_graph(graph: ImportGraph, contracts: Sequence[Contract]) -> dict[str, Json]:
    """Return the first layers contract's layers and the direct imports between them.

    ``layers`` names each layer, top first, as the contract does (``cli | api``, relative to
    the container); ``imports`` holds ``[importer layer, imported layer, count]`` for every pair
    of different layers, counting module-to-module imports (one pointing up breaks the contract).
    """
    for contract in contracts:
        if contract.contract_options.get("type") != "layers":
            continue
        layers = _layer_names(contract)
        owner = {module: name for name, modules in layers for module in modules}
        counts: dict[tuple[str, str], int] = {}
        for importer in graph.modules:
            source = _layer_of(importer, owner)
            if source is None:
                continue
            for imported in graph.find_modules_directly_imported_by(importer):
                target = _layer_of(imported, owner)
                if target is not None and target != source:
                    counts[source, target] = counts.get((source, target), 0) + 1
        return {
            "layers": [name for name, _ in layers],
            "imports": [[source, target, n] for (source, target), n in sorted(counts.items())],
        }
    return {"layers": [], "imports": []}


def run_probe(config: Path, source_root: Path, project_root: Path, cache_dir: Path | None) -> Json:
    """Check the contracts in ``config`` and return the report (or ``{"error": ...}``)."""
    configure()
    sys.path.insert(0, str(source_root))
    try:
        options = use_cases.read_user_options(config_filename=str(config))
        for name, contract_class in BUILT_IN_CONTRACTS.items():
            registry.register(contract_class, name)
        for spec in options.session_options.get("contract_types", []):
            name, _, dotted = str(spec).partition(":")
            module_name, _, class_name = dotted.strip().rpartition(".")
            registry.register(
                getattr(importlib.import_module(module_name), class_name), name.strip()
            )
        builder = _ProjectsGraph(GraphBuilder(), source_root)
        settings.configure(GRAPH_BUILDER=builder)
        report = use_cases.create_report(options, cache_dir=str(cache_dir) if cache_dir else None)
    except Exception as error:  # noqa: BLE001 - every import-linter failure is reported
        return {"error": f"import-linter could not check the contracts: {error}"}
    if report.invalid_contract_options:
        problems = [
            f"{name}: " + ", ".join(f"{key} ({why})" for key, why in invalid.errors.items())
            for name, invalid in report.invalid_contract_options.items()
        ]
        return {"error": "invalid import-linter contracts: " + "; ".join(problems)}
    checked = list(report.get_contracts_and_checks())
    return {
        "contracts": [
            describe(contract, check, source_root, project_root) for contract, check in checked
        ],
        "modules": report.module_count,
        "imports": report.import_count,
        "graph": layer_graph(builder.graph, [contract for contract, _ in checked])
        if builder.graph is not None
        else {"layers": [], "imports": []},
    }


def module_graph(
    package: str, source_root: Path, project_root: Path, cache_dir: Path | None
) -> Json:
    """Return the import graph of ``package``: each module's file and its direct imports.

    ``{"modules": {module: file}, "imports": [[importer, imported], ...]}``, files relative to
    ``project_root``; the audit re-checks the importers of changed files with it.
    """
    sys.path.insert(0, str(source_root))
    try:
        graph = _ProjectsGraph(GraphBuilder(), source_root).build(
            root_package_names=[package], cache_dir=str(cache_dir) if cache_dir else None
        )
    except Exception as error:  # noqa: BLE001 - every grimp failure is reported
        return {"error": f"grimp could not build the import graph of {package}: {error}"}
    modules: dict[str, Json] = {
        module: module_file(module, source_root, project_root) for module in sorted(graph.modules)
    }
    imports: list[Json] = [
        [importer, imported]
        for importer in sorted(graph.modules)
        for imported in sorted(graph.find_modules_directly_imported_by(importer))
    ]
    return {"modules": modules, "imports": imports}


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line, run the probe, write the JSON report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", type=Path)
    parser.add_argument("--graph-of", metavar="PACKAGE", help="write the import graph instead")
    parser.add_argument("--source-root", type=Path, required=True)
    parser.add_argument("--project-root", type=Path, required=True)
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--cache-dir", type=Path)
    arguments = parser.parse_args(argv)
    if arguments.graph_of:
        result = module_graph(
            arguments.graph_of, arguments.source_root, arguments.project_root, arguments.cache_dir
        )
    elif arguments.config is None:
        parser.error("--config or --graph-of is required")
    else:
        result = run_probe(
            arguments.config, arguments.source_root, arguments.project_root, arguments.cache_dir
        )
    arguments.output.write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
