# @file test_structure.py
# @path tests/unit/test_structure.py
# @version 0.1.0
"""Structure rules and ruff rule resolution."""

import pytest

from mason.checks.structure.judge import check_structure
from mason.domain.ruff_rules import STANDARD_RULES, is_enabled, missing_standard_rules
from mason.domain.toml import TomlTable

RUFF_ALL: TomlTable = {"tool": {"ruff": {"lint": {"select": ["ALL"]}}}}
COMPLETE = {
    "pyproject.toml",
    "uv.lock",
    "README.md",
    "LICENSE",
    ".gitignore",
    ".pre-commit-config.yaml",
    "src/pkg/__init__.py",
    "tests/test_a.py",
}


def _rules(
    files: set[str], pyproject: TomlTable = RUFF_ALL, shared: dict[str, str] | None = None
) -> list[str]:
    findings = check_structure(files, pyproject, src_layout=True, shared_configs=shared or {})
    return [f"{f.rule} {f.message}" for f in findings]


def test_a_complete_project_is_clean() -> None:
    assert _rules(COMPLETE) == []


def test_missing_files_are_named() -> None:
    messages = _rules({"pyproject.toml", "src/pkg/__init__.py"})
    assert "STR003 no uv.lock: dependencies are not pinned" in messages
    assert "STR005 no README" in messages
    assert "STR005 no LICENSE" in messages
    assert "STR005 no tests/ directory" in messages


def test_a_flat_package_is_not_a_src_layout() -> None:
    files = (COMPLETE - {"src/pkg/__init__.py"}) | {"pkg/__init__.py", "tests/__init__.py"}
    assert _rules(files) == ["STR001 package pkg is not under src/"]


def test_stray_configuration_files() -> None:
    setup_cfg = "[metadata]\nname = x\n[flake8]\nmax-line-length = 88\n[tool:pytest]\n"
    messages = _rules(
        COMPLETE | {"mypy.ini", ".coveragerc", "setup.cfg"}, shared={"setup.cfg": setup_cfg}
    )
    assert "STR002 mypy.ini configures a tool; move it to [tool.mypy]" in messages
    assert "STR002 .coveragerc configures a tool; move it to [tool.coverage]" in messages
    assert "STR002 [flake8] in setup.cfg belongs in pyproject.toml" in messages
    assert "STR002 [tool:pytest] in setup.cfg belongs in pyproject.toml" in messages
    assert not any("metadata" in message for message in messages)


def test_unparsable_setup_cfg_is_not_a_crash() -> None:
    broken = {"setup.cfg": "no section header\n"}
    assert _rules(COMPLETE | {"setup.cfg"}, shared=broken) == []


@pytest.mark.parametrize(
    ("code", "select", "ignore", "enabled"),
    [
        ("UP007", ("ALL",), (), True),
        ("UP007", ("ALL",), ("UP",), False),
        ("UP007", ("UP",), ("UP0",), False),
        ("UP007", ("UP0",), ("UP",), True),
        ("UP007", ("UP007",), ("UP007",), False),
        ("T201", ("E", "F"), (), False),
        ("D100", ("ALL",), ("D1",), False),
        ("D100", ("D",), ("D2",), True),
    ],
)
def test_ruff_selector_resolution(
    code: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    enabled: bool,  # noqa: FBT001 - pytest passes parameters positionally
) -> None:
    assert is_enabled(code, select, ignore) is enabled


def test_ruffs_default_selection_misses_the_standard() -> None:
    # ruff's default (E4, E7, E9, F) includes E722 and nothing else the standard asks for
    assert missing_standard_rules({}) == [code for code in STANDARD_RULES if code != "E722"]


def test_legacy_and_extend_keys_are_read() -> None:
    pyproject: TomlTable = {
        "tool": {
            "ruff": {"select": ["ALL"], "extend-ignore": ["T201"], "lint": {"ignore": ["ANN401"]}}
        }
    }
    assert missing_standard_rules(pyproject) == ["T201", "ANN401"]


def test_the_rules_of_one_requirement_are_one_finding() -> None:
    pyproject: TomlTable = {
        "tool": {"ruff": {"lint": {"select": ["ALL"], "ignore": ["G", "DTZ005", "PTH"]}}}
    }
    messages = _rules(COMPLETE, pyproject)
    assert len(messages) == 3
    assert messages[0] == (
        "STR006 ruff rules G001, G002, G003, G004 are off: log messages are not formatted: an "
        "event and its values (seeds 000, 002, 004)"
    )
    assert messages[1] == "STR006 ruff rule DTZ005 is off: timezone-aware datetimes (seed 004)"
    assert messages[2].startswith("STR006 ruff rules PTH100, PTH101, ")


def test_disabled_standard_rules_are_structure_findings() -> None:
    pyproject: TomlTable = {"tool": {"ruff": {"lint": {"select": ["ALL"], "ignore": ["PLC0415"]}}}}
    assert _rules(COMPLETE, pyproject) == [
        "STR006 ruff rule PLC0415 is off: no imports inside functions (seed 003)"
    ]
