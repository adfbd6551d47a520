# @file test_rule_control.py
# @path tests/unit/test_rule_control.py
# @version 0.1.0
"""Rule-level control: select, ignore with a reason, per-file-ignores, inline comments."""

from pathlib import Path

import pytest

from mason.checks.builtin import BUILTIN_CHECKS
from mason.checks.design.rules import DES001, DES002, DES003
from mason.checks.lint.rules import RUFF
from mason.checks.typing.rules import TYP010
from mason.domain.check_result import CheckResult
from mason.domain.config import parse_mason_config
from mason.domain.errors import ConfigError
from mason.domain.finding import Finding
from mason.domain.registry import Registry
from mason.domain.unreadable import Unreadable
from mason.services.audit.rule_control import RuleControl, apply_rule_control, rule_control

SOURCE = Path("/repo/pyproject.toml")
BUILTIN = Registry(BUILTIN_CHECKS)
RUFF_CODES = frozenset({"E501", "F401", "UP007"})
TEXTS = {
    "src/app/shapes.py": (
        "class A:  # mason: ignore[DES001, DES002]\n"
        "    x = 'mason: ignore[DES003]'\n"
        "class B:  # mason: ignore[DES003]\n"
        "x: int = 'a'  # mason: ignore[TYP010]\n"
    ),
    "docs/notes.md": "line one <!-- mason: ignore[DES002] -->\n",
}


def _text(path: str) -> str | Unreadable:
    return TEXTS.get(path, Unreadable("missing"))


def _control(**raw: object) -> RuleControl:
    return rule_control(parse_mason_config(raw, SOURCE), BUILTIN, lambda: RUFF_CODES)


def _check(*findings: Finding) -> list[CheckResult]:
    return [CheckResult(name="design", duration_s=0, summary="", findings=findings)]


def test_every_rule_the_configuration_names_must_exist() -> None:
    _control(select=["DES", "E5"], ignore=[{"rule": "DES002", "reason": "one concept"}])
    with pytest.raises(ConfigError) as caught:
        _control(
            select=["DES01"],
            ignore=[{"rule": "E999", "reason": "x"}],
            **{"per-file-ignores": {"tests/**": ["HDR9"]}},
        )
    message = caught.value.message
    assert "select: no rule 'DES01'; did you mean DES001?" in message
    assert "ignore: no rule 'E999'" in message
    assert "per-file-ignores['tests/**']: no rule 'HDR9'" in message


def test_a_ruff_code_is_accepted_when_ruff_cannot_list_its_rules() -> None:
    control = rule_control(
        parse_mason_config({"ignore": [{"rule": "E999", "reason": "x"}]}, SOURCE),
        BUILTIN,
        frozenset,
    )
    assert control.ignore == ("E999",)


def test_an_ignore_without_a_reason_is_refused_with_the_shape_to_write() -> None:
    with pytest.raises(ConfigError, match="a reason is required"):
        parse_mason_config({"ignore": [{"rule": "DES001"}]}, SOURCE)
    with pytest.raises(ConfigError, match="a reason is required"):
        parse_mason_config({"ignore": ["DES001"]}, SOURCE)
    with pytest.raises(ConfigError, match="did you mean 'reason'"):
        parse_mason_config({"ignore": [{"rule": "DES001", "reasn": "x"}]}, SOURCE)


def test_select_drops_and_ignore_suppresses_and_counts() -> None:
    findings = (
        DES001.finding("many", path="src/app/a.py", line=1),
        DES002.finding("two", path="src/app/a.py", line=2),
        DES003.finding("abc", path="src/app/a.py", line=3),
    )
    control = _control(select=["DES00"], ignore=[{"rule": "DES003", "reason": "legacy"}])
    (result,) = apply_rule_control(_check(*findings), control, BUILTIN, _text)
    assert [finding.rule for finding in result.findings] == ["DES001", "DES002"]
    assert result.suppressed == 1
    (result,) = apply_rule_control(_check(*findings), _control(select=["DES001"]), BUILTIN, _text)
    assert [finding.rule for finding in result.findings] == ["DES001"]
    assert result.suppressed == 0  # not selected is not suppressed


def test_per_file_ignores_use_gitignore_patterns() -> None:
    control = _control(**{"per-file-ignores": {"tests/": ["DES"], "*.md": ["DES002"]}})
    findings = (
        DES001.finding("a", path="tests/deep/test_x.py", line=1),
        DES002.finding("b", path="docs/guide/page.md", line=1),
        DES002.finding("c", path="src/app/tests.py", line=1),
    )
    (result,) = apply_rule_control(_check(*findings), control, BUILTIN, _text)
    assert [finding.path for finding in result.findings] == ["src/app/tests.py"]
    assert result.suppressed == 2


def test_inline_comments_switch_off_mason_rules_on_their_line_only() -> None:
    path = "src/app/shapes.py"
    findings = (
        DES001.finding("a", path=path, line=1),
        DES002.finding("b", path=path, line=1),
        DES003.finding("in a string, not a comment", path=path, line=2),
        DES003.finding("c", path=path, line=3),
        TYP010.finding("a tool's finding: its own ignore comment applies", path=path, line=4),
        RUFF.rule("E501").finding("ruff has noqa", path=path, line=1),
        DES002.finding("markdown comment", path="docs/notes.md", line=1),
        DES001.finding("no file", path="gone.py", line=1),
    )
    (result,) = apply_rule_control(_check(*findings), _control(), BUILTIN, _text)
    assert [(finding.rule, finding.line) for finding in result.findings] == [
        ("DES003", 2),
        ("TYP010", 4),
        ("E501", 1),
        ("DES001", 1),
    ]
    assert result.suppressed == 4
