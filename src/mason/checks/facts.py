# @file facts.py
# @path src/mason/checks/facts.py
# @version 0.1.0
"""Derive a repository's facts from its pyproject, its ``[tool.mason]`` and its file list.

This is the one place that decides what a repository's package, source root, layers and
Python floor are; the audit, adoption and upgrade all call it, so they cannot disagree.
"""

import re
from collections.abc import Sequence
from pathlib import Path

from packaging.specifiers import InvalidSpecifier, SpecifierSet

from mason.domain.config import MasonConfig
from mason.domain.layouts import LAYOUTS, detect_layout, package_members
from mason.domain.project_facts import ProjectFacts
from mason.domain.toml import TomlTable, table_at

NOT_PACKAGES = frozenset(
    {"tests", "test", "testing", "docs", "doc", "scripts", "benchmarks", "examples"}
)
"""Top-level folders that hold Python files but are not the project's package."""
_HIGHEST_MINOR = 30
_HIGHEST_PATCH = 40


def python_floor(requires: str | None) -> tuple[int, int] | None:
    """Return the lowest Python 3 minor version ``requires-python`` admits, if it says.

    Read with ``packaging.specifiers`` so every spelling counts: ``>=3.10``, ``>=3.13,<4``,
    ``~=3.13``, ``==3.13.*``, ``>3.11``, ``>=3.10.2``.
    """
    if not requires:
        return None
    try:
        specifiers = SpecifierSet(requires)
    except InvalidSpecifier:
        return None
    for minor in range(_HIGHEST_MINOR + 1):
        for patch in range(_HIGHEST_PATCH + 1):
            if specifiers.contains(f"3.{minor}.{patch}", prereleases=True):
                return (3, minor)
    return None


def poetry_specifier(constraint: str) -> str:
    """Return poetry's ``python`` constraint as a PEP 440 specifier (``^3.8`` is ``>=3.8,<4``)."""
    parts: list[str] = []
    for raw in constraint.split(","):
        piece = raw.strip()
        caret = re.fullmatch(r"\^(\d+)(?:\.(\d+))?(?:\.\d+)?", piece)
        tilde = re.fullmatch(r"~(\d+)\.(\d+)(?:\.\d+)?", piece)
        if caret:
            major = int(caret[1])
            parts += [f">={piece[1:]}", f"<{major + 1}"]
        elif tilde:
            parts += [f">={piece[1:]}", f"<{tilde[1]}.{int(tilde[2]) + 1}"]
        elif piece and piece != "*":
            parts.append(piece)
    return ",".join(parts)


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _candidates(files: Sequence[str]) -> tuple[list[str], list[str]]:
    """Return the package folders under ``src/`` and at the top of the tree."""
    under_src: set[str] = set()
    top: set[str] = set()
    for path in files:
        parts = path.split("/")
        if not path.endswith(".py"):
            continue
        if len(parts) >= 3 and parts[0] == "src" and parts[1].isidentifier():  # noqa: PLR2004 - src/pkg/module.py
            under_src.add(parts[1])
        if len(parts) == 2 and parts[1] == "__init__.py" and parts[0].isidentifier():  # noqa: PLR2004 - pkg/__init__.py
            top.add(parts[0])
    return sorted(under_src - NOT_PACKAGES), sorted(top - NOT_PACKAGES)


def detect_package(files: Sequence[str], project_name: str | None) -> tuple[str | None, str]:
    """Return the import package and the folder that holds it (``src`` or ``.``).

    Packages under ``src/`` win over packages at the top; among several, the one named like the
    project wins, else the first by name.
    """
    under_src, top = _candidates(files)
    for found, root in ((under_src, "src"), (top, ".")):
        if found:
            wanted = _normalized(project_name) if project_name else None
            named = [name for name in found if _normalized(name) == wanted]
            return (named or found)[0], root
    return None, "src" if any(path.startswith("src/") for path in files) else "."


def _folder_of(package: str, files: Sequence[str]) -> str:
    """Return the folder that holds ``package`` (the shallowest one), ``.`` for the top."""
    folders = [
        "/".join(parts[: parts.index(package)]) or "."
        for path in files
        if path.endswith(".py") and package in (parts := path.split("/"))[:-1]
    ]
    return min(folders, key=lambda folder: (folder.count("/"), folder != ".", folder), default=".")


def _entries(files: Sequence[str], package: str, source_root: str) -> set[str]:
    """Return the names directly inside the package folder (``domain``, ``cli.py``)."""
    prefix = f"{package}/" if source_root == "." else f"{source_root}/{package}/"
    names: set[str] = set()
    for path in files:
        if path.startswith(prefix):
            rest = path.removeprefix(prefix)
            head, slash, _ = rest.partition("/")
            names.add(head if slash else rest)
    return names


def derive_facts(
    root: Path,
    pyproject: TomlTable,
    config: MasonConfig,
    files: Sequence[str],
    *,
    workspace_root: str | None = None,
) -> ProjectFacts:
    """Return the facts of the project at ``root`` with these files and this configuration.

    ``workspace_root`` is the uv workspace the project is a member of (found on disk by the
    caller: it lies outside the project's files).
    """
    project = table_at(pyproject, "project")
    poetry = table_at(pyproject, "tool", "poetry")
    name = project.get("name", poetry.get("name"))
    version = project.get("version", poetry.get("version"))
    requires = project.get("requires-python")
    if requires is None:
        poetry_python = table_at(poetry, "dependencies").get("python")
        requires = poetry_specifier(poetry_python) if isinstance(poetry_python, str) else None
    project_name = name if isinstance(name, str) else None
    package, source_root = detect_package(files, project_name)
    if config.package:
        package = config.package
        source_root = _folder_of(package, files)
    layers = tuple(sorted(package_members(files, package))) if package else ()
    detected = detect_layout(_entries(files, package, source_root)) if package else "library"
    layout = LAYOUTS.get(config.layout) if config.layout else None
    pure = config.pure_layers if config.pure_layers is not None else (layout.pure if layout else ())
    return ProjectFacts(
        root=root,
        name=project_name,
        version=version if isinstance(version, str) else None,
        package=package,
        source_root=source_root,
        layers=layers,
        python_floor=python_floor(requires if isinstance(requires, str) else None),
        layout=config.layout,
        detected_layout=detected,
        pure_layers=pure,
        workspace_root=workspace_root,
    )
