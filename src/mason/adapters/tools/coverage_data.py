# @file coverage_data.py
# @path src/mason/adapters/tools/coverage_data.py
# @version 0.1.0
"""coverage.py's data file, read and pruned per test, for re-running only some tests.

A test run under ``pytest --cov-context=test`` records, for every file, which test (context
``<node id>|setup``, ``|run`` or ``|teardown``) ran which lines; lines run while the tests were
being collected (module bodies, at import) are in the empty context. coverage.py has no API
to delete one test's data, so this module works on its documented SQLite schema (version 7,
stable since coverage 5.0) and refuses any other: the caller then runs every test.
"""

import sqlite3
from collections.abc import Collection, Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

SCHEMA_VERSION = 7
"""The only schema this module reads (coverage 5.0 and later)."""

IMPORT_CONTEXT = ""
"""The context of lines run outside any test (while collecting, at import)."""


class UnknownDataError(Exception):
    """The data file is missing, unreadable, or of a schema this module does not know."""


def test_file_in(context: str) -> str | None:
    """Return the test file of a pytest-cov test context (``tests/test_a.py::t|run``)."""
    node, bar, _ = context.rpartition("|")
    if not bar or "::" not in node:
        return None
    return node.partition("::")[0]


def _connect(data: Path) -> sqlite3.Connection:
    if not data.is_file():
        msg = f"no coverage data at {data}"
        raise UnknownDataError(msg)
    try:
        connection = sqlite3.connect(f"file:{data}?mode=rw", uri=True)
        row = connection.execute("SELECT version FROM coverage_schema").fetchone()
    except sqlite3.Error as error:
        msg = f"{data} is not coverage data: {error}"
        raise UnknownDataError(msg) from error
    if row is None or row[0] != SCHEMA_VERSION:
        connection.close()
        msg = f"{data} has coverage schema {row}, not {SCHEMA_VERSION}"
        raise UnknownDataError(msg)
    return connection


def _names(root: Path, files: Iterable[str]) -> list[str]:
    """Return every way the data may name ``files`` (relative, absolute, resolved)."""
    names: list[str] = []
    for file in files:
        names += [file, str(root / file), str((root / file).resolve())]
    return names


def _marks(count: int) -> str:
    return ",".join("?" * count)


@dataclass(frozen=True, slots=True)
class Reach:
    """What the data says about some files and the tests."""

    tests: frozenset[str]
    """The test files whose tests ran a line of the files."""
    imported: frozenset[str]
    """The files that had lines run at import (the empty context)."""
    known: frozenset[str]
    """Every test file with a test in the data."""


def contexts_by_test(data: Path, root: Path, files: Collection[str]) -> Reach:
    """Return which tests ran a line of ``files``, which of them had import lines, and more.

    Raises:
        UnknownDataError: the data is not readable or has no per-test contexts.

    """
    names = _names(root, files)
    back = {name: file for file in files for name in _names(root, [file])}
    with closing(_connect(data)) as connection:
        try:
            contexts = [row[0] for row in connection.execute("SELECT context FROM context")]
            if not any(test_file_in(context) for context in contexts):
                msg = f"{data} has no per-test contexts"
                raise UnknownDataError(msg)
            rows = connection.execute(
                "SELECT DISTINCT file.path, context.context FROM file"  # noqa: S608 - marks only
                " JOIN (SELECT file_id, context_id FROM line_bits"
                " UNION SELECT file_id, context_id FROM arc) AS ran ON ran.file_id = file.id"
                " JOIN context ON context.id = ran.context_id"
                f" WHERE file.path IN ({_marks(len(names))})",
                names,
            ).fetchall()
        except sqlite3.Error as error:
            raise UnknownDataError(str(error)) from error
    tests = {test for _, context in rows if (test := test_file_in(context))}
    imported = {back[path] for path, context in rows if context == IMPORT_CONTEXT}
    known = {test for context in contexts if (test := test_file_in(context))}
    return Reach(frozenset(tests), frozenset(imported), frozenset(known))


def prune(data: Path, root: Path, tests: Collection[str], files: Collection[str]) -> None:
    """Delete from ``data`` every line the ``tests`` ran, and the import lines of ``files``.

    Raises:
        UnknownDataError: the data is not readable.

    """
    with closing(_connect(data)) as connection:
        try:
            contexts = [
                identifier
                for identifier, context in connection.execute("SELECT id, context FROM context")
                if test_file_in(context) in tests
            ]
            names = _names(root, files)
            file_ids = [
                row[0]
                for row in connection.execute(
                    f"SELECT id FROM file WHERE path IN ({_marks(len(names))})",  # noqa: S608 - marks only
                    names,
                )
            ]
            imports = connection.execute(
                "SELECT id FROM context WHERE context = ?", (IMPORT_CONTEXT,)
            ).fetchone()
            for table in ("line_bits", "arc"):
                connection.execute(
                    f"DELETE FROM {table} WHERE context_id IN ({_marks(len(contexts))})",  # noqa: S608 - table names, marks
                    contexts,
                )
                if imports is not None:
                    connection.execute(
                        f"DELETE FROM {table} WHERE context_id = ?"  # noqa: S608 - table names
                        f" AND file_id IN ({_marks(len(file_ids))})",
                        [imports[0], *file_ids],
                    )
            connection.commit()
        except sqlite3.Error as error:
            raise UnknownDataError(str(error)) from error
