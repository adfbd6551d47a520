# @file tool_settings.py
# @path src/mason/services/upgrade/tool_settings.py
# @version 0.1.0
"""Adoption's edits of the files tools read before pyproject.toml (``mypy.ini``, ``ruff.toml``).

A ``[tool.mypy]`` added next to a ``mypy.ini`` would be ignored by mypy, so the standard's
settings go where each tool reads them: INI files are extended line by line, ``ruff.toml`` with
tomlkit, and every edit is judged against the original before anything is written. What cannot
be edited safely (``pyrightconfig.json`` may hold comments) is reported with what to set.
"""

from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path

import tomlkit

from mason.adapters.files import keep_newlines, read_exact
from mason.adapters.ini_editor import IniEditor
from mason.adapters.pyproject import parse_toml
from mason.adapters.pyproject_editor import COVERAGE_GATE, EditLog, edit_ruff_file, spaced
from mason.checks.config_files import read_json
from mason.checks.ini_edit import ini_edit_problems
from mason.checks.toml_edit import edit_problems
from mason.domain.adoption import Adoption
from mason.domain.errors import ToolError

_TRUE = {"true", "yes", "on", "1"}


def _is_true(value: str) -> bool:
    return value.strip().lower() in _TRUE


def _at_least(gate: float) -> Callable[[str], bool]:
    def holds(value: str) -> bool:
        try:
            return float(value) >= gate
        except ValueError:
            return False

    return holds


def _refuse(name: str, problems: list[str]) -> None:
    if problems:
        msg = f"mason could not edit {name} safely: {'; '.join(problems[:5])}"
        raise ToolError(
            msg, hint="nothing was written; add the settings by hand (docs/upgrade.md lists them)"
        )


def _ini(
    text: str, name: str, log: EditLog, *, tighten: bool, edit: Callable[[IniEditor], None]
) -> str:
    editor = IniEditor(text, name, log, tighten=tighten)
    edit(editor)
    problems = ini_edit_problems(
        text, editor.text, planned=editor.planned, replaced=editor.replaced
    )
    _refuse(name, problems)
    return editor.text


def _mypy(editor: IniEditor, *, adoption: Adoption) -> None:
    editor.standard("mypy", "strict", "True", _is_true)
    editor.ensure("mypy", "warn_unreachable", "True")
    if adoption.python_floor is not None:
        editor.ensure("mypy", "python_version", adoption.python_floor)


def _coverage(editor: IniEditor, *, adoption: Adoption, prefix: str) -> None:
    editor.ensure(f"{prefix}run", "branch", "True")
    if adoption.package:
        editor.ensure(f"{prefix}run", "source", adoption.package)
    gate = str(COVERAGE_GATE)
    editor.standard(f"{prefix}report", "fail_under", gate, _at_least(COVERAGE_GATE))


def _ruff(text: str, path: Path, log: EditLog, *, tighten: bool) -> str:
    document = parse_toml(text, path)
    ruff_log = edit_ruff_file(document, path.name, tighten=tighten)
    after = spaced(text, tomlkit.dumps(document))
    problems = edit_problems(text, after, planned=ruff_log.planned, replaced=ruff_log.replaced)
    _refuse(path.name, problems)
    log.added += ruff_log.added
    log.weaker += ruff_log.weaker
    log.tightened += ruff_log.tightened
    return after


def edit_tool_files(
    root: Path,
    elsewhere: Mapping[str, str],
    adoption: Adoption,
    log: EditLog,
    *,
    tighten: bool,
) -> dict[str, str]:
    """Add the standard's settings to the files in ``elsewhere`` (tool -> file); return writes.

    Raises:
        ToolError: an edit would not be safe (nothing has been written).
        ConfigError: ``ruff.toml`` does not parse.

    """
    writes: dict[str, str] = {}
    for tool, name in elsewhere.items():
        path = root / name
        text = writes.get(name) or read_exact(path)  # setup.cfg may hold [mypy] and [coverage:*]
        if tool == "mypy":
            after = _ini(text, name, log, tighten=tighten, edit=partial(_mypy, adoption=adoption))
        elif tool == "coverage":
            prefix = "" if name == ".coveragerc" else "coverage:"
            edit = partial(_coverage, adoption=adoption, prefix=prefix)
            after = _ini(text, name, log, tighten=tighten, edit=edit)
        elif tool == "ruff":
            after = _ruff(text, path, log, tighten=tighten)
        elif tool == "pyright":
            after = text
            mode = read_json(text).get("typeCheckingMode", "standard")
            if mode != "strict":
                log.weaker.append(
                    f'{name}: typeCheckingMode is {mode!r}; the standard asks for "strict" '
                    f"(pyright reads {name}, not [tool.pyright]; it may hold comments, so "
                    "adoption leaves it to you)"
                )
        else:
            after = text
            log.weaker.append(
                f"{name}: {tool} reads its settings from this file, so adoption adds none to "
                "pyproject.toml"
            )
        if after != text:
            writes[name] = keep_newlines(text, after)
    return writes
