# @file template_update.py
# @path src/mason/services/upgrade/template_update.py
# @version 0.1.0
"""``mason upgrade`` for a mason-made project, from start to end: decide, plan, apply.

A project already at the target version is answered from the answers file alone, without
importing copier (most of a second); only an update that is due pays for it.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from mason.domain.change_kind import ChangeKind
from mason.domain.file_change import FileChange
from mason.domain.verification import Verification
from mason.services.upgrade.preconditions import require_clean, update_target

type Conflicts = Literal["inline", "rej"]


@dataclass(frozen=True, slots=True)
class UpgradeResult:
    """Where the project was, where it went, and what changed (or would, with ``pretend``)."""

    root: Path
    current: int
    target: int
    changes: tuple[FileChange, ...] = ()
    applied: bool = False
    verification: Verification | None = None
    """What was checked on the update's trial copy (``None``: nothing was applied)."""

    @property
    def up_to_date(self) -> bool:
        """Return whether the project was already at the target version."""
        return self.current == self.target

    @property
    def conflicts(self) -> tuple[FileChange, ...]:
        """Return the files left with conflicts."""
        return tuple(change for change in self.changes if change.kind is ChangeKind.CONFLICTED)


def template_status(path: Path) -> UpgradeResult:
    """Return where the mason-made project at ``path`` is, and the newest version (no changes).

    Raises:
        ProjectError: not a git repository, or not made by mason.
        ConfigError: the answers file is broken.
        UsageError: the project is newer than this mason, or at a version it cannot rebuild.

    """
    target = update_target(path, None)
    return UpgradeResult(target.root, target.recorded.version, target.target)


def upgrade_project(
    path: Path,
    *,
    to: int | None = None,
    pretend: bool = False,
    conflict: Conflicts = "inline",
    trust: bool = False,
) -> UpgradeResult:
    """Update the mason-made project at ``path`` to template version ``to`` (default: newest).

    Raises:
        ProjectError: not a git repository, not made by mason, or a dirty working tree.
        UsageError: ``to`` is unknown or a downgrade.
        ConfigError: the answers file is broken.

    """
    target = update_target(path, to)
    current = target.recorded.version
    if target.current:
        return UpgradeResult(target.root, current, target.target)
    require_clean(target.root)
    # copier's import costs most of a second: only an update that is due pays for it
    from mason.services.upgrade import update  # noqa: PLC0415 - see above

    predicted = update.plan(target, trust=trust)
    if pretend:
        return UpgradeResult(target.root, current, target.target, tuple(predicted))
    outcome = update.apply(target, predicted, conflict=conflict, trust=trust)
    return UpgradeResult(
        target.root,
        current,
        target.target,
        outcome.changes,
        applied=True,
        verification=outcome.verification,
    )
