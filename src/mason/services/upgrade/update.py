# @file update.py
# @path src/mason/services/upgrade/update.py
# @version 0.1.0
"""Update a mason-made project to a newer template version, losing nothing the user wrote.

mason renders the recorded and the target version pristine, classifies every template file
and predicts each three-way merge with ``git merge-file`` (that is the ``--pretend`` preview);
then the update is computed aside and its invariants checked (``update_trial.py``), and only
then does copier's ``run_update`` update the project, which must come out as the trial showed.
Conflicts are left as standard git conflicts (markers and unmerged index entries) or ``.rej``
files; a failure or Ctrl-C resets the project's folder to exactly what it was.
"""

import difflib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from mason.adapters import stop
from mason.adapters.copier_update import ConflictMode, render_version, update
from mason.adapters.git import dirty_paths, git, repository_root
from mason.adapters.process import run
from mason.adapters.staging import files_under
from mason.adapters.template_repo import CACHE_PATH, ensure_template_repo
from mason.checks.upgrade_plan import Tree, classify
from mason.domain.change_kind import ChangeKind
from mason.domain.errors import ToolError
from mason.domain.file_change import FileChange
from mason.domain.verification import Verification
from mason.services.upgrade.preconditions import UpdateTarget, require_clean
from mason.services.upgrade.update_trial import StagedUpdate, conflicted_files, stage_update

MERGE_TIMEOUT = 60


@dataclass(frozen=True, slots=True)
class UpdateOutcome:
    """The classified changes of an update (predicted for ``--pretend``, actual otherwise)."""

    changes: tuple[FileChange, ...]
    applied: bool
    verification: Verification = field(default_factory=Verification)
    """What was checked on the staged update, what could not be, and what was left out."""

    @property
    def conflicts(self) -> tuple[FileChange, ...]:
        """Return the conflicted files."""
        return tuple(change for change in self.changes if change.kind is ChangeKind.CONFLICTED)


def _tree(root: Path, paths: list[str]) -> dict[str, bytes]:
    return {path: (root / path).read_bytes() for path in paths if (root / path).is_file()}


def _text(content: bytes | None) -> list[str]:
    return (content or b"").decode("utf-8", errors="replace").splitlines(keepends=True)


def _diff(path: str, before: bytes | None, after: bytes | None) -> str:
    return "".join(difflib.unified_diff(_text(before), _text(after), f"a/{path}", f"b/{path}", n=2))


def _merge(scratch: Path, path: str, mine: bytes, base: bytes, theirs: bytes) -> tuple[bool, bytes]:
    """Return whether ``git merge-file`` merges cleanly, and its result."""
    folder = scratch / "merge"
    folder.mkdir(exist_ok=True)
    for name, content in (("mine", mine), ("base", base), ("theirs", theirs)):
        (folder / name).write_bytes(content)
    completed = run(
        [
            "git",
            "merge-file",
            "-p",
            "-L",
            f"{path} (yours)",
            "-L",
            "base",
            "-L",
            f"{path} (template)",
            "mine",
            "base",
            "theirs",
        ],
        cwd=folder,
        timeout=MERGE_TIMEOUT,
    )
    return completed.returncode == 0, completed.stdout.encode("utf-8")


def _predict(old: Tree, new: Tree, project: Tree, scratch: Path) -> list[FileChange]:
    changes: list[FileChange] = []
    for path, planned in classify(old, new, project).items():
        mine, before, after = project.get(path), old.get(path), new.get(path)
        if planned is None:
            clean, merged = _merge(scratch, path, mine or b"", before or b"", after or b"")
            kind = ChangeKind.MERGED if clean else ChangeKind.CONFLICTED
            changes.append(FileChange(path, kind, _diff(path, mine, merged)))
        elif planned is ChangeKind.UNCHANGED:
            changes.append(FileChange(path, planned))
        else:
            changes.append(FileChange(path, planned, _diff(path, mine, after)))
    return changes


def plan(target: UpdateTarget, *, trust: bool = False) -> list[FileChange]:
    """Return what updating ``target`` would do to each template file (nothing is written)."""
    source = target.recorded.source
    if source == CACHE_PATH:
        ensure_template_repo()
    with tempfile.TemporaryDirectory(prefix="mason-upgrade-") as scratch:
        old_dir, new_dir = Path(scratch) / "old", Path(scratch) / "new"
        render_version(
            source, target.recorded.version, target.recorded.answers, old_dir, trust=trust
        )
        render_version(source, target.target, target.recorded.answers, new_dir, trust=trust)
        old = _tree(old_dir, files_under(old_dir))
        new = _tree(new_dir, files_under(new_dir))
        project = _tree(target.root, sorted(set(old) | set(new)))
        return _predict(old, new, project, Path(scratch))


