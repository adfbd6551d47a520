# @file api.py
# @path src/mason/api.py
# @version 0.1.0
"""mason's Python API: audit, create and upgrade projects from code, and add checks.

Everything here is typed and stable; the rest of ``mason`` is internal. The functions do what
the commands of the same name do and raise ``MasonError`` (with ``message``, ``hint`` and
``exit_code``) where the command would exit 2 or 3::

    from mason import api

    report = api.audit("path/to/project", checks=["lint", "typing"])
    if not report.passed:
        for check in report.checks:
            for finding in check.findings:
                print(finding.location, finding.rule, finding.message)

A plugin adds a check by pointing the ``mason.checks`` entry point group at a ``Check`` made
of the types below (docs/plugins.md walks through one).
"""

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from mason.adapters.machine import usable_cores
from mason.domain.audit_report import AuditReport
from mason.domain.audit_request import AuditRequest
from mason.domain.check import Check
from mason.domain.check_result import CheckResult
from mason.domain.check_status import CheckStatus
from mason.domain.errors import MasonError
from mason.domain.finding import Finding
from mason.domain.inputs import EVERY_FILE, PYTHON, Inputs
from mason.domain.new_outcome import NewOutcome
from mason.domain.new_request import NewRequest
from mason.domain.project_facts import ProjectFacts
from mason.domain.rule import Rule
from mason.domain.rule_family import RuleFamily
from mason.domain.severity import Severity
from mason.domain.tool_output import ToolOutput
from mason.domain.tools import Tools
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome
from mason.domain.unreadable import Unreadable
from mason.services.audit.pipeline import audit as run_audit
from mason.services.audit.silent_progress import SilentProgress
from mason.services.registry import registry
from mason.services.upgrade.adopt import AdoptOutcome
from mason.services.upgrade.adopt import adopt as run_adopt
from mason.services.upgrade.template_update import Conflicts, UpgradeResult, upgrade_project

__all__ = [
    "EVERY_FILE",
    "PYTHON",
    "AdoptOutcome",
    "AuditReport",
    "Check",
    "CheckResult",
    "CheckStatus",
    "Finding",
    "Inputs",
    "MasonError",
    "NewOutcome",
    "ProjectFacts",
    "Rule",
    "RuleFamily",
    "Severity",
    "ToolOutput",
    "Tools",
    "Unit",
    "UnitContext",
    "UnitOutcome",
    "Unreadable",
    "UpgradeResult",
    "adopt",
    "audit",
    "checks",
    "explain",
    "new",
    "upgrade",
]


def audit(  # noqa: PLR0913 - the options of `mason audit`, keyword-only
    path: str | os.PathLike[str] = ".",
    *,
    checks: Sequence[str] = (),
    skip: Sequence[str] = (),
    jobs: int | None = None,
    cache: bool = True,
    fix: bool = False,
    sync: bool = False,
    baseline: str | os.PathLike[str] | None = None,
    write_baseline: bool = False,
    changed_since: str | None = None,
    coverage_file: str | os.PathLike[str] | None = None,
) -> AuditReport:
    """Audit the project at ``path`` and return the report (``report.passed``, ``.checks``).

    The options are those of ``mason audit``; ``report.exit_code`` is the exit code the command
    would return.

    Raises:
        MasonError: bad configuration or usage (``exit_code`` 2), or ``--sync`` failed (3).

    """
    request = AuditRequest(
        path=Path(path),
        checks=tuple(checks),
        skip=tuple(skip),
        jobs=jobs or usable_cores(),
        use_cache=cache,
        fix=fix,
        sync=sync,
        baseline=Path(baseline) if baseline is not None else None,
        write_baseline=write_baseline,
        changed_since=changed_since,
        coverage_file=Path(coverage_file) if coverage_file is not None else None,
    )
    return run_audit(request, SilentProgress()).report


def new(  # noqa: PLR0913 - the options of `mason new`, keyword-only
    destination: str | os.PathLike[str],
    *,
    layout: str = "library",
    data: Mapping[str, str] | None = None,
    lock: bool = True,
    git: bool = True,
    force: bool = False,
    template: str | os.PathLike[str] | None = None,
    trust: bool = False,
) -> NewOutcome:
    """Create a project at ``destination`` (never asks; ``data`` answers the template).

    Raises:
        MasonError: an unknown layout or answer, an existing destination (2), or a tool that
            could not run (3). Nothing is left behind on failure.

    """
    from mason.services.scaffold import create  # noqa: PLC0415 - copier costs most of a second

    answers = {"layout": layout, **(data or {})}
    request = NewRequest(
        destination=Path(destination).expanduser().absolute(),
        data=answers,
        lock=lock,
        git=git,
        force=force,
        template=Path(template).expanduser().absolute() if template is not None else None,
        trust=trust,
    )
    return create(request)


def upgrade(
    path: str | os.PathLike[str] = ".",
    *,
    to: int | None = None,
    pretend: bool = False,
    conflict: Conflicts = "inline",
    trust: bool = False,
) -> UpgradeResult:
    """Update a mason-made project to template version ``to`` (default: the newest).

    Raises:
        MasonError: not a git repository, not made by mason, a dirty tree, an unknown version.

    """
    return upgrade_project(Path(path), to=to, pretend=pretend, conflict=conflict, trust=trust)


def adopt(
    path: str | os.PathLike[str] = ".",
    *,
    layout: str | None = None,
    pretend: bool = False,
    tighten: bool = False,
) -> AdoptOutcome:
    """Bring a project mason did not make to the standard (``mason upgrade --adopt``).

    Raises:
        MasonError: not a git repository, a dirty tree, an unknown layout, a tool that failed.

    """
    return run_adopt(Path(path), layout=layout, pretend=pretend, tighten=tighten)


def checks() -> tuple[Check, ...]:
    """Return every check ``mason audit`` knows: mason's own, then installed plugins'."""
    return registry().checks


def explain(rule_id: str) -> Rule:
    """Return the rule ``rule_id`` (mason's, a plugin's, or a ruff code).

    Raises:
        MasonError: there is no such rule (with the closest id in the hint).

    """
    known = registry()
    rule = known.rule(rule_id)
    if rule is None:
        close = known.closest(rule_id)
        msg = f"no rule {rule_id!r}"
        raise MasonError(msg, hint=f"did you mean {close}?" if close else None)
    return rule
