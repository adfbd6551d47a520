# @file test_registry.py
# @path tests/unit/test_registry.py
# @version 0.1.0
"""The registry: every rule is a value owned by one check, and ids resolve the one way."""

import ast
from pathlib import Path

import pytest

from mason.checks.builtin import BUILTIN_CHECKS
from mason.checks.lint.rules import RUFF
from mason.domain.check import Check
from mason.domain.errors import ConfigError
from mason.domain.registry import Registry, selects
from mason.domain.rule import Rule
from mason.domain.severity import Severity

SRC = Path(__file__).resolve().parents[2] / "src" / "mason"
BUILTIN = Registry(BUILTIN_CHECKS)


def _rule(rule_id: str, check: str) -> Rule:
    return Rule(id=rule_id, check=check, title="t", rationale="r", seed="s", fix="f")


def test_checks_come_in_report_order_and_own_their_rules() -> None:
    assert BUILTIN.names == tuple(check.name for check in BUILTIN_CHECKS)
    assert len(set(BUILTIN.names)) == len(BUILTIN.names)
    for check in BUILTIN.checks:
        assert all(rule.check == check.name for rule in check.rules)
    assert len({rule.id for rule in BUILTIN.rules}) == len(BUILTIN.rules)


def test_rule_ids_resolve_to_native_rules_then_to_tool_families() -> None:
    assert BUILTIN.rule("hdr001") == next(r for r in BUILTIN.rules if r.id == "HDR001")
    ruff_rule = BUILTIN.rule("E501")
    assert ruff_rule is not None
    assert (ruff_rule.check, ruff_rule.tool) == ("lint", "ruff")
    assert BUILTIN.rule("HDR999") is None  # a native prefix never falls through to ruff
    assert BUILTIN.rule("not-a-rule") is None


def test_a_rule_makes_findings_with_its_own_severity() -> None:
    warning = Rule(id="X001", check="x", title="t", rationale="r", seed="s", fix="f",
                   severity=Severity.WARNING)  # fmt: skip
    finding = warning.finding("m", path="a.py", line=3, code="c")
    assert (finding.rule, finding.severity, finding.location, finding.code) == (
        "X001",
        Severity.WARNING,
        "a.py:3",
        "c",
    )
    assert RUFF.rule("F401").finding("m").severity is Severity.ERROR


def test_selectors_are_ids_or_prefixes() -> None:
    assert selects("DES", "DES002")
    assert selects("des001", "DES001")
    assert not selects("DES002", "DES001")
    assert not selects("", "DES001")
    assert BUILTIN.checks_for(["DES001", "E5"]) == {"design", "lint"}
    assert BUILTIN.checks_for(["TYP"]) == {"typing"}
    assert BUILTIN.covers_native("HDR")
    assert not BUILTIN.covers_native("E501")
    assert BUILTIN.family_for("E501") is RUFF
    assert BUILTIN.family_for("HDR9") is None
    assert BUILTIN.closest("DES01") == "DES001"


def test_clashing_checks_and_rules_are_refused() -> None:
    lint = BUILTIN_CHECKS[0]
    with pytest.raises(ConfigError, match="two checks are named 'lint'"):
        Registry((lint, Check(name="lint", title="t", tools="x", rules=(), units=(), origin="p")))
    with pytest.raises(ConfigError, match="rule DES001 is defined twice"):
        Registry((*BUILTIN_CHECKS, Check(name="mine", title="t", tools="x",
                                         rules=(_rule("DES001", "mine"),), units=())))  # fmt: skip
    with pytest.raises(ConfigError, match="names check 'other'"):
        Registry((Check(name="mine", title="t", tools="x", rules=(_rule("MY001", "other"),),
                        units=()),))  # fmt: skip


def test_no_module_makes_a_finding_but_through_a_rule() -> None:
    """Findings are made by ``Rule.finding`` only: no literal ids, no private helpers."""
    offenders: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "rule.py" and path.parent.name == "domain":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Finding":
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
            if isinstance(node, ast.FunctionDef) and node.name == "_finding":
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno} defines _finding")
    assert offenders == []


def test_per_file_names_what_files_narrows_and_no_more() -> None:
    per_file = BUILTIN.per_file
    assert {"lint", "format", "headers", "design"} <= set(per_file)
    assert "logging (log calls)" in per_file  # its JSON set-up unit reads the whole package
    assert not {"typing", "layers", "coverage", "structure"} & {
        name.split(" ")[0] for name in per_file
    }  # importers, the graph, the tests, the tree: never one file alone
