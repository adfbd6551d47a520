# @file pyproject_editor.py
# @path src/mason/adapters/pyproject_editor.py
# @version 0.1.0
"""Bring a pyproject.toml to the standard with tomlkit: add what is missing, never delete.

Every edit adds a key or a table that is not there. A user value weaker than the standard
(``strict = false``) is kept and reported, and changed only when asked to tighten. tomlkit
keeps every comment, the order and the formatting of everything it does not touch; new tables
go at the end of the document.
"""

import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass, field

import tomlkit
from tomlkit.container import Container, OutOfOrderTableProxy
from tomlkit.items import InlineTable, Table
from tomlkit.toml_document import TOMLDocument

from mason.domain.adoption import Adoption
from mason.domain.errors import ToolError
from mason.domain.ruff_rules import STANDARD_RULES, is_enabled, missing_standard_rules, selectors
from mason.domain.toml import TomlTable, TomlValue, string_list, table_at

RUFF_IGNORE = ("COM812", "CPY001")
COVERAGE_GATE = 70


type Node = Container | Table | InlineTable | OutOfOrderTableProxy
"""A place keys can be added to: the document, a table, an inline table, or a table that the
file declares in pieces (``[tool.coverage.run]`` ... ``[tool.other]`` ...
``[tool.coverage.report]``), which tomlkit hands out as a proxy over the pieces."""


@dataclass(slots=True)
class EditLog:
    """What the editor did and what it left alone.

    ``planned`` and ``replaced`` are exactly the keys it may add and change; the result is
    checked against them before anything is written.
    """

    added: list[str] = field(default_factory=list[str])
    weaker: list[str] = field(default_factory=list[str])
    tightened: list[str] = field(default_factory=list[str])
    planned: list[tuple[str, ...]] = field(default_factory=list[tuple[str, ...]])
    replaced: list[tuple[str, ...]] = field(default_factory=list[tuple[str, ...]])


def _path(dotted: str, key: str = "") -> tuple[str, ...]:
    return (*dotted.split("."), key) if key else tuple(dotted.split("."))


def _pieces(parent: Node) -> list[Container]:
    """Return the bodies ``parent`` is written in (a table declared in pieces has several)."""
    if isinstance(parent, Container):
        return [parent]
    if isinstance(parent, Table):
        return [parent.value]
    if isinstance(parent, OutOfOrderTableProxy):
        # tomlkit keeps the pieces of a table declared in several places only in this
        # attribute; it has no public accessor, and without it a dotted key in one piece
        # (`[tool]` then `ruff.line-length = 1`) is invisible and new tables land at the wrong
        # depth (issue 17, defect 10); read through vars(), the attribute is not part of its API
        pieces: list[Table] = vars(parent)["_tables"]
        return [piece.value for piece in pieces]
    return []


def _written_dotted(parent: Node, name: str) -> bool:
    """Return whether ``parent`` writes ``name`` with dotted keys (``ruff.line-length = 1``)."""
    return any(
        key is not None and key.key == name and key.is_dotted()
        for body in _pieces(parent)
        for key, _ in body.body
    )


@dataclass(frozen=True, slots=True)
class LeftOut:
    """What the editor must not add: keys, and the tables that would hold only those."""

    keys: frozenset[tuple[str, ...]] = frozenset()
    tables: frozenset[str] = frozenset()


