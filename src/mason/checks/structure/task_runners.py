# @file task_runners.py
# @path src/mason/checks/structure/task_runners.py
# @version 0.1.0
"""Commands that hand their work on: to a task runner's file, or to a script of the repository.

A CI step or a pre-commit hook often runs ``make lint``, ``nox -s audit``, ``hatch run check`` or
``./scripts/ci.sh`` instead of the tool itself. What it then runs is written in the runner's
file (or its table of pyproject.toml) or in the script; this module finds those texts so a
judge can read them too. Which task of the file runs is not resolved: a file that runs the tool
anywhere counts.
"""

import re
from collections.abc import Iterable, Mapping

from mason.domain.toml import TomlTable, TomlValue

_RUNNER = re.compile(
    r"(?<![\w./-])(nox|tox|make|just|pre-commit|prek|hatch|poe|pdm|task|invoke|inv)(?![\w-])"
)
RUNNER_FILES: Mapping[str, tuple[str, ...]] = {
    "nox": ("noxfile.py",),
    "tox": ("tox.ini",),
    "make": ("Makefile", "makefile", "GNUmakefile"),
    "just": ("justfile", "Justfile", ".justfile"),
    "pre-commit": (".pre-commit-config.yaml",),
    "prek": (".pre-commit-config.yaml",),
    "task": ("Taskfile.yml", "Taskfile.yaml"),
    "invoke": ("tasks.py",),
    "inv": ("tasks.py",),
    "hatch": ("hatch.toml",),
}
"""Where each task runner reads its tasks, besides its table of pyproject.toml."""
RUNNER_TABLES: Mapping[str, str] = {
    "tox": "tool.tox",
    "hatch": "tool.hatch",
    "poe": "tool.poe",
    "pdm": "tool.pdm",
}
"""The pyproject.toml table each task runner reads its tasks from."""
HANDED_ON_FILES = (
    *(f"/{name}" for names in RUNNER_FILES.values() for name in names),
    "*.sh",
    "*.bash",
)
"""Task runners' files and shell scripts, as ``Inputs.files`` patterns."""
_SCRIPT = re.compile(r"[\w./-]+\.(?:sh|bash)\b")
COMMENT_LINE = re.compile(r"^\s*(#|//).*$", re.MULTILINE)
"""A whole-line comment of a shell script, Makefile, YAML file or Groovy pipeline."""


def _table_strings(value: TomlValue) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _table_strings(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _table_strings(item)]
    return []


def handed_on(commands: Iterable[str], files: Mapping[str, str], pyproject: TomlTable) -> list[str]:
    """Return the texts ``commands`` hand their work on to: runners' files, named scripts.

    ``files`` holds the text of each runner file and shell script that exists (path -> text);
    ``pyproject`` the runners' tables.
    """
    texts: list[str] = []
    for command in commands:
        for runner in {match[1] for match in _RUNNER.finditer(command)}:
            named = (files[name] for name in RUNNER_FILES.get(runner, ()) if name in files)
            texts.extend(COMMENT_LINE.sub("", text) for text in named)
            if runner in RUNNER_TABLES:
                tool, _, name = RUNNER_TABLES[runner].partition(".")
                table = pyproject.get(tool)
                if isinstance(table, dict) and name in table:
                    texts.extend(_table_strings(table[name]))
        for script in _SCRIPT.findall(command):
            path = script.removeprefix("./")
            if path in files:
                texts.append(COMMENT_LINE.sub("", files[path]))
    return texts
