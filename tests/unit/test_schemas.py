# @file test_schemas.py
# @path tests/unit/test_schemas.py
# @version 0.1.0
"""The JSON schemas: shipped files equal the generated ones, and they judge as the models do."""

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from mason.checks.builtin import BUILTIN_CHECKS
from mason.domain.check import Check
from mason.domain.config import config_model
from mason.domain.registry import Registry
from mason.domain.schemas import SCHEMA_NAMES, SchemaName, config_schema, report_schema
from mason.services.schemas import schema, shipped_schema
from tests.published_schemas import Json, violations
from tests.support import run_mason

SHIPPED = Path(__file__).resolve().parents[2] / "src" / "mason" / "schemas"
GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "audit_report.json"
MASONS_OWN = Registry(BUILTIN_CHECKS)
"""The checks the shipped schema knows: mason's own (no plugin is installed where it is made)."""


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_the_shipped_schema_is_the_generated_one(name: SchemaName) -> None:
    shipped = json.loads((SHIPPED / f"{name}.schema.json").read_text(encoding="utf-8"))
    assert shipped == shipped_schema(name), "regenerate: python tools/generate.py"


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_mason_schema_prints_it(name: SchemaName) -> None:
    outcome = run_mason(["schema", name])
    assert outcome.exit_code == 0
    assert json.loads(outcome.stdout) == schema(name)


MODEL = config_model(MASONS_OWN.settings)


def test_the_config_schema_is_a_valid_self_contained_draft_7_schema() -> None:
    document = config_schema(MASONS_OWN)
    assert document["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert violations({}, document) == []  # checks the schema itself, too
    text = json.dumps(document)
    assert "$ref" not in text
    assert '"null"' not in text  # TOML has no null


def test_the_golden_report_matches_the_report_schema() -> None:
    document = report_schema()
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    report = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert violations(report, document) == []
    del report["checks"][0]["status"]
    assert violations(report, document) == ["checks/0: 'status' is a required property"]


CASES: list[Json] = [
    {},
    {"layout": "cli", "exclude": ["build/*"]},
    {"coverage": {"fail_under": 60, "target": 90, "layers": {"domain": 95}}},
    {"ignore": [{"rule": "DES001", "reason": "legacy models"}]},
    {"per-file-ignores": {"tests/*": ["HDR001"]}, "timeout": 30},
    {"layuot": "cli"},
    {"layout": "hexagonal"},
    {"coverage": {"fail_under": 120}},
    {"ignore": [{"rule": "DES001"}]},
    {"ignore": ["DES001"]},
    {"timeout": 0},
    {"typing": {"escape_budget": -1}},
    {"headers": {"fields": ["author"]}},
]


@pytest.mark.parametrize("table", CASES)
def test_the_config_schema_judges_as_the_model_does(table: Json) -> None:
    try:
        MODEL.model_validate(table)
    except ValidationError:
        model_accepts = False
    else:
        model_accepts = True
    schema_accepts = violations(table, config_schema(MASONS_OWN)) == []
    assert schema_accepts == model_accepts


@pytest.mark.parametrize(
    ("checks", "problems"),
    [(["lint", "design"], 0), (["typos"], 1)],
)
def test_the_config_schema_knows_the_checks_the_audit_knows(
    checks: list[str], problems: int
) -> None:
    """The model takes any name (plugins add checks); the schema and the audit take known ones."""
    assert len(violations({"checks": checks}, config_schema(MASONS_OWN))) == problems
    typos = Check(name="typos", title="t", tools="x", rules=(), units=())
    plugins = config_schema(Registry((*BUILTIN_CHECKS, typos)))  # where a plugin adds `typos`
    assert violations({"checks": checks}, plugins) == []
