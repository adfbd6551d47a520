# @file test_config_files.py
# @path tests/unit/test_config_files.py
# @version 0.1.0
"""Which file each tool reads, by its own precedence, and INI/JSON settings read as tables."""

from mason.checks.config_files import (
    ConfigFiles,
    find_config_files,
    ini_table,
    mypy_settings,
    read_json,
)
from mason.checks.typing.strictness import check_mypy, mypy_source
from mason.domain.toml import TomlTable

PYPROJECT: TomlTable = {
    "tool": {
        "mypy": {"strict": True},
        "pyright": {},
        "ruff": {},
        "coverage": {},
        "importlinter": {"root_package": "a"},
    }
}


def _find(files: dict[str, str], pyproject: TomlTable = PYPROJECT) -> ConfigFiles:
    return find_config_files(set(files), files.get, pyproject)


def test_pyproject_when_nothing_else_is_there() -> None:
    found = _find({"pyproject.toml": ""})
    assert found == ConfigFiles(*(["pyproject.toml"] * 5))
    assert found.outside_pyproject() == {}


def test_each_tool_reads_its_own_files_first() -> None:
    files = {
        "mypy.ini": "[mypy]\nstrict = False\n",
        "pyrightconfig.json": "{}",
        "ruff.toml": "",
        ".ruff.toml": "",
        ".coveragerc": "[run]\nbranch = True\n",
        "setup.cfg": "[importlinter]\nroot_package = a\n[coverage:run]\nbranch = True\n",
        ".importlinter": "[importlinter]\nroot_package = b\n",
    }
    found = _find(files)
    assert found == ConfigFiles("mypy.ini", "pyrightconfig.json", ".ruff.toml", ".coveragerc",
                                "setup.cfg")  # fmt: skip
    assert found.outside_pyproject()["import-linter"] == "setup.cfg"


def test_sections_decide_for_shared_files() -> None:
    files = {"setup.cfg": "[metadata]\nname = a\n[mypy]\nstrict = True\n", "tox.ini": "[tox]\n"}
    found = _find(files, {})
    assert (found.mypy, found.coverage, found.importlinter) == ("setup.cfg", None, None)
    assert _find({"mypy.ini": "[other]\n"}, {}).mypy is None  # mypy.ini without [mypy]
    broken = _find({"setup.cfg": "[mypy\nstrict"}, {})
    assert broken.mypy is None


def test_mypy_ini_is_judged_like_its_toml_table() -> None:
    text = "[mypy]\nstrict = False\ndisable_error_code = misc, call-arg\n[mypy-legacy.*]\n"
    text += "ignore_errors = True\n"
    settings = mypy_settings(text)
    assert settings["strict"] is False
    messages = [finding.message for finding in check_mypy(settings, mypy_source("mypy.ini"))]
    assert messages == [
        "[mypy] in mypy.ini does not set strict = true",
        "[mypy-legacy.*] in mypy.ini sets ignore_errors = true",
        "[mypy] in mypy.ini disables error codes: misc, call-arg",
    ]
    assert {finding.path for finding in check_mypy(settings, mypy_source("mypy.ini"))} == {
        "mypy.ini"
    }


def test_ini_values_and_json_become_toml_values() -> None:
    assert ini_table("[run]\nbranch = yes\nparallel = 0\nomit = a/*\n", "run") == {
        "branch": True,
        "parallel": False,
        "omit": "a/*",
    }
    assert ini_table("[run]\nfail_under = 75\n", "run") == {"fail_under": 75}
    assert read_json('{"typeCheckingMode": "basic", "x": null, "ignore": ["a", null]}') == {
        "typeCheckingMode": "basic",
        "ignore": ["a"],
    }
    jsonc = '{\n  // pyright reads JSONC\n  "typeCheckingMode": "strict", /* a block */\n'
    jsonc += '  "exclude": ["a//b", "c/*d*/"],\n}\n'
    assert read_json(jsonc) == {"typeCheckingMode": "strict", "exclude": ["a//b", "c/*d*/"]}
    assert read_json("not json at all") == {}