def _restore(root: Path) -> None:
    """Put the project back exactly as it was (it was clean before the update).

    Only the project's folder: in a monorepo the rest of the repository is not mason's, and may
    hold uncommitted work (``git reset --hard`` would throw it away).
    """
    with stop.shielded():
        git("restore", "--source=HEAD", "--staged", "--worktree", "--", ".", cwd=root)
        git("clean", "-fd", "--quiet", "--", ".", cwd=root)


def _require_inside(root: Path, already: set[str]) -> None:
    """Refuse (and undo) an update that changed anything outside the project's folder.

    Raises:
        ToolError: naming the files; they are put back.

    """
    outside = _outside(root, already)
    if not outside:
        return
    top = repository_root(root)
    for path in outside:
        tracked = git("ls-files", "--", path, cwd=top).stdout.strip()
        if tracked:
            git("restore", "--source=HEAD", "--staged", "--worktree", "--", path, cwd=top)
        else:
            (top / path).unlink(missing_ok=True)
    msg = f"the update changed files outside the project: {', '.join(outside[:5])}"
    raise ToolError(msg, hint="nothing was kept; please report this to mason's maintainers")


def _outside(root: Path, already: set[str]) -> list[str]:
    """Return what changed in the repository outside the project ``root`` (git's paths)."""
    top = repository_root(root)
    prefix = root.resolve().relative_to(top.resolve()).as_posix()
    changed = set(dirty_paths(top)) - already
    return sorted(path for path in changed if prefix != "." and not path.startswith(f"{prefix}/"))


def _leave_out(root: Path, paths: frozenset[str]) -> None:
    """Give the files whose update broke an invariant back their committed version."""
    for path in sorted(paths):
        if git("ls-files", "--", path, cwd=root).stdout.strip():
            git("restore", "--source=HEAD", "--staged", "--worktree", "--", path, cwd=root)
        else:
            (root / path).unlink(missing_ok=True)


def _as_staged(root: Path, staged: StagedUpdate) -> None:
    """Refuse an update that wrote other than its trial showed (the trial is what was checked).

    Raises:
        ToolError: naming the files; the caller puts the project back.

    """
    differ = [
        path
        for path, text in staged.changed.items()
        if path not in staged.left_out and text is not None
        and not ((root / path).is_file() and (root / path).read_bytes() == text.encode("utf-8"))
    ]  # fmt: skip
    if differ:
        msg = f"the update wrote other than its checked trial: {', '.join(sorted(differ)[:5])}"
        raise ToolError(msg, hint="nothing was kept; please report this to mason's maintainers")


def apply(
    target: UpdateTarget,
    predicted: list[FileChange],
    *,
    conflict: ConflictMode,
    trust: bool = False,
) -> UpdateOutcome:
    """Run copier's update and return the actual changes (conflicts as git reports them).

    The update is tried on a copy first; files whose update breaks an invariant there keep the
    user's version.
    """
    require_clean(target.root)
    staged = stage_update(target, conflict=conflict, trust=trust)
    already = set(dirty_paths(repository_root(target.root)))
    try:
        update(target.root, target.target, conflict=conflict, trust=trust)
        _require_inside(target.root, already)
        _leave_out(target.root, staged.left_out)
        _as_staged(target.root, staged)
    except BaseException:
        _restore(target.root)
        raise
    conflicted = conflicted_files(target.root)
    changes: list[FileChange] = []
    for change in predicted:
        if change.path in conflicted:
            kind = ChangeKind.CONFLICTED
        elif change.kind is ChangeKind.CONFLICTED:
            kind = ChangeKind.MERGED  # copier's merge resolved what git merge-file could not
        else:
            kind = change.kind
        note = (
            f"see {change.path}.rej" if conflict == "rej" and kind is ChangeKind.CONFLICTED else ""
        )
        if change.path in staged.left_out:
            kind, note = ChangeKind.UNCHANGED, "left out: it broke an invariant"
        changes.append(FileChange(change.path, kind, change.diff, note))
    return UpdateOutcome(tuple(changes), applied=True, verification=staged.verification)
