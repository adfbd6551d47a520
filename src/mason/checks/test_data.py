# @file test_data.py
# @path src/mason/checks/test_data.py
# @version 0.1.0
"""Which files are data: fixtures, golden files and the files a project's code reads.

A header is a comment, and a comment in a file that a test compares byte for byte, or that the
code parses and prints back, breaks that test (tomlkit's 763 TOML fixtures did). Three rules
name a file data, and data is never given a header nor edited:

1. every file in a test folder (``tests/``, ``test/``, ``testing/``) that is not Python, and
   every file in a data folder (``fixtures/``, ``testdata/``, ``golden/``, ``snapshots/``,
   ``cassettes/`` anywhere; ``data/``, ``cases/``, ``examples/`` ... inside a test folder);
2. every file inside the project's package that is not Python (package data the code reads);
3. every file whose name a string in the project's Python code spells (``"example.toml"``,
   ``"tests/golden/out.md"``), except ``pyproject.toml`` (adoption edits it whatever names it).
"""

import ast
from collections.abc import Iterable, Mapping
from pathlib import PurePosixPath

from mason.domain.patterns import matches

TEST_DATA: tuple[str, ...] = (
    "**/tests/**",
    "**/test/**",
    "**/testing/**",
    "!*.py",
    "!*.pyi",
    "**/fixtures/**",
    "**/fixture/**",
    "**/testdata/**",
    "**/test_data/**",
    "**/test-data/**",
    "**/golden/**",
    "**/goldens/**",
    "**/snapshots/**",
    "**/__snapshots__/**",
    "**/cassettes/**",
    *(
        f"**/{folder}/**/{inner}/**"
        for folder in ("tests", "test", "testing")
        for inner in ("data", "cases", "examples", "samples", "inputs", "expected", "resources")
    ),
)
"""Rule 1 as gitignore patterns (later lines win): test folders' non-Python files, data folders."""
NEVER_DATA = ("pyproject.toml",)
"""Files adoption edits whatever names them (rule 3 does not apply)."""
_PYTHON = (".py", ".pyi")


def is_test_data(path: str) -> bool:
    """Return whether ``path`` is a test fixture or a file of a data folder (rule 1)."""
    return matches(path, TEST_DATA)


def package_data(files: Iterable[str], package: str | None, source_root: str) -> set[str]:
    """Return the files inside the package folder that are not Python (rule 2)."""
    if package is None:
        return set()
    prefix = f"{package}/" if source_root in {"", "."} else f"{source_root.strip('/')}/{package}/"
    return {
        path
        for path in files
        if path.startswith(prefix) and not path.endswith(_PYTHON) and path != f"{prefix}py.typed"
    }


def _spelled_names(source: str) -> set[str]:
    """Return the file names the string constants of ``source`` spell (their last part)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return set()
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value.strip()
            if 0 < len(text) < 256 and "\n" not in text and "." in text:  # noqa: PLR2004 - a path, not prose
                names.add(PurePosixPath(text.replace("\\", "/")).name)
    return names


def named_in_code(files: Iterable[str], sources: Mapping[str, str]) -> set[str]:
    """Return the files whose name a string in the Python ``sources`` spells (rule 3)."""
    spelled: set[str] = set()
    for source in sources.values():
        spelled |= _spelled_names(source)
    return {
        path
        for path in files
        if not path.endswith(_PYTHON)
        and PurePosixPath(path).name in spelled
        and path not in NEVER_DATA
    }


def data_files(
    files: Iterable[str], package: str | None, source_root: str, sources: Mapping[str, str]
) -> set[str]:
    """Return every data file of the project (rules 1 to 3): none of them is ever edited."""
    listed = list(files)
    found = {path for path in listed if is_test_data(path)}
    return found | package_data(listed, package, source_root) | named_in_code(listed, sources)
