# @file narrowing.py
# @path src/mason/checks/typing/narrowing.py
# @version 0.1.0
"""Which files mypy and pyright check when the audit narrows them, and when it cannot.

Given files on the command line, both tools judge exactly those files, with the project's
settings, reading what they import. That equals the full run's verdict on those files, so a
narrowed run passes the files the full run would check too: those under mypy's ``files`` (or
mason's targets) and not matching its ``exclude`` regexes; those under pyright's ``include``
(default: everything) outside hidden directories. Settings mason cannot evaluate exactly
(pyright globs, ``exclude``, ``ignore``; mypy's ``follow_imports = skip``) make the unit check
the whole project instead.
"""

import re
from collections.abc import Sequence

from mason.domain.toml import TomlTable, TomlValue

SOURCES = (".py", ".pyi")


def under(path: str, targets: Sequence[str]) -> bool:
    """Return whether ``path`` lies in one of the ``targets`` (directories, files or ``.``)."""
    return any(
        target in {".", path} or path.startswith(f"{target.rstrip('/')}/") for target in targets
    )


def _paths(value: TomlValue | None) -> list[str] | None:
    """Return a list of paths from a TOML list or a comma-separated string (mypy accepts both)."""
    if isinstance(value, str):
        return [part.strip().removeprefix("./") for part in value.split(",") if part.strip()]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return [str(item).removeprefix("./") for item in value]
    return None


def _skips_imports(settings: TomlTable) -> bool:
    """Return whether mypy reads some imported modules as ``Any`` when they are not named.

    ``follow_imports = skip`` (or ``error``) gives a module a full run names its real types,
    and the same module, only imported by a narrowed run, none.
    """
    overrides = settings.get("overrides")
    tables = [settings, *(overrides if isinstance(overrides, list) else [])]
    return any(
        isinstance(table, dict) and table.get("follow_imports") in {"skip", "error"}
        for table in tables
    )


def mypy_focus(
    settings: TomlTable, targets: Sequence[str], focus: Sequence[str]
) -> list[str] | None:
    """Return the files a narrowed mypy run checks, or ``None`` if it cannot be narrowed.

    ``targets`` are mason's targets for the full run; empty means mypy's own ``files`` decide.
    """
    scope = list(targets) or _paths(settings.get("files"))
    if not scope or _skips_imports(settings):
        return None
    excludes = _paths(settings.get("exclude")) if "exclude" in settings else []
    if excludes is None:
        return None
    try:
        patterns = [re.compile(pattern) for pattern in excludes]
    except re.error:
        return None
    return [
        path
        for path in focus
        if path.endswith(SOURCES)
        and under(path, scope)
        and not any(pattern.search(path) for pattern in patterns)
    ]


def pyright_focus(settings: TomlTable, focus: Sequence[str]) -> list[str] | None:
    """Return the files a narrowed pyright run checks, or ``None`` if it cannot be narrowed."""
    if "exclude" in settings or "ignore" in settings:
        return None
    include = _paths(settings.get("include")) if "include" in settings else ["."]
    if include is None or any(char in path for path in include for char in "*?["):
        return None
    return [
        path
        for path in focus
        if path.endswith(SOURCES)
        and under(path, include)
        and not any(part.startswith(".") for part in path.split("/")[:-1])
    ]


ELIDED = "..."
"""What pyright prints where it stops expanding a recursive type."""


def depends_on_what_was_checked(messages: Sequence[str]) -> bool:
    """Return whether a narrowed pyright run's messages may differ from a full run's.

    pyright prints a recursive inferred type to a depth that depends on the order it evaluated
    the files in, and so on which files it checked: toolz's ``excepts`` came out as
    ``(self: excepts) -> ...`` narrowed and ``(self: Self@excepts) -> ...`` in full (found by
    ``benchmarks/exactness.py``). A message that elides a type is only exact from a full run.
    """
    return any(ELIDED in message for message in messages)
