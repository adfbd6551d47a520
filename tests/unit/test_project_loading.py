# @file test_project_loading.py
# @path tests/unit/test_project_loading.py
# @version 0.1.0
"""Finding and reading ``pyproject.toml``: walking up, malformed files and encodings."""

from pathlib import Path

import pytest

from mason.domain.errors import ConfigError
from mason.services.project import load_project
from tests.support import write_tree


def test_the_nearest_pyproject_is_found_by_walking_up(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "pyproject.toml": '[project]\nname = "outer"\n',
            "inner/pyproject.toml": '[project]\nname = "inner"\nversion = "1.2.3"\n'
            '[tool.mason]\nlayout = "cli"\n',
            "inner/src/pkg/deep/module.py": "",
        },
    )
    project = load_project(tmp_path / "inner" / "src" / "pkg" / "deep" / "module.py")
    assert project.root == (tmp_path / "inner").resolve()
    assert project.name == "inner"
    assert project.version == "1.2.3"
    assert project.config.layout == "cli"


def test_a_project_without_mason_section_gets_defaults(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pyproject.toml": '[project]\nname = "x"\n'})
    project = load_project(tmp_path)
    assert project.config.layout is None
    assert project.table("tool", "mypy") == {}
    assert project.version is None


def test_no_pyproject_anywhere_is_a_config_error() -> None:
    with pytest.raises(ConfigError) as caught:
        # a temporary directory may sit below some pyproject.toml; the filesystem root has none
        load_project(Path("/"))
    assert "no pyproject.toml, setup.py or setup.cfg found" in caught.value.message
    assert caught.value.hint is not None
    assert "mason new" in caught.value.hint


def test_a_missing_path_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="path does not exist"):
        load_project(tmp_path / "nowhere")


def test_malformed_toml_names_file_line_and_column(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pyproject.toml": '[project]\nname = "x"\nversion = 1.2.3\n'})
    with pytest.raises(ConfigError) as caught:
        load_project(tmp_path)
    assert f"{tmp_path.resolve() / 'pyproject.toml'}:3:" in caught.value.message
    assert "malformed TOML" in caught.value.message


def test_non_utf8_pyproject_is_a_config_error(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pyproject.toml": b'[project]\nname = "caf\xe9"\n'})
    with pytest.raises(ConfigError, match="is not UTF-8"):
        load_project(tmp_path)


def test_mason_section_that_is_not_a_table(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pyproject.toml": '[tool]\nmason = "yes"\n'})
    with pytest.raises(ConfigError, match=r"\[tool.mason\] .* must be a table"):
        load_project(tmp_path)
