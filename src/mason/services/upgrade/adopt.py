# @file adopt.py
# @path src/mason/services/upgrade/adopt.py
# @version 0.1.0
"""Adopt a project mason did not make: add the standard, keep everything the team wrote.

The project is the nearest one at or above the path given (the audit's rule): in a monorepo
or a uv workspace member, every edit stays in that project. Its metadata comes from its build
backend. The plan (``adopt_plan.py``) is tried on staging copies first (``verify.py``): no
write outside the project, the same metadata, every check and every passing test as before;
edits that break one are left out and named. Only then are the files written, all or none,
and the project is checked once more to hold exactly those changes. ``--pretend`` shows all of
it and writes nothing.
"""

import tempfile
from pathlib import Path

from mason.adapters import stop
from mason.adapters.build_metadata import MetadataBuilder
from mason.adapters.files import write_all
from mason.adapters.git import dirty_paths
from mason.adapters.tree_copy import copy_project
from mason.domain.distribution import Distribution
from mason.domain.errors import ToolError
from mason.domain.interruption import Interrupted
from mason.domain.invariants import Edit
from mason.services.upgrade.adopt_plan import AdoptOutcome, PlanRequest, plan_adoption
from mason.services.upgrade.preconditions import AdoptionScope, adoption_scope, require_clean
from mason.services.upgrade.verify import Staging, project_settings, verify

__all__ = ["AdoptOutcome", "adopt"]


def _metadata(scope: AdoptionScope, builder: MetadataBuilder, scratch: Path) -> Distribution | str:
    """Return the project's metadata from its build backend (or why it gives none)."""
    copy = copy_project(scope.project, scratch / "metadata", venv=None)
    try:
        return builder.metadata(copy)
    except ToolError as error:
        return error.message


def _changed(scope: AdoptionScope) -> set[str]:
    """Return what git sees changed in the repository (paths from its root)."""
    return set(dirty_paths(scope.repository))


def _in_repository(scope: AdoptionScope, writes: dict[str, str]) -> set[str]:
    prefix = scope.project.relative_to(scope.repository.resolve()).as_posix()
    return {name if prefix == "." else f"{prefix}/{name}" for name in writes}


def adopt(path: Path, *, layout: str | None, pretend: bool, tighten: bool) -> AdoptOutcome:
    """Adopt the project at ``path`` (or, with ``pretend``, only say what that would do).

    Raises:
        ToolError: an invariant broke and no edit explains it, or the project changed in a
            way the plan did not say (everything written is undone).

    """
    scope = adoption_scope(path)
    require_clean(scope.project)
    timeout, source_root = project_settings(scope.project)
    with (
        tempfile.TemporaryDirectory(prefix="mason-adopt-") as scratch_name,
        MetadataBuilder() as builder,
    ):
        scratch = Path(scratch_name)
        built = _metadata(scope, builder, scratch)
        metadata = None if isinstance(built, str) else built

        def planner(skip: frozenset[str]) -> tuple[dict[str, str], list[Edit]]:
            outcome, writes = plan_adoption(
                PlanRequest(scope, layout, tighten, scratch, metadata, skip)
            )
            return writes, list(outcome.edits)

        staging = Staging(scratch / "trial", timeout, source_root, built)
        skip, verification = verify(scope, planner, staging, builder)
        outcome, writes = plan_adoption(
            PlanRequest(scope, layout, tighten, scratch, metadata, skip)
        )
        outcome.verification = verification
        if pretend or not writes:
            return outcome
        rendered = scratch / "render"
        modes = {
            name: (rendered / name).stat().st_mode for name in writes if (rendered / name).is_file()
        }
        write_checked(scope, writes, modes)
    return outcome


def write_checked(scope: AdoptionScope, writes: dict[str, str], modes: dict[str, int]) -> None:
    """Write the planned files and check nothing else changed; keep both, or neither.

    A stop (Ctrl-C, SIGTERM, SIGHUP) that comes while the files are written or checked waits
    for both, then undoes the writes: cut between them, the files would be kept unchecked.

    Raises:
        ToolError: files the plan did not name changed (the writes are undone).

    """
    already = _changed(scope)
    undo = None
    try:
        with stop.shielded():
            undo = write_all(scope.project, writes, modes)
            unexpected = _changed(scope) - already - _in_repository(scope, writes)
            if unexpected:
                undo()
                msg = f"adoption changed files it did not plan: {', '.join(sorted(unexpected))}"
                hint = "nothing was kept; please report this to mason's maintainers"
                raise ToolError(msg, hint=hint)
    except Interrupted:
        if undo is not None:
            undo()
        raise
