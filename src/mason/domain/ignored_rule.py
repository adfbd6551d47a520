# @file ignored_rule.py
# @path src/mason/domain/ignored_rule.py
# @version 0.1.0
"""One entry of ``[tool.mason].ignore``: a rule switched off, and the reason a reader needs."""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

type Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class IgnoredRule(BaseModel):
    """``{ rule = "DES001", reason = "..." }``: a rule (or a prefix such as ``DES``) turned off."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    rule: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    """The rule id or prefix (``DES001``, ``DES``, ``F401``)."""
    reason: Reason
    """Why it is off, for the next reader (required)."""
