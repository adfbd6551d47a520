# @file registry.py
# @path src/mason/domain/registry.py
# @version 0.1.0
"""The registry: every check (mason's and plugins'), every rule, and the ids they may emit.

Everything that lists checks or rules is derived from here: the check names the command line
accepts, ``--help``, SARIF's tool table, ``mason explain`` and docs/rules.md. An id that is not
in the registry (a native id, or one a tool's rule family claims) cannot be emitted unnoticed:
the audit reports it as a bug in the check that made it.
"""

import difflib
import re
from collections.abc import Iterable, Sequence

from pydantic import BaseModel

from mason.domain.check import Check
from mason.domain.errors import ConfigError
from mason.domain.rule import Rule
from mason.domain.rule_family import RuleFamily

_PREFIX = re.compile(r"^[A-Z]+")
_SELECTOR = re.compile(r"[A-Z]+[0-9]*")


def _prefix(rule_id: str) -> str:
    found = _PREFIX.match(rule_id)
    return found.group(0) if found else ""


class Registry:
    """The checks in report order, and their rules by id."""

    def __init__(self, checks: Sequence[Check]) -> None:
        """Index ``checks``; refuse duplicate check names and rule ids.

        Raises:
            ConfigError: two checks share a name, or two rules share an id, or a rule claims a
                check it is not listed in (a plugin that clashes with mason or another plugin).

        """
        self.checks = tuple(checks)
        self._by_name: dict[str, Check] = {}
        self._rules: dict[str, Rule] = {}
        for check in self.checks:
            if check.name in self._by_name:
                other = self._by_name[check.name].origin
                msg = f"two checks are named {check.name!r} (from {other} and {check.origin})"
                raise ConfigError(msg, hint="uninstall one of the plugins")
            self._by_name[check.name] = check
            for rule in check.rules:
                if rule.id in self._rules:
                    msg = (
                        f"rule {rule.id} is defined twice (check {check.name!r} of {check.origin})"
                    )
                    raise ConfigError(msg, hint="a plugin's rule ids must not clash with others")
                if rule.check != check.name:
                    msg = (
                        f"rule {rule.id} names check {rule.check!r} but is listed in {check.name!r}"
                    )
                    raise ConfigError(msg, hint=f"fix the plugin {check.origin}")
                self._rules[rule.id] = rule
        self._native_prefixes = frozenset(_prefix(rule_id) for rule_id in self._rules)

    @property
    def names(self) -> tuple[str, ...]:
        """Return every check's name, in report order."""
        return tuple(check.name for check in self.checks)

    @property
    def per_file(self) -> tuple[str, ...]:
        """Return what judges files one by one, which ``--files`` narrows to the files named.

        A check whose every unit does is named alone (``lint``); one with some such units is
        named with them (``logging (log calls)``).
        """
        named: list[str] = []
        for check in self.checks:
            units = [
                unit.name
                for unit in check.units
                if unit.subjects and not unit.keeps_files and not unit.reads_imports
            ]
            if units:
                whole = len(units) == len(check.units)
                named.append(check.name if whole else f"{check.name} ({', '.join(units)})")
        return tuple(named)

    @property
    def settings(self) -> dict[str, type[BaseModel]]:
        """Return each check's settings model, by check name (checks without settings left out)."""
        return {check.name: check.settings for check in self.checks if check.settings is not None}

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Return every native rule (not the tools' own), in report order."""
        return tuple(self._rules.values())

    def check(self, name: str) -> Check:
        """Return the check called ``name``.

        Raises:
            KeyError: there is no such check (callers validate names first).

        """
        return self._by_name[name]

    def rule(self, rule_id: str) -> Rule | None:
        """Return the rule ``rule_id`` (case-insensitive): native, or from a tool's family."""
        wanted = rule_id.strip().upper()
        native = self._rules.get(wanted)
        if native is not None or _prefix(wanted) in self._native_prefixes:
            return native
        for check in self.checks:
            for family in check.families:
                if family.matches(wanted):
                    return family.rule(wanted)
        return None

    def family_for(self, selector: str) -> RuleFamily | None:
        """Return the tool family whose ids ``selector`` (an id or a prefix) can only mean."""
        wanted = selector.strip().upper()
        if not _SELECTOR.fullmatch(wanted) or _prefix(wanted) in self._native_prefixes:
            return None
        return next((family for check in self.checks for family in check.families), None)

    def covers_native(self, selector: str) -> bool:
        """Return whether some native rule id starts with ``selector``."""
        wanted = selector.strip().upper()
        return bool(wanted) and any(rule_id.startswith(wanted) for rule_id in self._rules)

    def closest(self, selector: str, extra: Iterable[str] = ()) -> str | None:
        """Return the known id closest to ``selector``, for "did you mean" hints."""
        candidates = [*self._rules, *extra]
        found = difflib.get_close_matches(selector.strip().upper(), candidates, n=1)
        return found[0] if found else None

    def checks_for(self, selectors: Iterable[str]) -> frozenset[str]:
        """Return the checks that own at least one rule some selector covers."""
        owners: set[str] = set()
        for selector in selectors:
            wanted = selector.strip().upper()
            family = self.family_for(wanted)
            for check in self.checks:
                if family is not None and family in check.families:
                    owners.add(check.name)
                if any(rule.id.startswith(wanted) for rule in check.rules):
                    owners.add(check.name)
        return frozenset(owners)


def selects(selector: str, rule_id: str) -> bool:
    """Return whether ``selector`` (an id, or a prefix such as ``DES``) covers ``rule_id``."""
    wanted = selector.strip().upper()
    return bool(wanted) and rule_id.upper().startswith(wanted)
