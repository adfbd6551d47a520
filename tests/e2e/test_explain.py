# @file test_explain.py
# @path tests/e2e/test_explain.py
# @version 0.1.0
"""``mason explain``: every rule documented, ruff's codes delegated, docs/rules.md in step."""

from pathlib import Path

from mason.checks.builtin import BUILTIN_CHECKS
from mason.domain.registry import Registry
from mason.services.reference import rules_markdown
from tests.support import invoke, run_mason

ROOT = Path(__file__).resolve().parents[2]
BUILTIN = Registry(BUILTIN_CHECKS)


def test_explain_a_rule_prints_why_seed_and_fix() -> None:
    outcome = invoke(["explain", "hdr001"])
    assert outcome.exit_code == 0
    assert outcome.stdout.startswith("HDR001 File has no header")
    for label in ("Why", "Seed", "Fix"):
        assert f"{label} " in outcome.stdout


def test_explain_without_a_rule_lists_them_all() -> None:
    outcome = invoke(["explain"])
    assert outcome.exit_code == 0
    assert len(outcome.stdout.splitlines()) == len(BUILTIN.rules)


def test_ruff_codes_are_explained_by_ruff() -> None:
    outcome = run_mason(["explain", "E501"])
    assert outcome.exit_code == 0
    assert "line-too-long (E501)" in outcome.stdout


def test_an_unknown_rule_suggests_the_closest() -> None:
    outcome = invoke(["explain", "LAY01"])
    assert outcome.exit_code == 2
    assert "did you mean LAY001?" in outcome.stderr


def test_explain_config_lists_every_key() -> None:
    outcome = invoke(["explain", "config"])
    assert outcome.exit_code == 0
    for key in ("layout", "coverage.fail_under", "headers.exclude", "typing.escape_budget"):
        assert key in outcome.stdout


def test_docs_rules_md_is_the_generated_reference() -> None:
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown(BUILTIN)
    assert invoke(["explain", "--markdown"]).stdout == rules_markdown(BUILTIN)
