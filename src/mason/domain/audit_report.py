# @file audit_report.py
# @path src/mason/domain/audit_report.py
# @version 0.1.0
"""The audit report (a contract: ``--format json`` is this model, serialized).

``passed`` is computed from the checks, and the exit code from their statuses, so the JSON a
CI script reads can never disagree with the exit code it sees. Fields are only ever added; a
removal or a change of meaning bumps ``schema_version``.
"""

from pydantic import BaseModel, ConfigDict, computed_field

from mason.domain.base_ref import BaseRef
from mason.domain.check_result import CheckResult
from mason.domain.check_status import CheckStatus
from mason.domain.exit_codes import ExitCode
from mason.domain.shard import Shard

SCHEMA_VERSION = 1


class AuditReport(BaseModel):
    """Everything one ``mason audit`` found, in the order the checks are listed."""

    model_config = ConfigDict(frozen=True, use_attribute_docstrings=True)

    schema_version: int = SCHEMA_VERSION
    mason_version: str
    root: str
    duration_s: float
    checks: tuple[CheckResult, ...]
    baseline: str | None = None
    """The baseline file the findings were compared with, if any."""
    resolved: int = 0
    """Baseline entries that no longer occur (fixed since the baseline was written)."""
    base: BaseRef | None = None
    """With ``--changed-since``: the merge-base the findings were compared with."""
    repository_path: str | None = None
    """Where ``root`` lies in its git repository (``packages/api``; ``.`` at the top), when it
    lies in one: code scanning and pull-request annotations want repository-relative paths."""
    focus: tuple[str, ...] | None = None
    """With ``--files``: the files (relative to ``root``) the per-file checks were narrowed to;
    the other checks looked at the whole project."""
    shard: Shard | None = None
    """With ``--shard I/N``: the slice this report covers; ``mason audit merge`` joins the
    reports of every shard into one (which has no ``shard``)."""
    tree: str | None = None
    """With ``--shard I/N``: the SHA-256 of the audited files (paths and contents) and the
    checks run; ``mason audit merge`` joins only shards of one tree."""

    def repository_relative(self, path: str) -> str:
        """Return ``path`` (relative to ``root``) relative to the repository's top instead."""
        prefix = self.repository_path
        return path if prefix in {None, "", "."} else f"{prefix}/{path}"

    @computed_field  # type: ignore[prop-decorator] # pydantic's documented form; mypy cannot see through it
    @property
    def passed(self) -> bool:
        """Return whether every check passed or was skipped."""
        return self.exit_code is ExitCode.OK

    @property
    def exit_code(self) -> ExitCode:
        """Return 1 if any check failed, else 3 if any could not run, else 0."""
        statuses = {check.status for check in self.checks}
        if CheckStatus.FAIL in statuses:
            return ExitCode.FAILED
        if CheckStatus.ERROR in statuses:
            return ExitCode.COULD_NOT_RUN
        return ExitCode.OK

    @property
    def suppressed(self) -> int:
        """Return how many findings rule-level configuration switched off."""
        return sum(check.suppressed for check in self.checks)

    @property
    def existing(self) -> int:
        """Return how many findings the baseline or the base already had."""
        return sum(len(check.existing) for check in self.checks)
