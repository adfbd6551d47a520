# @file test_mypy_plugins.py
# @path tests/unit/test_mypy_plugins.py
# @version 0.1.0
"""TYP005: a project that uses pydantic has mypy load pydantic's plugin."""

from typing import TYPE_CHECKING

from mason.checks.config_files import mypy_settings
from mason.checks.typing.mypy_plugins import check_pydantic_plugin, plugins
from mason.checks.typing.strictness import MYPY_IN_PYPROJECT, mypy_source

if TYPE_CHECKING:
    from mason.domain.toml import TomlTable


def test_the_plugin_in_pyproject_is_enough() -> None:
    mypy: TomlTable = {"strict": True, "plugins": ["pydantic.mypy"]}
    assert check_pydantic_plugin(mypy, MYPY_IN_PYPROJECT) == []
    assert check_pydantic_plugin({"plugins": ["pydantic.v1.mypy"]}, MYPY_IN_PYPROJECT) == []


def test_no_plugin_or_another_one_is_reported_in_the_file_mypy_reads() -> None:
    (finding,) = check_pydantic_plugin(
        {"plugins": ["sqlalchemy.ext.mypy.plugin"]}, MYPY_IN_PYPROJECT
    )
    assert (finding.rule, finding.path) == ("TYP005", "pyproject.toml")
    assert finding.message.startswith("[tool.mypy] does not load pydantic's plugin")
    ini = mypy_settings("[mypy]\nstrict = True\n")
    (from_ini,) = check_pydantic_plugin(ini, mypy_source("mypy.ini"))
    assert (from_ini.path, from_ini.message.split(" does")[0]) == ("mypy.ini", "[mypy] in mypy.ini")


def test_ini_files_list_plugins_separated_by_commas() -> None:
    ini = mypy_settings("[mypy]\nplugins = sqlalchemy.ext.mypy.plugin, pydantic.mypy\n")
    assert plugins(ini) == ["sqlalchemy.ext.mypy.plugin", "pydantic.mypy"]
    assert check_pydantic_plugin(ini, mypy_source("setup.cfg")) == []