class _Editor:
    """Adds missing settings; reports (or, tightening, raises) weaker ones."""

    def __init__(
        self,
        plain: TomlTable,
        *,
        tighten: bool,
        ruff_at: str = "tool.ruff",
        label: str = "",
        left_out: LeftOut | None = None,
    ) -> None:
        self.plain = plain
        self.tighten = tighten
        left_out = left_out or LeftOut()
        self.skip = left_out.keys
        """Keys (and tables) to leave out: they broke an invariant on a staging copy."""
        self.omit = left_out.tables
        """Tables not to add: every key they would hold is skipped (found by a first pass)."""
        self.log = EditLog()
        self.ruff_at = ruff_at
        """Where ruff's settings are: ``tool.ruff`` in pyproject.toml, the top of ruff.toml."""
        self.label = label
        """How the log names the file (empty for pyproject.toml)."""
        self.created: list[tuple[str, Node]] = []
        """Tables the editor added, where they are, in order."""
        self._inline: list[Node] = []
        """Tables written inline or with dotted keys: a table added inside them must be inline
        too, or tomlkit writes it as a header at the wrong depth."""

    def child(self, parent: Node, name: str, where: str, *, super_table: bool = False) -> Node:
        """Return the table ``name`` of ``parent``, adding an empty one where there is none.

        Raises:
            ToolError: ``name`` holds a value that is not a table (``tool.mypy = 1``).

        """
        inline = isinstance(parent, InlineTable) or any(parent is node for node in self._inline)
        if name in parent:
            existing = parent[name]
            if not isinstance(existing, Table | InlineTable | OutOfOrderTableProxy):
                kind = type(existing).__name__
                msg = f"mason could not edit pyproject.toml safely: {where} is a {kind}"
                raise ToolError(msg, hint="nothing was written; make it a table, then adopt again")
            if inline or _written_dotted(parent, name):
                self._inline.append(existing)
            return existing
        created: Node = (
            tomlkit.inline_table() if inline else tomlkit.table(is_super_table=super_table)
        )
        if where in self.omit:
            return created  # detached: what goes in is dropped with it
        parent[name] = created
        self.created.append((where, created))
        if inline:
            self._inline.append(created)
        return created

    def empty(self) -> set[str]:
        """Return the tables it added that hold no value (every key in them was skipped)."""
        empty: set[str] = set()
        for where, created in self.created:
            plain: TomlTable = created.unwrap()
            if not _holds_value(plain):
                empty.add(where)
        return empty

    def current(self, where: str, key: str) -> TomlValue | None:
        return table_at(self.plain, *where.split(".")).get(key)

    def skipped(self, where: str, key: str = "") -> bool:
        return _path(where, key) in self.skip

    def ensure(self, table: Node, where: str, key: str, *, value: TomlValue) -> bool:
        if key in table:
            return False
        if self.skipped(where, key):
            return True
        table[key] = value
        self.log.added.append(f"{self.label}{where}.{key}")
        self.log.planned.append(_path(where, key))
        return True

    def table(self, parent: Node, name: str, where: str) -> Node:
        self.log.planned.append(_path(where))
        return self.child(parent, name, where)

    def standard(self, table: Node, where: str, key: str, *, value: TomlValue) -> None:
        if self.ensure(table, where, key, value=value):
            return
        current = self.current(where, key)
        if current == value:
            return
        if self.tighten and not self.skipped(where, key):
            table[key] = value
            self.log.tightened.append(f"{self.label}{where}.{key}: {current!r} -> {value!r}")
            self.log.replaced.append(_path(where, key))
        else:
            self.log.weaker.append(
                f"{self.label}{where}.{key} is {current!r}; the standard asks for {value!r}"
            )

    def _as_pyproject(self) -> TomlTable:
        """Return the settings shaped like a pyproject.toml, for the ruff rule resolver."""
        if self.ruff_at == "tool.ruff":
            return self.plain
        tool: TomlTable = {"ruff": self.plain}
        return {"tool": tool}

    def ruff(self, ruff: Node) -> None:
        at = f"{self.ruff_at}.lint" if self.ruff_at else "lint"
        lint = self.child(ruff, "lint", at)
        has_select = "select" in lint or "select" in ruff
        if not has_select:
            self.ensure(lint, at, "select", value=["ALL"])
            if "ignore" not in lint and "ignore" not in ruff:
                self.ensure(lint, at, "ignore", value=list(RUFF_IGNORE))
        settings = self._as_pyproject()
        missing = missing_standard_rules(settings) if has_select else []
        if missing and self.tighten and not self.skipped(at, "extend-select"):
            before = string_list(self.current(at, "extend-select"))
            extended: list[TomlValue] = [*before, *(code for code in missing if code not in before)]
            lint["extend-select"] = extended
            self.log.tightened.append(f"{self.label}{at}.extend-select += {', '.join(missing)}")
            self.log.replaced.append(_path(at, "extend-select"))
            select, ignore = selectors(settings)
            self.log.weaker.extend(
                f"ruff rule {code} stays off: your ignore list names it ({STANDARD_RULES[code]})"
                for code in missing
                if not is_enabled(code, (*select, *missing), ignore)
            )
        elif missing:
            self.log.weaker.append(f"ruff rules of the standard are off: {', '.join(missing)}")
        pydocstyle = self.child(lint, "pydocstyle", f"{at}.pydocstyle")
        self.ensure(pydocstyle, f"{at}.pydocstyle", "convention", value="pep257")

    def mypy(self, tool: Node, python_version: str | None) -> None:
        mypy = self.child(tool, "mypy", "tool.mypy")
        self.standard(mypy, "tool.mypy", "strict", value=True)
        self.ensure(mypy, "tool.mypy", "warn_unreachable", value=True)
        if python_version is not None:
            self.ensure(mypy, "tool.mypy", "python_version", value=python_version)

    def pyright(self, tool: Node, python_version: str | None) -> None:
        pyright = self.child(tool, "pyright", "tool.pyright")
        self.standard(pyright, "tool.pyright", "typeCheckingMode", value="strict")
        if python_version is not None:
            self.ensure(pyright, "tool.pyright", "pythonVersion", value=python_version)

    def coverage(self, tool: Node, package: str | None) -> None:
        coverage = self.child(tool, "coverage", "tool.coverage", super_table=True)
        run = self.child(coverage, "run", "tool.coverage.run")
        self.ensure(run, "tool.coverage.run", "branch", value=True)
        if package:
            self.ensure(run, "tool.coverage.run", "source", value=[package])
        report = self.child(coverage, "report", "tool.coverage.report")
        current = self.current("tool.coverage.report", "fail_under")
        if not isinstance(current, int | float) or current < COVERAGE_GATE:
            self.standard(report, "tool.coverage.report", "fail_under", value=COVERAGE_GATE)

    def contracts(self, tool: Node, adoption: Adoption) -> None:
        if "importlinter" in tool or not adoption.contracts or not adoption.package:
            return
        if self.skipped("tool.importlinter"):
            return
        importlinter = self.table(tool, "importlinter", "tool.importlinter")
        importlinter["root_package"] = adoption.package
        if any(contract.type == "forbidden" for contract in adoption.contracts):
            importlinter["include_external_packages"] = True
        importlinter["contracts"] = tomlkit.item(
            [contract.as_table() for contract in adoption.contracts]
        )
        count = len(adoption.contracts)
        noun = "contract" if count == 1 else "contracts"
        self.log.added.append(f"tool.importlinter ({count} {noun} of the {adoption.layout} layout)")

    def mason(self, tool: Node, adoption: Adoption) -> None:
        if "mason" in tool or self.skipped("tool.mason"):
            return
        mason = self.table(tool, "mason", "tool.mason")
        mason["layout"] = adoption.layout
        if adoption.package:
            mason["package"] = adoption.package
        gates = self.child(mason, "coverage", "tool.mason.coverage")
        gates["fail_under"] = COVERAGE_GATE
        gates["target"] = 80
        self.log.added.append("tool.mason")


