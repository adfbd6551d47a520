# @file test_typing_config.py
# @path tests/unit/test_typing_config.py
# @version 0.1.0
"""Is the typing configuration strict? Every weakening is a finding that names its key."""

from mason.checks.typing.strictness import check_typing_config
from mason.domain.toml import TomlTable

STRICT: TomlTable = {
    "tool": {"mypy": {"strict": True}, "pyright": {"typeCheckingMode": "strict"}},
}


def _messages(pyproject: TomlTable) -> list[str]:
    return [f"{f.rule} {f.message}" for f in check_typing_config(pyproject)]


def test_strict_configuration_is_clean() -> None:
    assert _messages(STRICT) == []


def test_missing_configuration_is_two_findings() -> None:
    assert [m.split()[0] for m in _messages({})] == ["TYP001", "TYP002"]


def test_weakening_mypy_settings_are_named() -> None:
    pyproject: TomlTable = {
        "tool": {
            "mypy": {
                "strict": True,
                "disallow_untyped_defs": False,
                "ignore_missing_imports": True,
                "disable_error_code": ["attr-defined"],
                "overrides": [
                    {"module": "legacy.*", "ignore_errors": True, "follow_imports": "skip"}
                ],
            },
            "pyright": {"typeCheckingMode": "strict"},
        }
    }
    messages = _messages(pyproject)
    assert "TYP003 [tool.mypy] sets disallow_untyped_defs = false" in messages
    assert any("ignore_missing_imports = true for every module" in m for m in messages)
    assert "TYP003 [tool.mypy] disables error codes: attr-defined" in messages
    assert "TYP003 [[tool.mypy.overrides]] for legacy.* sets ignore_errors = true" in messages
    assert 'TYP003 [[tool.mypy.overrides]] for legacy.* sets follow_imports = "skip"' in messages


def test_pyright_rules_switched_off_are_named() -> None:
    pyproject: TomlTable = {
        "tool": {
            "mypy": {"strict": True},
            "pyright": {
                "typeCheckingMode": "basic",
                "reportUnknownMemberType": False,
                "reportPrivateUsage": "warning",
                "reportMissingImports": "error",
                "ignore": ["src/legacy"],
            },
        }
    }
    assert _messages(pyproject) == [
        'TYP002 [tool.pyright] does not set typeCheckingMode = "strict"',
        "TYP004 [tool.pyright] sets reportUnknownMemberType = false",
        'TYP004 [tool.pyright] sets reportPrivateUsage = "warning"',
        "TYP004 [tool.pyright] ignores every diagnostic in: src/legacy",
    ]
