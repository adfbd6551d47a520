# @file test_ty.py
# @path tests/unit/test_ty.py
# @version 0.1.0
"""ty's GitLab Code Quality JSON as findings, and the ty settings that switch rules off."""

import json
from pathlib import PurePath
from typing import TYPE_CHECKING

from mason.checks.typing.ty import check_ty, parse_ty, ty_settings

if TYPE_CHECKING:
    from mason.domain.toml import TomlTable

ROOT = PurePath("/work/proj")

REPORT = [
    {
        "check_name": "invalid-return-type",
        "description": "invalid-return-type: Return type does not match returned value",
        "severity": "major",
        "fingerprint": "1a02",
        "location": {
            "path": "src/p/slug.py",
            "positions": {"begin": {"line": 28, "column": 12}, "end": {"line": 28, "column": 13}},
        },
    },
    {
        "check_name": "redundant-cast",
        "description": "redundant-cast: Value is already of type `int`",
        "severity": "minor",
        "location": {"path": "/work/proj/src/p/x.py", "positions": {"begin": {"line": 3}}},
    },
]


def test_errors_and_warnings_keep_ty_s_rule_and_place() -> None:
    error, warning = parse_ty(json.dumps(REPORT), ROOT)
    assert (error.rule, error.path, error.line, error.column, error.code) == (
        "TYP013",
        "src/p/slug.py",
        28,
        12,
        "invalid-return-type",
    )
    assert error.message == "ty [invalid-return-type] Return type does not match returned value"
    assert (warning.rule, warning.path, warning.severity.value) == (
        "TYP014",
        "src/p/x.py",
        "warning",
    )


def test_no_output_and_an_empty_list_are_clean() -> None:
    assert parse_ty("", ROOT) == []
    assert parse_ty("[]", ROOT) == []


def test_a_rule_switched_off_is_found_in_pyproject_or_ty_toml() -> None:
    pyproject: TomlTable = {
        "tool": {"ty": {"rules": {"all": "error", "unresolved-import": "ignore"}}}
    }
    (finding,) = check_ty(*ty_settings(pyproject, None))
    assert (finding.rule, finding.path) == ("TYP006", "pyproject.toml")
    assert finding.message == '[tool.ty].rules sets unresolved-import = "ignore"'
    ty_toml: TomlTable = {"rules": {"possibly-unbound": "ignore"}}
    (from_file,) = check_ty(*ty_settings(pyproject, ty_toml))  # ty.toml wins, as for ty
    assert (from_file.path, from_file.message) == (
        "ty.toml",
        'ty.toml.rules sets possibly-unbound = "ignore"',
    )
    strict: TomlTable = {"tool": {"ty": {"rules": {"all": "error"}}}}
    assert check_ty(*ty_settings(strict, None)) == []
