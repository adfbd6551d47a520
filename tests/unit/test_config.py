# @file test_config.py
# @path tests/unit/test_config.py
# @version 0.1.0
"""Validation of ``[tool.mason]``: defaults, every kind of mistake and the messages it gets."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

from mason.checks.builtin import BUILTIN_CHECKS
from mason.checks.coverage.settings import CoverageConfig
from mason.checks.headers.settings import HeadersConfig
from mason.checks.typing.settings import TypingConfig
from mason.domain.config import MasonConfig, config_model
from mason.domain.config import parse_mason_config as parse_with
from mason.domain.errors import ConfigError
from mason.domain.exit_codes import ExitCode
from mason.domain.registry import Registry

SOURCE = Path("/repo/pyproject.toml")
SECTIONS = Registry(BUILTIN_CHECKS).settings


def parse_mason_config(raw: dict[str, object], source: Path) -> MasonConfig:
    """Validate ``raw`` with the tables of mason's own checks, as ``load_project`` does."""
    return parse_with(raw, source, SECTIONS)


def test_empty_table_gives_the_documented_defaults() -> None:
    config = parse_mason_config({}, SOURCE)
    assert config == config_model(SECTIONS)()
    assert config.checks is None  # every registered check, plugins' included
    assert (config.select, config.ignore, config.per_file_ignores) == ((), (), {})
    coverage = config.settings(CoverageConfig)
    assert (coverage.fail_under, coverage.target) == (70, 80)
    assert config.settings(HeadersConfig).fields == ("description", "file", "path", "version")
    assert config.settings(TypingConfig).escape_budget == 0


def test_the_tables_are_the_checks_with_settings_in_the_registry() -> None:
    assert {
        check.name: check.settings for check in BUILTIN_CHECKS if check.settings is not None
    } == SECTIONS
    assert set(SECTIONS) <= {check.name for check in BUILTIN_CHECKS}
    for name, model in SECTIONS.items():
        assert config_model(SECTIONS)().section(name) == model()


def test_a_plugin_check_gets_its_own_validated_table() -> None:
    class Budget(BaseModel):
        model_config = {"frozen": True, "extra": "forbid"}
        limit: int = 3

    sections: dict[str, type[BaseModel]] = {**SECTIONS, "my-plugin": Budget}
    config = parse_with({"my-plugin": {"limit": 5}}, SOURCE, sections)
    assert config.settings(Budget) == Budget(limit=5)
    assert config.section("my-plugin") == Budget(limit=5)
    with pytest.raises(ConfigError) as caught:
        parse_with({"my-plugin": {"limt": 5}}, SOURCE, sections)
    assert "unknown key 'my-plugin.limt'; did you mean 'limit'?" in caught.value.message
    with pytest.raises(ConfigError, match="unknown key 'coverage'"):
        parse_with({"coverage": {}}, SOURCE)  # without the registry, only mason's own keys


def test_a_check_cannot_take_the_name_of_one_of_masons_keys() -> None:
    with pytest.raises(ConfigError, match="'exclude' has settings"):
        config_model({"exclude": CoverageConfig})


def test_a_full_table_is_read_into_the_model() -> None:
    raw: dict[str, object] = {
        "layout": "functional-core",
        "package": "shop",
        "checks": ["lint", "layers"],
        "coverage": {"fail_under": 75, "target": 90, "layers": {"domain": 95}},
        "headers": {"exclude": ["docs/**"]},
    }
    config = parse_mason_config(raw, SOURCE)
    assert config.layout == "functional-core"
    assert config.checks == ("lint", "layers")
    assert config.settings(CoverageConfig).layers == {"domain": 95}
    assert config.settings(HeadersConfig).exclude == ("docs/**",)


def test_unknown_key_names_the_key_and_the_closest_valid_one() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_mason_config({"layot": "cli"}, SOURCE)
    message = caught.value.message
    assert "unknown key 'layot'" in message
    assert "did you mean 'layout'?" in message
    assert str(SOURCE) in message
    assert caught.value.exit_code == ExitCode.BAD_INPUT


def test_unknown_nested_key_suggests_from_its_own_table() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_mason_config({"coverage": {"fail_undr": 80}}, SOURCE)
    assert "unknown key 'coverage.fail_undr'; did you mean 'fail_under'?" in caught.value.message


def test_wrong_type_names_key_and_value() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_mason_config({"coverage": {"fail_under": "high"}}, SOURCE)
    assert "'coverage.fail_under' = 'high'" in caught.value.message
    assert "valid number" in caught.value.message


def test_unknown_layout_lists_the_layouts_and_suggests_one() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_mason_config({"layout": "four-layers"}, SOURCE)
    message = caught.value.message
    assert "'layout' = 'four-layers' is not a layout; did you mean 'four-layer'?" in message
    assert "functional-core" in message


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_mason_config({"layot": "x", "exclude": [5], "timeout": -1}, SOURCE)
    message = caught.value.message
    assert message.count("\n  - ") == 3
    assert "layot" in message
    assert "exclude.0" in message
    assert "timeout" in message


def test_target_below_the_gate_is_rejected() -> None:
    with pytest.raises(ConfigError, match="target"):
        parse_mason_config({"coverage": {"fail_under": 90, "target": 80}}, SOURCE)


@given(
    fail_under=st.floats(min_value=0, max_value=100),
    margin=st.floats(min_value=0, max_value=100),
)
def test_any_gate_with_a_target_at_or_above_it_is_valid(fail_under: float, margin: float) -> None:
    target = min(100.0, fail_under + margin)
    config = parse_mason_config({"coverage": {"fail_under": fail_under, "target": target}}, SOURCE)
    coverage = config.settings(CoverageConfig)
    assert coverage.fail_under <= coverage.target


@given(value=st.floats(allow_nan=False).filter(lambda number: not 0 <= number <= 100))
def test_percentages_outside_0_to_100_are_rejected(value: float) -> None:
    with pytest.raises(ConfigError, match="fail_under"):
        parse_mason_config({"coverage": {"fail_under": value, "target": 100}}, SOURCE)


def test_config_is_frozen() -> None:
    config = MasonConfig()
    with pytest.raises(ValueError, match="frozen"):
        config.layout = "cli"  # type: ignore[misc] # assigning to a frozen model is the point of the test
