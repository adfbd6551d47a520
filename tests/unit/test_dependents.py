# @file test_dependents.py
# @path tests/unit/test_dependents.py
# @version 0.1.0
"""Which files a change can reach through imports: absolute, relative and pytest's bare names."""

import ast

from mason.services.audit.dependents import ImportGraph, dependents, imported_names

GRAPH = ImportGraph(
    files={
        "pkg": "src/pkg/__init__.py",
        "pkg.core": "src/pkg/core.py",
        "pkg.use": "src/pkg/use.py",
    },
    importers={"pkg.core": frozenset({"pkg.use"})},
)


def _reach(changed: str, tests: dict[str, str]) -> set[str]:
    trees = {path: ast.parse(text) for path, text in tests.items()}
    return dependents([changed], GRAPH, list(tests), trees.get)


def test_a_relative_import_in_the_tests_is_followed() -> None:
    tests = {
        "tests/__init__.py": "",
        "tests/helpers.py": "from pkg.core import X\n",
        "tests/test_use.py": "from .helpers import make\n",
        "tests/test_other.py": "import os\n",
    }
    assert _reach("tests/helpers.py", tests) == {"tests/helpers.py", "tests/test_use.py"}
    assert _reach("src/pkg/core.py", tests) == {
        "src/pkg/core.py",
        "src/pkg/use.py",
        "tests/helpers.py",
        "tests/test_use.py",
    }


def test_a_bare_name_pytest_puts_on_sys_path_is_followed() -> None:
    tests = {"tests/helpers.py": "X = 1\n", "tests/test_use.py": "import helpers\n"}
    assert _reach("tests/helpers.py", tests) == {"tests/helpers.py", "tests/test_use.py"}


def test_a_relative_import_of_a_parent_package_and_from_a_package_init() -> None:
    tests = {
        "tests/unit/test_a.py": "from .. import support\n",
        "tests/support.py": "",
        "tests/unit/__init__.py": "from . import test_a\n",
    }
    assert _reach("tests/support.py", tests) == {
        "tests/support.py",
        "tests/unit/test_a.py",
        "tests/unit/__init__.py",
    }


def test_a_file_that_does_not_parse_imports_everything() -> None:
    trees: dict[str, ast.Module | None] = {
        "tests/helpers.py": ast.parse(""),
        "tests/test_x.py": None,
    }
    found = dependents(["tests/helpers.py"], GRAPH, list(trees), trees.get)
    assert found == {"tests/helpers.py", "tests/test_x.py"}


def test_a_relative_import_beyond_the_top_imports_nothing() -> None:
    assert imported_names(ast.parse("from ... import x\n"), "tests/test_a.py") == set()
    assert imported_names(ast.parse("from . import x\n"), "tests/test_a.py") == {"tests", "tests.x"}