def edit_pyproject(
    document: TOMLDocument,
    adoption: Adoption,
    *,
    tighten: bool,
    elsewhere: Collection[str] = (),
    skip: Collection[tuple[str, ...]] = (),
) -> EditLog:
    """Add the standard's configuration to ``document``.

    ``elsewhere`` names the tools (``mypy``, ``ruff``, ...) that read their settings from
    another file: their tables would be ignored, so they are not added here. ``skip`` names
    keys (or tables) to leave out.

    Raises:
        ToolError: a key the standard needs holds something else than a table.

    """
    plain: TomlTable = document.unwrap()
    keys = frozenset(skip)
    omit: set[str] = set()
    if keys:  # a first pass on a copy finds the tables that would stay empty
        trial = tomlkit.parse(tomlkit.dumps(document))
        first = _Editor(plain, tighten=tighten, left_out=LeftOut(keys))
        omit = _edit(trial, first, adoption, elsewhere).empty()
    editor = _Editor(plain, tighten=tighten, left_out=LeftOut(keys, frozenset(omit)))
    return _edit(document, editor, adoption, elsewhere).log


def _holds_value(value: TomlValue) -> bool:
    if isinstance(value, dict):
        return any(_holds_value(inner) for inner in value.values())
    return True


def _edit(
    document: TOMLDocument, editor: _Editor, adoption: Adoption, elsewhere: Collection[str]
) -> _Editor:
    tool = editor.child(document, "tool", "tool", super_table=True)
    if "ruff" not in elsewhere:
        editor.ruff(editor.child(tool, "ruff", "tool.ruff", super_table=True))
    if "mypy" not in elsewhere:
        editor.mypy(tool, adoption.python_floor)
    if "pyright" not in elsewhere:
        editor.pyright(tool, adoption.python_floor)
    if "coverage" not in elsewhere:
        editor.coverage(tool, adoption.package)
    if "import-linter" not in elsewhere:
        editor.contracts(tool, adoption)
    editor.mason(tool, adoption)
    return editor


def edit_ruff_file(document: TOMLDocument, name: str, *, tighten: bool) -> EditLog:
    """Add the standard's ruff settings to ``ruff.toml`` (or ``.ruff.toml``), named ``name``."""
    editor = _Editor(document.unwrap(), tighten=tighten, ruff_at="", label=f"{name}: ")
    editor.ruff(document)
    return editor.log


_HEADER = re.compile(r"^\s*\[")


def spaced(original: str, edited: str) -> str:
    """Return ``edited`` with a blank line before each table header an edit pushed against text.

    tomlkit inserts a table right before the next one without the blank line between them
    (``convention = "pep257"`` then ``[tool.mypy]``); a header the team wrote against the line
    above it stays so.
    """
    before = original.splitlines()
    kept = set(itertools.pairwise(before))
    lines = edited.splitlines(keepends=True)
    out: list[str] = []
    for index, line in enumerate(lines):
        previous = lines[index - 1].rstrip("\r\n") if index else ""
        if _HEADER.match(line) and previous.strip() and (previous, line.rstrip("\r\n")) not in kept:
            out.append("\n")
        out.append(line)
    return "".join(out)
