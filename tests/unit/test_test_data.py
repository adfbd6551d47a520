# @file test_test_data.py
# @path tests/unit/test_test_data.py
# @version 0.1.0
"""Which files are data: fixtures, golden files, package data, files the code names."""

import pytest

from mason.checks.headers.file_kinds import kind_of
from mason.checks.test_data import data_files, is_test_data, named_in_code, package_data


@pytest.mark.parametrize(
    "path",
    [
        "tests/examples/example.toml",  # tomlkit's fixtures (issue 17, defect 2)
        "tests/toml-test/tests/valid/array.toml",
        "tests/data/cases/comments.py",  # black's: Python that is data
        "testing/data/E10.py",  # pycodestyle's
        "tests/golden/report.md",
        "src/pkg/tests/fixtures/x.yml",
        "fixtures/settings.toml",
        "tests/README.md",
    ],
)
def test_fixtures_and_data_folders_are_data_and_need_no_header(path: str) -> None:
    assert is_test_data(path)
    assert kind_of(path) is None


@pytest.mark.parametrize(
    "path", ["tests/test_api.py", "tests/conftest.py", "README.md", "docs/index.md", "setup.py"]
)
def test_tests_and_project_files_are_not_data(path: str) -> None:
    assert not is_test_data(path)
    assert kind_of(path) is not None


def test_an_explicit_include_wins_over_the_data_rule() -> None:
    assert kind_of("tests/data/x.toml", include=("tests/data/*.toml",)) is not None


def test_package_data_is_every_non_python_file_of_the_package() -> None:
    files = ["src/pkg/__init__.py", "src/pkg/defaults.toml", "src/pkg/py.typed", "docs/a.md"]
    assert package_data(files, "pkg", "src") == {"src/pkg/defaults.toml"}
    assert package_data(["pkg/t/x.yml", "pkg/a.py"], "pkg", ".") == {"pkg/t/x.yml"}
    assert package_data(files, None, "src") == set()


def test_a_file_the_code_names_is_data_except_pyproject() -> None:
    files = ["config/defaults.yml", "pyproject.toml", "other.yml", "README.md"]
    sources = {
        "app.py": 'import pathlib\nPATH = pathlib.Path("config") / "defaults.yml"\n',
        "setup.py": 'open("pyproject.toml")\nopen("README.md")\n',
        "broken.py": "def (:\n",
    }
    assert named_in_code(files, sources) == {"config/defaults.yml", "README.md"}
    assert data_files(files, None, ".", sources) == {"config/defaults.yml", "README.md"}
