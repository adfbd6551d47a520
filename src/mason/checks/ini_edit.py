# @file ini_edit.py
# @path src/mason/checks/ini_edit.py
# @version 0.1.0
"""Judge an edit of an INI file (``mypy.ini``, ``.coveragerc``, ``setup.cfg``): nothing lost.

The same promise as for pyproject.toml: the edited text parses as the tools parse it
(configparser), every option the team had keeps its value unless the edit meant to change it,
and only the planned options were added.
"""

import configparser
from collections.abc import Collection

type Option = tuple[str, str]
"""A section and an option name (lower case, as configparser stores it)."""


def _options(text: str, *, strict: bool) -> dict[Option, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=strict)
    parser.read_string(text)
    return {
        (section, key): value.strip()
        for section in parser.sections()
        for key, value in parser.items(section, raw=True)
    }


def ini_edit_problems(
    before: str, after: str, *, planned: Collection[Option], replaced: Collection[Option]
) -> list[str]:
    """Return what is wrong with changing ``before`` into ``after`` (nothing: a safe edit)."""
    try:
        old = _options(before, strict=True)
        strict = True
    except configparser.Error:
        old = _options(before, strict=False)  # the team's file already repeats a section
        strict = False
    try:
        new = _options(after, strict=strict)
    except configparser.Error as error:
        return [f"the result does not parse as INI ({type(error).__name__})"]
    problems = [
        f"[{section}] {key} was lost" if (section, key) not in new else f"[{section}] {key} changed"
        for (section, key), value in old.items()
        if (section, key) not in replaced and new.get((section, key)) != value
    ]
    problems += [
        f"[{section}] {key} was added, but not planned"
        for section, key in new
        if (section, key) not in old and (section, key) not in {*planned, *replaced}
    ]
    return problems
