# @file expectation.py
# @path src/mason/checks/headers/expectation.py
# @version 0.1.0
"""What a correct header says for one file."""

from collections.abc import Sequence
from dataclasses import dataclass

from mason.checks.headers.settings import HeaderField

HEADER_ORDER: tuple[HeaderField, ...] = ("file", "path", "version", "description")


@dataclass(frozen=True, slots=True)
class Expected:
    """What a correct header says for one file."""

    path: str
    version: str | None
    fields: Sequence[HeaderField] = HEADER_ORDER

    @property
    def name(self) -> str:
        """Return the file name, the last part of ``path``."""
        return self.path.rsplit("/", 1)[-1]

    def value(self, tag: HeaderField) -> str | None:
        """Return the value ``tag`` must have, or ``None`` when any value will do."""
        return {"file": self.name, "path": self.path, "version": self.version}.get(tag)
