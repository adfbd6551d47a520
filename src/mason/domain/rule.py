# @file rule.py
# @path src/mason/domain/rule.py
# @version 0.1.0
"""A documented rule: what ``mason explain RULE`` prints and what SARIF's rules list holds."""

from pydantic import BaseModel, ConfigDict

from mason.domain.config import CheckName
from mason.domain.severity import Severity


class Rule(BaseModel):
    """One rule of the standard: its id, check, title, why, where it comes from, how to fix."""

    model_config = ConfigDict(frozen=True)

    id: str
    check: CheckName
    title: str
    rationale: str
    seed: str
    fix: str
    severity: Severity = Severity.ERROR
