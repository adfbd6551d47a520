# @file declared_packages.py
# @path src/mason/checks/declared_packages.py
# @version 0.1.0
"""Whether a pyproject.toml declares a dependency on a distribution, wherever it declares it.

PEP 621's ``[project]`` lists, PEP 735's ``[dependency-groups]`` and Poetry's tables; entries
are read with ``packaging`` and names compared canonically (``Structlog`` is ``structlog``).
Some rules apply where a project uses a library (structured log calls where it depends on
structlog, property tests where it depends on Hypothesis).
"""

from collections.abc import Collection, Iterator

from packaging.utils import canonicalize_name

from mason.domain.toml import TomlTable, TomlValue, string_list, table_at

DEPENDENCY_TABLES = (
    "project.dependencies",
    "project.optional-dependencies",
    "dependency-groups",
    "tool.poetry",
)
"""The pyproject tables ``declared_names`` reads (a unit declares them as inputs)."""


def _requirements(entries: TomlValue | None) -> Iterator[str]:
    # packaging's requirement parser compiles its grammar on import: paid only when read
    from packaging.requirements import InvalidRequirement, Requirement  # noqa: PLC0415

    for text in string_list(entries):
        try:
            yield canonicalize_name(Requirement(text).name)
        except InvalidRequirement:
            continue  # not a requirement mason can read; the build tools report it


def declared_names(pyproject: TomlTable) -> frozenset[str]:
    """Return the canonical names of every distribution ``pyproject`` depends on."""
    project = table_at(pyproject, "project")
    names = set(_requirements(project.get("dependencies")))
    for entries in table_at(project, "optional-dependencies").values():
        names.update(_requirements(entries))
    for entries in table_at(pyproject, "dependency-groups").values():
        names.update(_requirements(entries))
    poetry = table_at(pyproject, "tool", "poetry")
    tables = [table_at(poetry, "dependencies"), table_at(poetry, "dev-dependencies")]
    groups = table_at(poetry, "group").values()
    tables.extend(table_at(group, "dependencies") for group in groups if isinstance(group, dict))
    for table in tables:
        names.update(canonicalize_name(name) for name in table if name != "python")
    return frozenset(names)


def declares(pyproject: TomlTable, names: Collection[str]) -> bool:
    """Return whether ``pyproject`` depends on any of ``names`` (canonical names)."""
    return not declared_names(pyproject).isdisjoint(names)
