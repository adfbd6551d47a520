# @file rule_family.py
# @path src/mason/domain/rule_family.py
# @version 0.1.0
"""Rules a tool defines and documents itself (ruff's codes), reported under the tool's own ids.

mason does not copy ruff's 900 rules into its registry: a family says which ids belong to the
tool and makes a ``Rule`` for any of them on demand, pointing at the tool's own documentation.
"""

import re

from pydantic import BaseModel, ConfigDict

from mason.domain.rule import Rule


class RuleFamily(BaseModel):
    """Every id matching ``pattern`` is a rule of ``tool``, reported by ``check``."""

    model_config = ConfigDict(frozen=True)

    check: str
    tool: str
    pattern: str
    """A regular expression that the tool's ids match in full (``E501``, ``PLR2004``)."""
    seed: str
    help_uri: str
    """The documentation address; ``{code}`` and ``{lower}`` stand for the id."""
    explain: str
    """The command that explains one rule; ``{code}`` stands for the id."""

    def matches(self, rule_id: str) -> bool:
        """Return whether ``rule_id`` has the shape of this tool's ids."""
        return re.fullmatch(self.pattern, rule_id) is not None

    def rule(self, code: str) -> Rule:
        """Return the rule for the tool's ``code``."""
        return Rule(
            id=code,
            check=self.check,
            title=f"{self.tool} rule {code}",
            rationale=f"{self.tool} documents this rule; the standard keeps {self.tool}'s "
            "rules instead of writing them again.",
            seed=self.seed,
            fix=f"See `{self.explain.format(code=code)}` for the rule's rationale and fix.",
            help_uri=self.help_uri.format(code=code, lower=code.lower()),
            tool=self.tool,
        )
