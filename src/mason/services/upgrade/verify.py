# @file verify.py
# @path src/mason/services/upgrade/verify.py
# @version 0.1.0
"""Check adoption's invariants on staging copies before anything reaches the project.

Two copies of the project are made (``before`` and ``after``, both with the project's own
environment linked in). The plan's writes must all lie inside the project (a); the edits are
applied to ``after`` and compared with ``before``: the checks that ran before must still run
(c), the build backend must give the same metadata (b), and every test that passed before must
still pass (d). When one does not hold, the edits responsible are found by halving
(``checks/culprits.py``), left out, and named; an invariant no edit explains stops adoption.
"""

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from mason.adapters.build_metadata import MetadataBuilder
from mason.adapters.file_listing import list_files
from mason.adapters.pyproject import PYPROJECT, read_pyproject
from mason.adapters.tools.environment import environment
from mason.adapters.tools.test_outcomes import run_tests
from mason.adapters.tree_copy import apply_edits, copy_project
from mason.checks.culprits import find_culprits
from mason.checks.facts import derive_facts
from mason.domain.config import parse_mason_config
from mason.domain.distribution import Distribution
from mason.domain.errors import MasonError, ToolError
from mason.domain.invariants import Edit, Invariant, LeftOut
from mason.domain.toml import TomlTable, table_at
from mason.domain.verification import Verification
from mason.services.audit.run_check import Overrides, run_check
from mason.services.registry import registry
from mason.services.upgrade.preconditions import AdoptionScope

type Planner = Callable[[frozenset[str]], tuple[dict[str, str], Collection[Edit]]]
"""Make the plan again, leaving out the edits with these ids: its writes and its edits."""

NOT_COMPARED = frozenset({"coverage"})
"""Checks (c) does not run: the test suite is (d)'s, run test by test."""
PASSED = "passed"


def outside_project(project: Path, writes: Collection[str]) -> list[str]:
    """Return the writes that would land outside ``project`` (through ``..`` or a link)."""
    top = project.resolve()
    return [
        path
        for path in writes
        if path.startswith("/") or ".." in path.split("/")
        or not (project / path).resolve().is_relative_to(top)
    ]  # fmt: skip


@dataclass(slots=True)
class _Trial:
    """The staging copies, and the plan currently applied to ``after``."""

    scope: AdoptionScope
    planner: Planner
    before: Path
    after: Path
    timeout: float
    source_root: str = "."
    """Where the package lies in a copy (``src``, ``.``): tests import it from there."""
    skip: frozenset[str] = frozenset()
    applied: set[str] = field(default_factory=set[str])
    edits: list[Edit] = field(default_factory=list[Edit])

    def apply(self, extra: frozenset[str] = frozenset()) -> None:
        """Make ``after`` hold the plan without the skipped edits and without ``extra``."""
        writes, edits = self.planner(self.skip | extra)
        apply_edits(self.after, self.scope.project, writes, self.applied)
        self.applied = set(writes)
        if not extra:
            self.edits = list(edits)

    def unchanged_without(self, edits: Collection[Edit]) -> bool:
        """Return whether the plan without ``edits`` writes only what the project already has."""
        writes, _ = self.planner(self.skip | frozenset(edit.id for edit in edits))
        project = self.scope.project
        return all(
            (project / path).is_file() and (project / path).read_bytes() == text.encode()
            for path, text in writes.items()
        )

    def leave_out(
        self,
        invariant: Invariant,
        reason: str,
        kinds: Collection[str],
        still_broken: Callable[[], bool],
    ) -> list[LeftOut] | None:
        """Find the edits (of ``kinds``) that break ``invariant``, and skip them from now on.

        ``None``: it stays broken with every edit left out, and then the copy holds exactly the
        project's files, so it is the copy's place, not an edit (a test that names its path).

        Raises:
            ToolError: leaving every edit out does not mend it and still writes something: a
                change no edit accounts for (nothing was written).

        """
        candidates = [edit for edit in self.edits if edit.kind in kinds]

        def broken(removed: frozenset[Edit]) -> bool:
            self.apply(frozenset(edit.id for edit in removed))
            return still_broken()

        found = find_culprits(candidates, broken)
        if found is None:
            unchanged = self.unchanged_without(candidates)
            self.apply()
            if unchanged:  # the copies differ with no edit at all: their paths, not adoption
                return None
            msg = f"the change would break the project: {reason}, and no edit of it explains why"
            raise ToolError(
                msg,
                hint="nothing was written; please report this project to mason's maintainers",
            )
        self.skip |= frozenset(edit.id for edit in found)
        self.apply()
        return [LeftOut(edit, invariant, reason) for edit in sorted(found, key=lambda e: e.id)]


