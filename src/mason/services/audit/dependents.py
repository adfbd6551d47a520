# @file dependents.py
# @path src/mason/services/audit/dependents.py
# @version 0.1.0
"""Which files can be affected by a change: the changed files and all their importers.

A type checker's verdict on a file depends on the file and on what it imports, transitively;
so after a change only the changed files and the files that (transitively) import them need
checking again. The package's graph is grimp's (through mason's probe); files outside the
package (tests, scripts) are read with ``ast`` for their imports.
"""

import ast
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from mason.checks.tool_output import ToolOutputError, load


@dataclass(frozen=True, slots=True)
class ImportGraph:
    """Modules, the file of each, and who imports whom (directly)."""

    files: Mapping[str, str]
    """Module name -> its file, relative to the project root."""
    importers: Mapping[str, frozenset[str]]
    """Module name -> the modules that import it directly."""


def parse_graph(text: str) -> ImportGraph | None:
    """Return the probe's graph, or ``None`` if it reported an error or is malformed."""
    try:
        document = load(text, "grimp")
    except ToolOutputError:
        return None
    if not isinstance(document, dict) or "error" in document:
        return None
    modules, imports = document.get("modules"), document.get("imports")
    if not isinstance(modules, dict) or not isinstance(imports, list):
        return None
    files = {name: file for name, file in modules.items() if isinstance(file, str)}
    importers: dict[str, set[str]] = {}
    for edge in imports:
        if not (isinstance(edge, list) and len(edge) == 2):  # noqa: PLR2004 - [importer, imported]
            return None
        importer, imported = edge
        if not (isinstance(importer, str) and isinstance(imported, str)):
            return None
        importers.setdefault(imported, set()).add(importer)
    return ImportGraph(files, {name: frozenset(found) for name, found in importers.items()})


def module_names(path: str) -> list[str]:
    """Return every dotted name a file outside the package may be imported by.

    ``tests/helpers.py`` is ``tests.helpers`` from the project's root, and ``helpers`` where
    pytest puts ``tests/`` itself on ``sys.path`` (its default import mode): both, longest
    first.
    """
    stem = path.removesuffix(".pyi").removesuffix(".py").removesuffix("/__init__")
    parts = stem.split("/")
    return [".".join(parts[start:]) for start in range(len(parts))]


def _package_of(path: str) -> list[str]:
    """Return the dotted parts of the package ``path``'s relative imports start from."""
    parts = path.removesuffix(".pyi").removesuffix(".py").split("/")
    return parts[:-1]


def imported_names(tree: ast.Module, path: str = "") -> set[str]:
    """Return every module name ``tree`` may import (``from a import b``: a and a.b).

    Relative imports are resolved against ``path``, the file's place in the project
    (``from .helpers import make`` in ``tests/test_use.py`` is ``tests.helpers``); every
    dotted tail of that name is returned too, as ``module_names`` registers files.
    """
    names: set[str] = set()
    package = _package_of(path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                base = [node.module]
            elif node.level:
                up = len(package) - (node.level - 1)
                if up < 0:
                    continue  # beyond the top: an error at run time, no import
                parts = [*package[:up], *([node.module] if node.module else [])]
                base = [".".join(parts[start:]) for start in range(len(parts))]
            else:
                continue
            for module in filter(None, base):
                names.add(module)
                names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _with_parents(name: str) -> Iterable[str]:
    """``a.b.c`` -> ``a.b.c``, ``a.b``, ``a``: importing a module runs its packages too."""
    parts = name.split(".")
    return (".".join(parts[:end]) for end in range(len(parts), 0, -1))


def _reverse_edges(
    graph: ImportGraph,
    outside: Iterable[str],
    tree_of: Callable[[str], ast.Module | None],
) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]]:
    """Return who imports each module, the files of each module name, and each file's names."""
    importers = {name: set(found) for name, found in graph.importers.items()}
    files: dict[str, set[str]] = {module: {file} for module, file in graph.files.items()}
    names: dict[str, set[str]] = {}
    for module, file in graph.files.items():
        names.setdefault(file, set()).add(module)
    outside = list(outside)
    for path in outside:
        for module in module_names(path):
            files.setdefault(module, set()).add(path)
            names.setdefault(path, set()).add(module)
    for path in outside:
        tree = tree_of(path)
        imported = imported_names(tree, path) if tree is not None else set(files)
        for name in imported:
            for target in _with_parents(name):
                importers.setdefault(target, set()).add(module_names(path)[0])
    return importers, files, names


def dependents(
    changed: Iterable[str],
    graph: ImportGraph,
    outside: Iterable[str],
    tree_of: Callable[[str], ast.Module | None],
) -> set[str]:
    """Return ``changed`` and every file that imports one of them, transitively.

    ``outside`` lists the Python files the graph does not cover (tests, scripts); their imports
    are read with ``tree_of``, relative ones included. A file that cannot be parsed counts as
    importing everything.
    """
    importers, files, names = _reverse_edges(graph, outside, tree_of)
    affected = set(changed)
    todo = [module for path in affected for module in names.get(path, ())]
    seen = set(todo)
    while todo:
        for importer in importers.get(todo.pop(), ()):
            for file in files.get(importer, ()):
                affected.add(file)
                fresh = names.get(file, set()) - seen
                seen |= fresh
                todo.extend(fresh)
    return affected
