# @file config_files.py
# @path src/mason/checks/config_files.py
# @version 0.1.0
"""Which file each tool really reads its settings from, by the tool's own precedence.

A project that keeps mypy's settings in ``mypy.ini`` has a ``[tool.mypy]`` that mypy ignores;
judging (or extending) the table would judge (or extend) nothing. This module answers, for
mypy, pyright, ruff, coverage and import-linter, which file wins, and reads INI sections into
the same shape as TOML tables so that one judge serves both.
"""

import configparser
import re
import tomllib
from collections.abc import Callable, Collection
from dataclasses import dataclass

from mason.checks.tool_output import Json, ToolOutputError, load
from mason.domain.toml import TomlTable, TomlValue, table_at

PYPROJECT = "pyproject.toml"
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}

type TextOf = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class ConfigFiles:
    """The file each tool reads (``pyproject.toml`` where it reads that, ``None`` for none)."""

    mypy: str | None
    pyright: str | None
    ruff: str | None
    coverage: str | None
    importlinter: str | None

    def outside_pyproject(self) -> dict[str, str]:
        """Return tool -> file for every tool whose settings live outside pyproject.toml."""
        chosen = {
            "mypy": self.mypy,
            "pyright": self.pyright,
            "ruff": self.ruff,
            "coverage": self.coverage,
            "import-linter": self.importlinter,
        }
        return {tool: name for tool, name in chosen.items() if name and name != PYPROJECT}


def _parser(text: str | None) -> configparser.ConfigParser | None:
    if text is None:
        return None
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text)
    except configparser.Error:
        return None
    return parser


def ini_sections(text: str | None, prefix: str) -> list[str]:
    """Return the sections of the INI ``text`` named ``prefix`` or starting ``prefix``."""
    parser = _parser(text)
    return [name for name in parser.sections() if name.startswith(prefix)] if parser else []


def _value(raw: str) -> TomlValue:
    lowered = raw.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    if lowered.lstrip("-").isdigit():
        return int(lowered)
    return raw.strip()


def ini_table(text: str | None, section: str) -> TomlTable:
    """Return one INI section as a table (``True``/``False`` and numbers converted)."""
    parser = _parser(text)
    if parser is None or not parser.has_section(section):
        return {}
    return {key: _value(value) for key, value in parser.items(section, raw=True)}


def mypy_settings(text: str | None) -> TomlTable:
    """Return mypy's INI settings shaped like ``[tool.mypy]``, per-module sections as overrides."""
    table = ini_table(text, "mypy")
    overrides: list[TomlValue] = []
    for section in ini_sections(text, "mypy-"):
        override = ini_table(text, section)
        override["module"] = section.removeprefix("mypy-")
        overrides.append(override)
    if overrides:
        table["overrides"] = overrides
    return table


def _toml_value(value: Json) -> TomlValue | None:
    if isinstance(value, list):
        return [item for item in map(_toml_value, value) if item is not None]
    if isinstance(value, dict):
        return json_table(value)
    return value


def json_table(value: Json) -> TomlTable:
    """Return a JSON object (``pyrightconfig.json``) as a table; ``null`` values are dropped."""
    if not isinstance(value, dict):
        return {}
    return {key: item for key, raw in value.items() if (item := _toml_value(raw)) is not None}


def read_toml(text: str) -> TomlTable:
    """Return the TOML document in ``text`` (empty when it does not parse: the tool says so)."""
    try:
        document: TomlTable = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return {}
    return document


def strip_jsonc(text: str) -> str:
    """Return JSON-with-comments as JSON: comments and trailing commas removed, strings kept.

    pyright reads ``pyrightconfig.json`` as JSONC, so teams write ``// why`` in it.
    """
    kept: list[str] = []
    index, length, quoted = 0, len(text), False
    while index < length:
        char = text[index]
        if quoted:
            kept.append(char)
            if char == "\\" and index + 1 < length:
                kept.append(text[index + 1])
                index += 1
            elif char == '"':
                quoted = False
        elif char == '"':
            quoted = True
            kept.append(char)
        elif text.startswith("//", index):
            index = text.find("\n", index)
            index = length if index < 0 else index - 1
        elif text.startswith("/*", index):
            end = text.find("*/", index + 2)
            index = length if end < 0 else end + 1
        else:
            kept.append(char)
        index += 1
    return _TRAILING_COMMA.sub(r"\1", "".join(kept))


def read_json(text: str | None) -> TomlTable:
    """Return the JSON (or JSONC) object in ``text`` as a table (empty when it is neither)."""
    try:
        return json_table(load(strip_jsonc(text or "{}"), "pyrightconfig.json"))
    except ToolOutputError:
        return {}


def _has(files: Collection[str], text_of: TextOf, name: str, section: str) -> bool:
    return name in files and bool(ini_sections(text_of(name), section))


def mypy_config(files: Collection[str], text_of: TextOf, pyproject: TomlTable) -> str | None:
    """Return the file mypy reads: mypy.ini, .mypy.ini, pyproject.toml, then setup.cfg."""
    for name in ("mypy.ini", ".mypy.ini"):
        if _has(files, text_of, name, "mypy"):
            return name
    if "mypy" in table_at(pyproject, "tool"):
        return PYPROJECT
    return "setup.cfg" if _has(files, text_of, "setup.cfg", "mypy") else None


def pyright_config(files: Collection[str], pyproject: TomlTable) -> str | None:
    """Return the file pyright reads: pyrightconfig.json wins over ``[tool.pyright]``."""
    if "pyrightconfig.json" in files:
        return "pyrightconfig.json"
    return PYPROJECT if "pyright" in table_at(pyproject, "tool") else None


def ruff_config(files: Collection[str], pyproject: TomlTable) -> str | None:
    """Return the file ruff reads in the project's root: .ruff.toml, ruff.toml, pyproject.toml."""
    found = next((name for name in (".ruff.toml", "ruff.toml") if name in files), None)
    return found or (PYPROJECT if "ruff" in table_at(pyproject, "tool") else None)


def coverage_config(files: Collection[str], text_of: TextOf, pyproject: TomlTable) -> str | None:
    """Return the file coverage reads: .coveragerc, setup.cfg, tox.ini, then pyproject.toml."""
    if ".coveragerc" in files:
        return ".coveragerc"
    for name in ("setup.cfg", "tox.ini"):
        if _has(files, text_of, name, "coverage:"):
            return name
    return PYPROJECT if "coverage" in table_at(pyproject, "tool") else None


def importlinter_config(
    files: Collection[str], text_of: TextOf, pyproject: TomlTable
) -> str | None:
    """Return the file import-linter reads: setup.cfg, .importlinter, then pyproject.toml."""
    for name in ("setup.cfg", ".importlinter"):
        if _has(files, text_of, name, "importlinter"):
            return name
    return PYPROJECT if "importlinter" in table_at(pyproject, "tool") else None


def find_config_files(files: Collection[str], text_of: TextOf, pyproject: TomlTable) -> ConfigFiles:
    """Return the file each tool reads, following each tool's documented precedence."""
    return ConfigFiles(
        mypy=mypy_config(files, text_of, pyproject),
        pyright=pyright_config(files, pyproject),
        ruff=ruff_config(files, pyproject),
        coverage=coverage_config(files, text_of, pyproject),
        importlinter=importlinter_config(files, text_of, pyproject),
    )
