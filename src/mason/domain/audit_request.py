# @file audit_request.py
# @path src/mason/domain/audit_request.py
# @version 0.1.0
"""What one ``mason audit`` run was asked to do."""

from dataclasses import dataclass
from pathlib import Path

from mason.domain.config import CheckName
from mason.domain.shard import Shard


@dataclass(frozen=True, slots=True)
class AuditRequest:
    """The options of ``mason audit``, after the command line has been parsed."""

    path: Path
    checks: tuple[CheckName, ...] = ()
    """Only these checks (empty: the configured ones)."""
    skip: tuple[CheckName, ...] = ()
    jobs: int = 1
    use_cache: bool = True
    fix: bool = False
    sync: bool = False
    baseline: Path | None = None
    write_baseline: bool = False
    changed_since: str | None = None
    coverage_file: Path | None = None
    files: tuple[Path, ...] | None = None
    """``--files``: the per-file checks look at these files only (``None``: every file)."""
    shard: Shard | None = None
    """``--shard I/N``: audit this slice only; ``mason audit merge`` joins the slices."""
    shard_dir: Path | None = None
    """Where a shard writes its report and test data (default: in the audit cache)."""
