# @file rule_control.py
# @path src/mason/services/audit/rule_control.py
# @version 0.1.0
"""Rule-level control: ``select``, ``ignore``, ``per-file-ignores`` and inline comments.

Every rule id or prefix the configuration names is checked against the registry (and ruff's own
rule list for ruff's codes) before anything runs: an unknown one is exit 2 with the closest id.
Findings that ``select`` leaves out are not reported; findings switched off by ``ignore``,
``per-file-ignores`` or a ``# mason: ignore[RULE]`` comment on their line are counted as
suppressed (never silently dropped). Inline comments work for mason's own analyses only: the
tools have theirs (``# noqa``, ``# type: ignore``), and the typing check counts those.
"""

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from mason.checks.comments import comments_by_line
from mason.domain.check_result import CheckResult
from mason.domain.config import MasonConfig
from mason.domain.errors import ConfigError
from mason.domain.finding import Finding
from mason.domain.patterns import matches
from mason.domain.registry import Registry, selects
from mason.domain.unreadable import Unreadable

_INLINE = re.compile(r"mason:\s*ignore\[(?P<rules>[^\]]*)\]")

type TextOf = Callable[[str], str | Unreadable]


@dataclass(frozen=True, slots=True)
class RuleControl:
    """The validated rule selection of one project."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def selected(self, rule_id: str) -> bool:
        """Return whether ``rule_id`` is reported at all."""
        return not self.select or any(selects(selector, rule_id) for selector in self.select)

    def ignored(self, finding: Finding) -> bool:
        """Return whether ``ignore`` or ``per-file-ignores`` switch ``finding`` off."""
        if any(selects(selector, finding.rule) for selector in self.ignore):
            return True
        path = finding.path
        return path is not None and any(
            matches(path, (pattern,)) and any(selects(rule, finding.rule) for rule in rules)
            for pattern, rules in self.per_file
        )


def _validate(
    selectors: Iterable[tuple[str, str]],
    registry: Registry,
    tool_codes: Callable[[], frozenset[str]],
) -> None:
    problems: list[str] = []
    for key, selector in selectors:
        wanted = selector.strip().upper()
        if registry.covers_native(wanted):
            continue
        family = registry.family_for(wanted)
        codes = tool_codes() if family is not None else frozenset[str]()
        if family is not None and (not codes or any(code.startswith(wanted) for code in codes)):
            continue  # a ruff code (or prefix) ruff knows, or a ruff that cannot list its rules
        close = registry.closest(wanted, codes)
        guess = f"; did you mean {close}?" if close else ""
        problems.append(f"{key}: no rule {selector!r}{guess}")
    if problems:
        listed = problems[0] if len(problems) == 1 else "".join(f"\n  - {p}" for p in problems)
        msg = f"unknown rule in [tool.mason]: {listed}"
        raise ConfigError(msg, hint="`mason explain` lists mason's rules; `ruff rule --all` ruff's")


def rule_control(
    config: MasonConfig, registry: Registry, tool_codes: Callable[[], frozenset[str]]
) -> RuleControl:
    """Return the project's rule control, every id validated.

    ``tool_codes`` returns ruff's rule codes; it runs only when the configuration names one.

    Raises:
        ConfigError: naming each unknown rule id and the closest known one.

    """
    named = [
        *(("select", selector) for selector in config.select),
        *(("ignore", entry.rule) for entry in config.ignore),
        *(
            (f"per-file-ignores[{pattern!r}]", rule)
            for pattern, rules in config.per_file_ignores.items()
            for rule in rules
        ),
    ]
    _validate(named, registry, tool_codes)
    return RuleControl(
        select=tuple(config.select),
        ignore=tuple(entry.rule for entry in config.ignore),
        per_file=tuple(
            (pattern, tuple(rules)) for pattern, rules in config.per_file_ignores.items()
        ),
    )


class _InlineComments:
    """The ``# mason: ignore[...]`` rules on each line, read once per file."""

    def __init__(self, text_of: TextOf) -> None:
        self._text_of = text_of
        self._by_path: dict[str, dict[int, tuple[str, ...]]] = {}

    def rules_at(self, path: str, line: int) -> tuple[str, ...]:
        if path not in self._by_path:
            text = self._text_of(path)
            found: dict[int, tuple[str, ...]] = {}
            if isinstance(text, str):
                comments = (
                    comments_by_line(text)
                    if path.endswith((".py", ".pyi"))
                    else dict(enumerate(text.splitlines(), start=1))
                )
                for number, comment in comments.items():
                    match = _INLINE.search(comment)
                    if match:
                        rules = (rule.strip() for rule in match["rules"].split(","))
                        found[number] = tuple(rule for rule in rules if rule)
            self._by_path[path] = found
        return self._by_path[path].get(line, ())


def apply_rule_control(
    results: Sequence[CheckResult], control: RuleControl, registry: Registry, text_of: TextOf
) -> list[CheckResult]:
    """Drop unselected findings and count the suppressed ones, check by check."""
    inline = _InlineComments(text_of)
    controlled: list[CheckResult] = []
    for result in results:
        kept: list[Finding] = []
        suppressed = 0
        for finding in result.findings:
            if not control.selected(finding.rule):
                continue
            rule = registry.rule(finding.rule)
            commented = (
                rule is not None
                and rule.tool is None
                and finding.path is not None
                and finding.line is not None
                and any(
                    selects(selector, finding.rule)
                    for selector in inline.rules_at(finding.path, finding.line)
                )
            )
            if commented or control.ignored(finding):
                suppressed += 1
            else:
                kept.append(finding)
        update = {"findings": tuple(kept), "suppressed": result.suppressed + suppressed}
        controlled.append(result.model_copy(update=update))
    return controlled
