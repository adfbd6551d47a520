# @file pyproject.py
# @path src/mason/adapters/pyproject.py
# @version 0.1.0
"""Find and read ``pyproject.toml``; every failure becomes a ``ConfigError`` with file and place.

Reading goes through tomlkit (not tomllib) because its parse errors carry a line and a column,
and because the same document type is what mason edits without losing comments.
"""

import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

from mason.adapters.files import read_exact, write_atomic
from mason.domain.errors import ConfigError
from mason.domain.toml import TomlTable

if TYPE_CHECKING:
    from tomlkit.toml_document import TOMLDocument

PYPROJECT = "pyproject.toml"
LEGACY_MARKERS = ("setup.py", "setup.cfg")
"""What marks a Python project that has no pyproject.toml (yet)."""


def is_project(directory: Path) -> bool:
    """Return whether ``directory`` holds a pyproject.toml, setup.py or setup.cfg."""
    return any((directory / name).is_file() for name in (PYPROJECT, *LEGACY_MARKERS))


def nearest_project(start: Path, *, within: Path | None = None) -> Path | None:
    """Return the nearest project directory at or above ``start`` (not above ``within``).

    The one rule the audit and adoption share: the nearest directory with a
    ``pyproject.toml``, ``setup.py`` or ``setup.cfg``.
    """
    directory = start.resolve()
    top = within.resolve() if within is not None else None
    for candidate in (directory, *directory.parents):
        if is_project(candidate):
            return candidate
        if candidate == top:
            return None
    return None


def find_pyproject(start: Path) -> Path:
    """Return the ``pyproject.toml`` of the nearest project at or above ``start``.

    The nearest directory with a ``pyproject.toml``, or else a ``setup.py`` or ``setup.cfg``,
    is the project; in the second case the returned path does not exist (the project has no
    pyproject.toml yet, which the structure check reports).

    Raises:
        ConfigError: when no directory from ``start`` up to the filesystem root is a project.

    """
    start = start.resolve()
    if not start.exists():
        msg = f"path does not exist: {start}"
        raise ConfigError(msg, hint="pass the path of a project directory")
    directory = start if start.is_dir() else start.parent
    project = nearest_project(directory)
    if project is not None:
        return project / PYPROJECT
    msg = f"no {PYPROJECT}, setup.py or setup.cfg found in {directory} or any parent directory"
    raise ConfigError(
        msg,
        hint="run mason inside a Python project, or create one with `mason new`",
    )


def read_text(path: Path) -> str:
    """Return the UTF-8 text of ``path``.

    Raises:
        ConfigError: when the file cannot be read or is not UTF-8.

    """
    try:
        return read_exact(path)
    except UnicodeDecodeError as error:
        msg = f"{path} is not UTF-8 (byte {error.start} cannot be decoded)"
        raise ConfigError(msg, hint="save the file as UTF-8") from None
    except OSError as error:
        msg = f"cannot read {path}: {error.strerror}"
        raise ConfigError(msg, hint="check that the file exists and is readable") from None


def parse_toml(text: str, path: Path) -> "TOMLDocument":
    """Parse ``text`` (the contents of ``path``) as TOML, keeping comments and formatting.

    Raises:
        ConfigError: naming the file, line and column of the first syntax error.

    """
    if text.startswith("\ufeff"):
        msg = f"{path} starts with a UTF-8 byte order mark, which TOML readers (pip, uv) reject"
        raise ConfigError(msg, hint="save the file as UTF-8 without a BOM")
    import tomlkit  # noqa: PLC0415 - loaded here: an audit reads with the standard library
    from tomlkit.exceptions import ParseError  # noqa: PLC0415 - as above

    try:
        return tomlkit.parse(text)
    except ParseError as error:
        reason = str(error).split(" at line ", 1)[0]
        msg = f"{path}:{error.line}:{error.col}: malformed TOML: {reason}"
        raise ConfigError(msg, hint="fix the syntax at that line and column") from None


def load_pyproject(path: Path) -> "TOMLDocument":
    """Read and parse the ``pyproject.toml`` at ``path`` for editing (comments kept)."""
    return parse_toml(read_text(path), path)


def write_toml(path: Path, document: TomlTable) -> None:
    """Write ``document`` as a new TOML file at ``path``."""
    import tomlkit  # noqa: PLC0415 - see parse_toml

    write_atomic(path, tomlkit.dumps(document))


def read_pyproject(path: Path) -> TomlTable:
    """Read and parse the ``pyproject.toml`` at ``path`` into plain Python values.

    The standard library's reader does it (a tenth of tomlkit's time, which an audit of one
    staged file pays three times); a file it refuses goes through ``parse_toml``, so the error
    names the line and column the same way wherever mason reads TOML.

    Raises:
        ConfigError: the file cannot be read, is not UTF-8, or is not valid TOML.

    """
    text = read_text(path)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        data: TomlTable = parse_toml(text, path).unwrap()
        return data
