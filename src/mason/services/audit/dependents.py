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


def module_name(path: str) -> str:
    """Return the dotted name a file outside the package is imported by (``tests.helpers``)."""
    stem = path.removesuffix(".pyi").removesuffix(".py").removesuffix("/__init__")
    return stem.replace("/", ".")


def imported_names(tree: ast.Module) -> set[str]:
    """Return every absolute module name ``tree`` may import (``from a import b``: a and a.b)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _with_parents(name: str) -> Iterable[str]:
    """``a.b.c`` -> ``a.b.c``, ``a.b``, ``a``: importing a module runs its packages too."""
    parts = name.split(".")
    return (".".join(parts[:end]) for end in range(len(parts), 0, -1))


def dependents(
    changed: Iterable[str],
    graph: ImportGraph,
    outside: Iterable[str],
    tree_of: Callable[[str], ast.Module | None],
) -> set[str]:
    """Return ``changed`` and every file that imports one of them, transitively.

    ``outside`` lists the Python files the graph does not cover (tests, scripts); their imports
    are read with ``tree_of``. A file that cannot be parsed counts as importing everything.
    """
    importers = {name: set(found) for name, found in graph.importers.items()}
    files = dict(graph.files)
    for path in outside:
        module = module_name(path)
        files[module] = path
        tree = tree_of(path)
        imported = imported_names(tree) if tree is not None else set(graph.files)
        for name in imported:
            for target in _with_parents(name):
                importers.setdefault(target, set()).add(module)
    by_file = {file: module for module, file in files.items()}
    affected = set(changed)
    todo = [by_file[path] for path in affected if path in by_file]
    seen = set(todo)
    while todo:
        for importer in importers.get(todo.pop(), ()):
            if importer not in seen:
                seen.add(importer)
                todo.append(importer)
                affected.add(files[importer])
    return affected
