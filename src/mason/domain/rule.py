# @file rule.py
# @path src/mason/domain/rule.py
# @version 0.1.0
"""A rule is a value: its id, check, severity and documentation, and the findings it makes.

Severity is stated once, on the rule; a finding can only be made through ``Rule.finding``, so
every id a check emits is an id the registry knows (a test walks the source to prove it).
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict

from mason.domain.finding import Finding
from mason.domain.severity import Severity


class Rule(BaseModel):
    """One rule of the standard: id, check, title, why, where it comes from, how to fix it."""

    model_config = ConfigDict(frozen=True)

    id: str
    check: str
    title: str
    rationale: str
    seed: str
    fix: str
    severity: Severity = Severity.ERROR
    help_uri: str | None = None
    """Where the rule is documented; mason's own rules are at their anchor of docs/rules.md."""
    tool: str | None = None
    """The tool whose output the rule reports (``mypy``); ``None`` for mason's own analyses,
    the only ones a ``# mason: ignore[RULE]`` comment may switch off (tools have their own)."""
    scope: Literal["line", "file"] = "line"
    """What a finding is about: its line (the line's text identifies it across edits) or its
    whole file (a missing header: an edit of the line it points at leaves it the same)."""

    def documentation(self, rules_page: str | None) -> str | None:
        """Return the rule's documentation address, given where docs/rules.md is (if known).

        mason's docs live wherever the running mason came from (its git repository at the
        commit, its directory), never at an address fixed here: a fixed owner names a
        stranger's account the day someone registers it.
        """
        if self.help_uri:
            return self.help_uri
        return f"{rules_page}#{self.id.lower()}" if rules_page else None

    def finding(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        code: str | None = None,
    ) -> Finding:
        """Return a finding of this rule at ``path:line:column`` (all optional)."""
        return Finding(
            rule=self.id,
            severity=self.severity,
            path=path,
            line=line,
            column=column,
            message=message,
            code=code,
        )
