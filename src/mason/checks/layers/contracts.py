# @file contracts.py
# @path src/mason/checks/layers/contracts.py
# @version 0.1.0
"""Which import-linter contracts apply: the project's own, or the ones its layout implies."""

from collections.abc import Collection

from mason.checks.config_files import PYPROJECT, TextOf, importlinter_config
from mason.domain.layouts import LAYOUTS
from mason.domain.project_facts import ProjectFacts
from mason.domain.toml import TomlTable, TomlValue, table_at

LEGACY_CONFIG = ".importlinter"


def _toml(table: dict[str, str | bool | list[str]]) -> TomlTable:
    converted: TomlTable = {}
    for key, value in table.items():
        if isinstance(value, list):
            items: list[TomlValue] = [*value]
            converted[key] = items
        else:
            converted[key] = value
    return converted


def declared_contracts(pyproject: TomlTable, files: Collection[str], text_of: TextOf) -> str | None:
    """Return the file import-linter reads the project's contracts from, if any.

    import-linter reads ``setup.cfg``, then ``.importlinter`` (their ``[importlinter]``
    section), then ``[tool.importlinter]`` of pyproject.toml: the first that has them wins.
    """
    chosen = importlinter_config(files, text_of, pyproject)
    if chosen == PYPROJECT and not table_at(pyproject, "tool", "importlinter").get("contracts"):
        return None
    return chosen


def derived_config(facts: ProjectFacts) -> TomlTable | None:
    """Return an import-linter configuration derived from the layout, if one applies.

    A closed layout's layers contract is exhaustive here too: a project that names its layout
    keeps every module in a layer (only adoption, which writes its contracts down, accepts the
    modules that are outside today).
    """
    layout = LAYOUTS.get(facts.layout) if facts.layout else None
    if layout is None or facts.package is None:
        return None
    specs = layout.contracts(facts.package, facts.layers)
    if not specs:
        return None
    contracts: list[TomlValue] = [_toml(contract.as_table()) for contract in specs]
    session: TomlTable = {"root_package": facts.package, "contracts": contracts}
    if any(contract.type == "forbidden" for contract in specs):
        session["include_external_packages"] = True  # the pure layers' contract names some
    return {"tool": {"importlinter": session}}
