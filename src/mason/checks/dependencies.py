# @file dependencies.py
# @path src/mason/checks/dependencies.py
# @version 0.1.0
"""The dependencies a pyproject.toml declares, wherever it declares them, parsed by packaging.

PEP 621's ``[project]`` lists, PEP 735's ``[dependency-groups]``, uv's legacy
``[tool.uv].dev-dependencies`` and Poetry's tables, each entry with where it was written and
whether something pins it besides a version specifier (a direct URL, or a git, path, URL or
workspace source in ``[tool.uv.sources]``: the source fixes what is installed).
"""

from collections.abc import Collection, Iterator
from dataclasses import dataclass

from packaging.utils import canonicalize_name

from mason.domain.toml import TomlTable, TomlValue, string_list, table_at

_PINNING_SOURCES = ("git", "path", "url", "workspace")
"""``[tool.uv.sources]`` keys that fix what is installed without a version specifier."""
_POETRY_PINNING = ("git", "path", "url")
_POETRY_ANY = {"", "*"}
_ALSO_PYDANTIC = ("pydantic-settings",)


@dataclass(frozen=True, slots=True)
class Declared:
    """One declared dependency: its name, where it is written, and what constrains it."""

    name: str
    """The distribution name, canonical (``pydantic-settings``)."""
    text: str
    """The entry as written (``requests>=2``; Poetry's ``requests = "*"``)."""
    where: str
    """The table and key it is written in (``[project].dependencies``)."""
    constrained: bool
    """Whether a version specifier, a direct URL or a pinning source fixes what is installed."""


def _pinned_by_uv(pyproject: TomlTable) -> frozenset[str]:
    sources = table_at(pyproject, "tool", "uv", "sources")
    pinned: set[str] = set()
    for name, source in sources.items():
        options = source if isinstance(source, list) else [source]
        if all(isinstance(o, dict) and any(k in o for k in _PINNING_SOURCES) for o in options):
            pinned.add(canonicalize_name(name))
    return frozenset(pinned)


def _pep508(entries: TomlValue | None, where: str, pinned: Collection[str]) -> Iterator[Declared]:
    # packaging's requirement parser compiles its grammar on import: paid only when read
    from packaging.requirements import InvalidRequirement, Requirement  # noqa: PLC0415

    for text in string_list(entries):
        try:
            requirement = Requirement(text)
        except InvalidRequirement:
            continue  # not a requirement mason can read; the build tools report it
        name = canonicalize_name(requirement.name)
        constrained = bool(requirement.specifier) or requirement.url is not None or name in pinned
        yield Declared(name, text, where, constrained)


def _poetry(table: TomlTable, where: str) -> Iterator[Declared]:
    for raw, spec in table.items():
        if raw == "python":
            continue
        name = canonicalize_name(raw)
        if isinstance(spec, str):
            yield Declared(name, f'{raw} = "{spec}"', where, spec.strip() not in _POETRY_ANY)
        elif isinstance(spec, dict):
            version = spec.get("version")
            pinned = any(key in spec for key in _POETRY_PINNING)
            constrained = pinned or (
                isinstance(version, str) and version.strip() not in _POETRY_ANY
            )
            yield Declared(name, f"{raw} = {{...}}", where, constrained)


def declared_dependencies(pyproject: TomlTable) -> list[Declared]:
    """Return every dependency ``pyproject`` declares, in the order it declares them.

    The project naming itself (``shop[test]`` in its own extras or groups, to pull in other
    extras) is constrained: it is this very version.
    """
    project = table_at(pyproject, "project")
    own = project.get("name")
    itself = {canonicalize_name(own)} if isinstance(own, str) else set[str]()
    pinned = _pinned_by_uv(pyproject) | itself
    found = list(_pep508(project.get("dependencies"), "[project].dependencies", pinned))
    for extra, entries in table_at(project, "optional-dependencies").items():
        where = f"[project.optional-dependencies].{extra}"
        found.extend(_pep508(entries, where, pinned))
    for group, entries in table_at(pyproject, "dependency-groups").items():
        found.extend(_pep508(entries, f"[dependency-groups].{group}", pinned))
    uv = table_at(pyproject, "tool", "uv")
    found.extend(_pep508(uv.get("dev-dependencies"), "[tool.uv].dev-dependencies", pinned))
    poetry = table_at(pyproject, "tool", "poetry")
    found.extend(_poetry(table_at(poetry, "dependencies"), "[tool.poetry.dependencies]"))
    found.extend(_poetry(table_at(poetry, "dev-dependencies"), "[tool.poetry.dev-dependencies]"))
    for group, body in table_at(poetry, "group").items():
        if isinstance(body, dict):
            where = f"[tool.poetry.group.{group}.dependencies]"
            found.extend(_poetry(table_at(body, "dependencies"), where))
    return found


def depends_on(pyproject: TomlTable, names: Collection[str]) -> bool:
    """Return whether ``pyproject`` declares a dependency on any of ``names`` (canonical)."""
    return any(declared.name in names for declared in declared_dependencies(pyproject))


def uses_pydantic(pyproject: TomlTable) -> bool:
    """Return whether the project declares pydantic (or pydantic-settings, its models too)."""
    return depends_on(pyproject, ("pydantic", *_ALSO_PYDANTIC))


DEPENDENCY_TABLES = (
    "project.name",
    "project.dependencies",
    "project.optional-dependencies",
    "dependency-groups",
    "tool.uv.sources",
    "tool.uv.dev-dependencies",
    "tool.poetry",
)
"""The pyproject tables ``declared_dependencies`` reads (a unit declares them as inputs)."""
