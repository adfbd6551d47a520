# @file update_trial.py
# @path src/mason/services/upgrade/update_trial.py
# @version 0.1.0
"""A template update computed aside and checked before the project sees it.

copier's update runs first on a copy of the project (a repository of its own); every file it
changes becomes an edit, and adoption's invariants are checked on those edits (``verify``):
the same metadata, every check that ran still runs, every test that passed still passes. An
edit that breaks one is left out (the file keeps the user's version) and named. An update that
leaves conflicts is not checked: they are the user's to resolve, and the report says so. Only
then does the real update run (``update.apply``), and what it writes must be what the copy
showed.
"""

import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from mason.adapters.build_metadata import MetadataBuilder
from mason.adapters.copier_update import ConflictMode, update
from mason.adapters.git import dirty_paths, git, init_and_commit
from mason.adapters.tools.environment import environment
from mason.adapters.tools.uv import uv
from mason.adapters.tree_copy import copy_project
from mason.domain.distribution import Distribution
from mason.domain.errors import ToolError
from mason.domain.invariants import Edit, Invariant
from mason.domain.verification import Verification
from mason.services.upgrade.preconditions import UpdateTarget, adoption_scope
from mason.services.upgrade.verify import Staging, project_settings, verify

IDENTITY = ("mason", "mason@localhost")
"""Who commits the copy's one commit, where git knows nobody."""


@dataclass(frozen=True, slots=True)
class StagedUpdate:
    """What the update did to the copy, and what the invariants allowed of it."""

    changed: Mapping[str, str | None] = field(default_factory=dict[str, str | None])
    """Each file the update changed: its new text (``None``: removed, or not text)."""
    conflicted: frozenset[str] = frozenset()
    """Files the update left with conflicts (markers or ``.rej``), by their paths."""
    left_out: frozenset[str] = frozenset()
    """Files whose update broke an invariant: they keep the user's version."""
    verification: Verification = field(default_factory=Verification)


def conflicted_files(root: Path) -> frozenset[str]:
    """Return the files git reports unmerged, and those with a ``.rej`` beside them."""
    unmerged = git("diff", "--name-only", "--diff-filter=U", cwd=root, check=False).stdout
    rejected = git("ls-files", "--others", "--exclude-standard", "--", "*.rej", cwd=root)
    names = {*unmerged.split(), *(name.removesuffix(".rej") for name in rejected.stdout.split())}
    return frozenset(names)


def _text(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8") if path.is_file() else None
    except (OSError, UnicodeDecodeError):
        return None


def _environment_for(updated: Distribution, project: Path, target: Path) -> Path | None:
    """Return an environment like the project's, plus what the updated project requires.

    The update may add a dependency (a logging library the new template uses) that the
    project's environment lacks until the user syncs it; the edited copy's tests run with it,
    so (d) compares the code, not a missing ``uv sync``. ``None``: it could not be made.
    """
    python = environment(project).python
    if not python.is_file():
        return None
    made = uv("venv", "-q", "--python", str(python), str(target), cwd=project)
    frozen = uv("pip", "freeze", "--python", str(python), cwd=project)
    if not made.ok or not frozen.ok:
        return None
    kept = [
        line
        for line in frozen.stdout.splitlines()
        if line and not line.startswith(("-e", "#")) and " @ file:" not in line
    ]
    installer = ["pip", "install", "-q", "--python", str(target / "bin" / "python")]
    for requirements in (kept, list(updated.requires_dist)):
        if requirements and not uv(*installer, *requirements, cwd=project).ok:
            return None
    return target


def stage_update(
    target: UpdateTarget, *, conflict: ConflictMode, trust: bool = False
) -> StagedUpdate:
    """Run the update on a copy of ``target``'s project and check its invariants there.

    Raises:
        ToolError: the update fails on the copy, or an invariant breaks and no file of the
            update explains it (the project has not been touched).

    """
    scope = adoption_scope(target.root)
    with (
        tempfile.TemporaryDirectory(prefix="mason-update-") as scratch_name,
        MetadataBuilder() as builder,
    ):
        scratch = Path(scratch_name)
        copy = copy_project(scope.project, scratch / "update", venv=None)
        init_and_commit(copy, "the project before the update", fallback_identity=IDENTITY)
        update(copy, target.target, conflict=conflict, trust=trust)
        conflicts = conflicted_files(copy)
        changed = {
            path: _text(copy / path)
            for path in dirty_paths(copy)
            if not path.endswith(".rej") or path.removesuffix(".rej") not in conflicts
        }
        if conflicts:
            report = Verification()
            report.unchecked[Invariant.TESTS] = (
                "the update leaves conflicts to resolve; `mason audit` checks the project once "
                "they are resolved"
            )
            return StagedUpdate(changed, conflicts, verification=report)
        writes = {path: text for path, text in changed.items() if text is not None}
        edits = {path: Edit(path, path, "file") for path in writes}

        def planner(skip: frozenset[str]) -> tuple[dict[str, str], list[Edit]]:
            kept = {path: text for path, text in writes.items() if path not in skip}
            return kept, [edits[path] for path in kept]

        timeout, source_root = project_settings(scope.project)
        try:
            metadata: Distribution | str = builder.metadata(
                copy_project(scope.project, scratch / "metadata", venv=None)
            )
        except ToolError as error:
            metadata = error.message
        after_environment = None
        if not isinstance(metadata, str):
            try:
                updated = builder.metadata(copy)
            except ToolError:
                updated = metadata
            if updated.requires_dist != metadata.requires_dist:
                after_environment = _environment_for(updated, scope.project, scratch / "venv")
        staging = Staging(
            scratch / "trial",
            timeout,
            source_root,
            metadata,
            identity_only=True,
            after_environment=after_environment,
        )
        skip, report = verify(scope, planner, staging, builder)
        return StagedUpdate(changed, conflicts, skip, report)