def _errors(tree: Path, names: Collection[str]) -> dict[str, str | None]:
    """Return, for each check on ``tree``, why a unit of it could not run (``None``: it ran).

    A check that finds problems still ran; only a tool that could not run (``details``) counts,
    whatever the findings beside it.
    """
    pyproject = tree / PYPROJECT
    try:
        plain: TomlTable = read_pyproject(pyproject) if pyproject.is_file() else {}
        config = parse_mason_config(
            table_at(plain, "tool", "mason"), pyproject, registry().settings
        )
    except MasonError as error:
        return dict.fromkeys(names, error.message)
    facts = derive_facts(tree, plain, config, list_files(tree, config.exclude))
    overrides = None if pyproject.is_file() else Overrides(pyproject={})
    errors: dict[str, str | None] = {}
    for name in names:
        try:
            errors[name] = run_check(facts, name, overrides).details
        except MasonError as error:
            errors[name] = error.message
    return errors


def _tail(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return " / ".join(lines[:2])


def _checks(trial: _Trial, report: Verification) -> None:
    """(c): every check whose tools ran before still runs them."""
    names = [name for name in registry().names if name not in NOT_COMPARED]
    before = _errors(trial.before, names)
    ran = [name for name in names if before[name] is None]
    after = _errors(trial.after, ran)
    for name in ran:
        error = after[name]
        if error is not None:
            reason = f"the {name} check could not run with it ({_tail(error)})"

            def erring(check: str = name) -> bool:
                return _errors(trial.after, [check])[check] is not None

            found = trial.leave_out(Invariant.CHECKS, reason, {"setting"}, erring)
            report.left_out.extend(found or [])
            if found is None:
                report.notes.append(f"the {name} check errors in the staging copy even unedited")
    report.checked[Invariant.CHECKS] = f"{len(ran)} checks ran before and still run"


IDENTITY = ("name:", "version:")
"""The metadata a template update may not change: what the project is. Its Python floor,
dependencies and entry points are the template's to update (they are what the user asked for)."""


def _metadata(
    trial: _Trial, report: Verification, builder: MetadataBuilder, staging: "Staging"
) -> None:
    """(b): the build backend gives the same metadata before and after (an update: identity)."""
    before = staging.metadata
    if isinstance(before, str):
        report.unchecked[Invariant.METADATA] = before
        return

    def changed(*, everything: bool = False) -> list[str]:
        try:
            found = before.differences(builder.metadata(trial.after))
        except ToolError as error:
            return [f"no metadata after the edits ({error.message})"]
        if everything or not staging.identity_only:
            return found
        return [difference for difference in found if difference.startswith(IDENTITY)]

    if staging.identity_only:
        wanted = [d for d in changed(everything=True) if not d.startswith(IDENTITY)]
        if wanted:
            report.notes.append(
                f"the update changes the metadata as its template does: {'; '.join(wanted)}"
            )
    differences = changed()
    if differences:
        reason = f"the metadata would change ({'; '.join(differences)})"
        kinds = {"setting", "header", "file"}
        found = trial.leave_out(Invariant.METADATA, reason, kinds, lambda: bool(changed()))
        report.left_out.extend(found or [])
        if found is None:
            report.notes.append("the staging copy's metadata differs even unedited")
    report.checked[Invariant.METADATA] = f"{before.name} {before.version}: the same"


def _tests(trial: _Trial, report: Verification, python: Path, python_after: Path) -> None:
    """(d): every test that passed before passes after (found test by test, then halved)."""

    def tests(tree: Path, chosen: Collection[str] = ()) -> dict[str, str] | None:
        interpreter = python_after if tree == trial.after else python
        try:
            outcomes, _ = run_tests(
                interpreter,
                tree,
                tree / trial.source_root,
                timeout=trial.timeout,
                tests=list(chosen),
            )
        except ToolError:  # it did not finish: no test of that run passed
            return None
        return outcomes

    try:
        outcomes, run = run_tests(
            python, trial.before, trial.before / trial.source_root, timeout=trial.timeout
        )
    except ToolError as error:
        report.unchecked[Invariant.TESTS] = (
            f"the test suite does not run before the change: {error.message}"
        )
        return
    if outcomes is None:
        tail = run.tail(2).replace("\n", " / ")
        report.unchecked[Invariant.TESTS] = (
            f"the test suite does not run before the change ({tail})"
        )
        return
    passed = sorted(test for test, outcome in outcomes.items() if outcome == PASSED)
    after = tests(trial.after) or {}
    newly = [test for test in passed if after.get(test) != PASSED]
    if newly:
        alone = tests(trial.before, newly) or {}
        together = any(alone.get(test) != PASSED for test in newly)

        def failing() -> bool:
            again = tests(trial.after, () if together else newly) or {}
            return any(again.get(test) != PASSED for test in newly)

        shown = ", ".join(newly[:3]) + (" ..." if len(newly) > 3 else "")  # noqa: PLR2004 - a few names
        if failing():
            reason = f"{len(newly)} test(s) that passed would fail ({shown})"
            kinds = {"setting", "header", "file"}
            found = trial.leave_out(Invariant.TESTS, reason, kinds, failing)
            report.left_out.extend(found or [])
            if found is None:
                report.notes.append(
                    f"{shown} fail in the second staging copy even with no edit: they depend on "
                    "where the copy is, not on adoption"
                )
        else:
            report.notes.append(f"{shown} failed once and passed again: flaky, not adoption's")
    report.checked[Invariant.TESTS] = f"{len(passed)} tests passed before and still pass"


def project_settings(project: Path) -> tuple[float, str]:
    """Return the timeout the project's tools get, and where its package lies (``src``, ``.``)."""
    pyproject = project / PYPROJECT
    plain: TomlTable = read_pyproject(pyproject) if pyproject.is_file() else {}
    config = parse_mason_config(table_at(plain, "tool", "mason"), pyproject, registry().settings)
    facts = derive_facts(project, plain, config, list_files(project, config.exclude))
    return config.timeout, facts.source_root


@dataclass(frozen=True, slots=True)
class Staging:
    """Where the copies go and how the project's tools run in them."""

    scratch: Path
    timeout: float
    """The project's ``[tool.mason].timeout``, for its test runs."""
    source_root: str
    """Where the project's package lies (``src``, ``.``)."""
    metadata: Distribution | str
    """The metadata the project's build backend gives before any edit (or why it gives none)."""
    identity_only: bool = False
    """(b) holds the name and version alone (a template update), not every field (adoption)."""
    after_environment: Path | None = None
    """The environment the edited copy runs in, when the edits add dependencies the project's
    own lacks (a template update); ``None``: the project's, as for the unedited copy."""


def verify(
    scope: AdoptionScope, planner: Planner, staging: Staging, builder: MetadataBuilder
) -> tuple[frozenset[str], Verification]:
    """Check the invariants of ``planner``'s plan; return the edits to leave out, and why.

    Raises:
        ToolError: a write lies outside the project, or an invariant breaks and no edit
            explains it; nothing has been written.

    """
    report = Verification()
    writes, _ = planner(frozenset())
    outside = outside_project(scope.project, writes)
    if outside:
        msg = f"adoption would write outside the project {scope.project}: {', '.join(outside)}"
        raise ToolError(msg, hint="nothing was written; please report this to mason's maintainers")
    report.checked[Invariant.OUTSIDE] = f"{len(writes)} files, all inside the project"
    venv = environment(scope.project).venv  # a workspace member's: the workspace root's
    linked = venv if venv.is_dir() else None
    before = copy_project(scope.project, staging.scratch / "before", venv=linked)
    after_venv = staging.after_environment if linked is not None else None
    after = copy_project(scope.project, staging.scratch / "after", venv=after_venv or linked)
    trial = _Trial(scope, planner, before, after, staging.timeout, staging.source_root)
    trial.apply()
    _checks(trial, report)
    _metadata(trial, report, builder, staging)
    python = environment(before).python
    if linked is None or not python.is_file():
        report.unchecked[Invariant.TESTS] = f"the project has no environment ({venv})"
    else:
        _tests(trial, report, python, environment(after).python)
    return trial.skip, report
