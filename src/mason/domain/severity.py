# @file severity.py
# @path src/mason/domain/severity.py
# @version 0.1.0
"""How much a finding matters."""

from enum import StrEnum


class Severity(StrEnum):
    """An ``error`` fails its check; a ``warning`` is reported and does not."""

    ERROR = "error"
    WARNING = "warning"
