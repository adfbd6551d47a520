# @file pyproject_editor.py
# @path src/mason/adapters/pyproject_editor.py
# @version 0.1.0
"""Bring a pyproject.toml to the standard with tomlkit: add what is missing, never delete.

Every edit adds a key or a table that is not there. A user value weaker than the standard
(``strict = false``) is kept and reported, and changed only when asked to tighten. tomlkit
keeps every comment, the order and the formatting of everything it does not touch; new tables
go at the end of the document.
"""

from dataclasses import dataclass, field

import tomlkit
from tomlkit.container import Container
from tomlkit.items import Table
from tomlkit.toml_document import TOMLDocument

from mason.domain.adoption import Adoption
from mason.domain.ruff_rules import STANDARD_RULES, is_enabled, missing_standard_rules, selectors
from mason.domain.toml import TomlTable, TomlValue, string_list, table_at

RUFF_IGNORE = ("COM812", "CPY001")
COVERAGE_GATE = 70


@dataclass(slots=True)
class EditLog:
    """What the editor did and what it left alone."""

    added: list[str] = field(default_factory=list[str])
    weaker: list[str] = field(default_factory=list[str])
    tightened: list[str] = field(default_factory=list[str])


def _table(parent: Container | Table, name: str, *, super_table: bool = False) -> Table:
    existing = parent.item(name) if name in parent else None
    if isinstance(existing, Table):
        return existing
    created = tomlkit.table(is_super_table=super_table)
    parent.add(name, created)
    return created


class _Editor:
    """Adds missing settings; reports (or, tightening, raises) weaker ones."""

    def __init__(self, plain: TomlTable, *, tighten: bool) -> None:
        self.plain = plain
        self.tighten = tighten
        self.log = EditLog()

    def current(self, where: str, key: str) -> TomlValue | None:
        return table_at(self.plain, *where.split(".")).get(key)

    def ensure(self, table: Table, where: str, key: str, *, value: TomlValue) -> bool:
        if key in table:
            return False
        table.add(key, value)
        self.log.added.append(f"{where}.{key}")
        return True

    def standard(self, table: Table, where: str, key: str, *, value: TomlValue) -> None:
        if self.ensure(table, where, key, value=value):
            return
        current = self.current(where, key)
        if current == value:
            return
        if self.tighten:
            table[key] = value
            self.log.tightened.append(f"{where}.{key}: {current!r} -> {value!r}")
        else:
            self.log.weaker.append(f"{where}.{key} is {current!r}; the standard asks for {value!r}")

    def ruff(self, tool: Table) -> None:
        ruff = _table(tool, "ruff", super_table=True)
        lint = _table(ruff, "lint")
        has_select = "select" in lint or "select" in ruff
        if not has_select:
            self.ensure(lint, "tool.ruff.lint", "select", value=["ALL"])
            if "ignore" not in lint and "ignore" not in ruff:
                self.ensure(lint, "tool.ruff.lint", "ignore", value=list(RUFF_IGNORE))
        missing = missing_standard_rules(self.plain) if has_select else []
        if missing and self.tighten:
            before = string_list(self.current("tool.ruff.lint", "extend-select"))
            extended: list[TomlValue] = [*before, *(code for code in missing if code not in before)]
            lint["extend-select"] = extended
            self.log.tightened.append(f"tool.ruff.lint.extend-select += {', '.join(missing)}")
            select, ignore = selectors(self.plain)
            self.log.weaker.extend(
                f"ruff rule {code} stays off: your ignore list names it ({STANDARD_RULES[code]})"
                for code in missing
                if not is_enabled(code, (*select, *missing), ignore)
            )
        elif missing:
            self.log.weaker.append(f"ruff rules of the standard are off: {', '.join(missing)}")
        self.ensure(
            _table(lint, "pydocstyle"), "tool.ruff.lint.pydocstyle", "convention", value="pep257"
        )

    def typing(self, tool: Table, python_version: str) -> None:
        mypy = _table(tool, "mypy")
        self.standard(mypy, "tool.mypy", "strict", value=True)
        self.ensure(mypy, "tool.mypy", "warn_unreachable", value=True)
        self.ensure(mypy, "tool.mypy", "python_version", value=python_version)
        pyright = _table(tool, "pyright")
        self.standard(pyright, "tool.pyright", "typeCheckingMode", value="strict")
        self.ensure(pyright, "tool.pyright", "pythonVersion", value=python_version)

    def coverage(self, tool: Table, package: str | None) -> None:
        coverage = _table(tool, "coverage", super_table=True)
        run = _table(coverage, "run")
        self.ensure(run, "tool.coverage.run", "branch", value=True)
        if package:
            self.ensure(run, "tool.coverage.run", "source", value=[package])
        report = _table(coverage, "report")
        current = self.current("tool.coverage.report", "fail_under")
        if not isinstance(current, int | float) or current < COVERAGE_GATE:
            self.standard(report, "tool.coverage.report", "fail_under", value=COVERAGE_GATE)

    def contracts(self, tool: Table, adoption: Adoption) -> None:
        if "importlinter" in tool or not adoption.contracts or not adoption.package:
            return
        importlinter = _table(tool, "importlinter")
        importlinter.add("root_package", adoption.package)
        if any(contract.type == "forbidden" for contract in adoption.contracts):
            importlinter.add("include_external_packages", True)  # noqa: FBT003 - a TOML value
        importlinter.add(
            "contracts", tomlkit.item([contract.as_table() for contract in adoption.contracts])
        )
        count = len(adoption.contracts)
        noun = "contract" if count == 1 else "contracts"
        self.log.added.append(f"tool.importlinter ({count} {noun} of the {adoption.layout} layout)")

    def mason(self, tool: Table, adoption: Adoption) -> None:
        if "mason" in tool:
            return
        mason = _table(tool, "mason")
        mason.add("layout", adoption.layout)
        if adoption.package:
            mason.add("package", adoption.package)
        gates = _table(mason, "coverage")
        gates.add("fail_under", COVERAGE_GATE)
        gates.add("target", 80)
        self.log.added.append("tool.mason")


def edit_pyproject(
    document: TOMLDocument, plain: TomlTable, adoption: Adoption, *, tighten: bool
) -> EditLog:
    """Add the standard's configuration to ``document`` (``plain`` is its unwrapped value)."""
    editor = _Editor(plain, tighten=tighten)
    tool = _table(document, "tool", super_table=True)
    editor.ruff(tool)
    editor.typing(tool, adoption.python_version)
    editor.coverage(tool, adoption.package)
    editor.contracts(tool, adoption)
    editor.mason(tool, adoption)
    return editor.log


def minimal_pyproject(name: str, python_version: str) -> TOMLDocument:
    """Return a minimal pyproject.toml for a project that has none."""
    document = tomlkit.document()
    project = tomlkit.table()
    project.add("name", name)
    project.add("version", "0.1.0")
    project.add("requires-python", f">={python_version}")
    project.add("dependencies", tomlkit.array())
    document.add("project", project)
    return document
