# @file test_standard.py
# @path tests/unit/test_standard.py
# @version 0.1.0
"""docs/standard.toml against the registry, both ways: the standard is traceable to rules.

Every rule a requirement names must exist (mason's own, or a ruff code), every rule mason has
must hold some requirement, every template named must be a file of the template, and every
deviation must say why.
"""

from tools.generate import ROOT
from tools.standard_table import STATUSES, load

from mason.checks.builtin import BUILTIN_CHECKS
from mason.domain.registry import Registry

BUILTIN = Registry(BUILTIN_CHECKS)
REQUIREMENTS, CONTRADICTIONS = load(ROOT / "docs" / "standard.toml")


def test_every_rule_a_requirement_names_exists() -> None:
    unknown = {
        (requirement.id, rule)
        for requirement in REQUIREMENTS
        for rule in requirement.rules
        if BUILTIN.rule(rule) is None
    }
    assert unknown == set()


def test_every_rule_of_mason_holds_a_requirement() -> None:
    named = {rule for requirement in REQUIREMENTS for rule in requirement.rules}
    assert {rule.id for rule in BUILTIN.rules} - named == set()


def test_every_template_named_is_a_file_of_the_template() -> None:
    missing = {
        (requirement.id, path)
        for requirement in REQUIREMENTS
        for path in requirement.templates
        if not (ROOT / path).is_file()
    }
    assert missing == set()


def test_ids_are_unique_and_every_deviation_says_why() -> None:
    ids = [requirement.id for requirement in REQUIREMENTS]
    assert len(ids) == len(set(ids))
    assert all(r.note.strip() for r in REQUIREMENTS if r.status == "deviation")
    assert all(r.rules for r in REQUIREMENTS if r.status == "rule")
    assert all(c.follow and c.reason for c in CONTRADICTIONS)
    assert {r.status for r in REQUIREMENTS} <= {*STATUSES, "partial", "missing"}


def test_every_requirement_is_a_rule_a_template_or_a_deviation() -> None:
    open_rows = {r.id: r.status for r in REQUIREMENTS if r.status not in STATUSES}
    assert open_rows == {}
