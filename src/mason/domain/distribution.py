# @file distribution.py
# @path src/mason/domain/distribution.py
# @version 0.1.0
"""A built distribution's metadata: what ``pip install`` sees of a project."""

from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True)
class Distribution:
    """The core metadata fields adoption must never change (PEP 566 names)."""

    name: str
    version: str
    requires_python: str | None
    requires_dist: tuple[str, ...]
    provides_extra: tuple[str, ...]
    entry_points: str
    """``entry_points.txt`` as the backend wrote it (console scripts, plugins)."""

    def differences(self, other: "Distribution") -> list[str]:
        """Return each field that differs, as ``name: 'a' -> 'b'``."""
        return [
            f"{item.name.replace('_', '-')}: {getattr(self, item.name)!r} -> "
            f"{getattr(other, item.name)!r}"
            for item in fields(self)
            if getattr(self, item.name) != getattr(other, item.name)
        ]
