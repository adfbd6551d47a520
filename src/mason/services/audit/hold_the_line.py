# @file hold_the_line.py
# @path src/mason/services/audit/hold_the_line.py
# @version 0.1.0
"""``--changed-since REF``: fail only on findings that are new since the merge-base of REF.

The merge-base is checked out into a temporary ``git worktree`` and audited with the same
checks, the same environment and the same content-hash cache (so a base that main's CI already
audited costs nothing but the checkout). Findings are compared by the baseline's line-tolerant
fingerprints, wherever they are: a change that breaks a file it did not touch is reported in
that file. Findings the base already had are listed as existing, not failed; metrics may not
slide (coverage may not fall, escape hatches may not grow). A check that cannot run on the base
is not compared, and its findings all count as new (the report says so).
"""

from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path

from mason.adapters.git import merge_base, repository_root, worktree
from mason.domain.base_ref import BaseRef
from mason.domain.check_result import CheckResult
from mason.domain.check_status import CheckStatus
from mason.domain.errors import MasonError
from mason.services.audit.baseline import fingerprints, hold, ratchet

type AuditTree = Callable[[Path], tuple[list[CheckResult], Callable[[str, int], str]]]
"""Audit the project at a root; return its results and how to read its source lines."""


@dataclass(frozen=True, slots=True)
class BaseFindings:
    """What the base had, per check: fingerprints and metrics."""

    prints: Mapping[str, AbstractSet[str]]
    metrics: Mapping[str, Mapping[str, float]]
    note: str | None


def _base_findings(base_root: Path, audit_tree: AuditTree) -> BaseFindings:
    if not (base_root / "pyproject.toml").is_file():
        return BaseFindings({}, {}, "the base has no pyproject.toml here: every finding is new")
    try:
        results, source_line = audit_tree(base_root)
    except MasonError as error:
        return BaseFindings({}, {}, f"the base cannot be audited ({error.message})")
    usable = [result for result in results if result.status is not CheckStatus.ERROR]
    broken = sorted(result.name for result in results if result.status is CheckStatus.ERROR)
    prints = {
        result.name: set(fingerprints((*result.findings, *result.existing), source_line))
        for result in usable
    }
    metrics = {result.name: dict(result.metrics) for result in usable}
    note = f"could not run on the base: {', '.join(broken)} (their findings count as new)"
    return BaseFindings(prints, metrics, note if broken else None)


@dataclass(frozen=True, slots=True)
class Base:
    """Where ``--changed-since REF`` compares: the repository and the merge-base commit."""

    ref: str
    repository: Path
    commit: str


def resolve_base(root: Path, ref: str) -> Base:
    """Return the merge-base of ``ref`` and HEAD for the project at ``root`` (before any work).

    Raises:
        ProjectError: ``root`` is not in a git repository, or ``ref`` is not a commit in it.

    """
    repository = repository_root(root)
    return Base(ref, repository, merge_base(repository, ref))


def compare_with_base(
    root: Path,
    base_at: Base,
    results: Sequence[CheckResult],
    source_line: Callable[[str, int], str],
    audit_tree: AuditTree,
) -> tuple[list[CheckResult], BaseRef]:
    """Audit the merge-base and hold ``results`` (of the tree at ``root``) to it."""
    ref, repository, commit = base_at.ref, base_at.repository, base_at.commit
    with worktree(repository, commit) as tree:
        base = _base_findings(tree / root.relative_to(repository), audit_tree)
    since = f"{ref} ({commit[:10]})"
    compared: list[CheckResult] = []
    for result in results:
        if result.name not in base.prints:
            compared.append(result)
            continue
        held, _ = hold(result, base.prints[result.name], source_line)
        compared.append(ratchet(held, base.metrics[result.name], since))
    base_ref = BaseRef(
        ref=ref,
        commit=commit,
        checks_compared=tuple(result.name for result in results if result.name in base.prints),
        note=base.note,
    )
    return compared, base_ref
