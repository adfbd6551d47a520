# @file baseline_file.py
# @path src/mason/domain/baseline_file.py
# @version 0.1.0
"""The baseline file (``.mason-baseline.json``): accepted findings and ratcheted metrics."""

from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field

from mason.domain.baseline_entry import BaselineEntry

FORMAT_VERSION = 2
"""2: findings without a line are fingerprinted with their numbers masked (1: as printed)."""


class BaselineFile(BaseModel):
    """What ``mason audit --write-baseline`` writes and ``--baseline`` reads."""

    model_config = ConfigDict(frozen=True)

    version: int = FORMAT_VERSION
    mason_version: str
    findings: tuple[BaselineEntry, ...] = ()
    metrics: Mapping[str, float] = Field(default_factory=dict[str, float])
