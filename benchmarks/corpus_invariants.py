# @file corpus_invariants.py
# @path benchmarks/corpus_invariants.py
# @version 0.1.0
"""The corpus's own check of adoption's invariants, from outside mason, on every adoption.

(a) files outside the project that changed (git's view of the whole repository); (b) the built
distribution's metadata before and after, from the project's build backend through ``build``
(on copies: a backend writes into the tree); (c) checks whose tools ran in the cold audit and
could not run in the day-one audit; (d) tests that passed before adoption and do not after,
run test by test with pytest's own ids. Results are kept per project (``RESULTS``), so the
corpus can run in batches and the table is written from every project's last real run.
"""

import json
import shutil
import subprocess
from dataclasses import asdict, dataclass, field
from pathlib import Path

from mason.adapters.build_metadata import MetadataBuilder
from mason.adapters.pyproject import PYPROJECT
from mason.adapters.tools.test_outcomes import run_tests
from mason.adapters.tree_copy import copy_project
from mason.domain.audit_report import AuditReport
from mason.domain.distribution import Distribution
from mason.domain.errors import ToolError

RESULTS = Path.home() / ".cache" / "mason-corpus" / "results"
TEST_TIMEOUT = 1200


@dataclass
class Invariants:
    """What adoption did to the project, as the corpus measured it (``None``: not measured)."""

    outside: list[str] | None = None
    metadata: list[str] | None = None
    erroring: list[str] | None = None
    failing: list[str] | None = None
    compared: int | None = None
    """How many tests passed before adoption (and were compared after)."""
    notes: list[str] = field(default_factory=list[str])

    def details(self) -> list[str]:
        """Return what each broken invariant names: the files, fields, checks and tests."""
        named = {
            "outside the project": self.outside,
            "metadata": self.metadata,
            "newly erroring": self.erroring,
            "newly failing": self.failing,
        }
        return [f"{what}: {', '.join(items[:5])}" for what, items in named.items() if items]

    def cell(self, name: str) -> str:
        """Return the table cell of one invariant: a count, or why it was not measured."""
        value: list[str] | None = getattr(self, name)
        return "n/a" if value is None else str(len(value))


def metadata(project_dir: Path, scratch: Path, label: str) -> Distribution | str:
    """Return the project's metadata from its build backend (or why there is none)."""
    copy = copy_project(project_dir, scratch / f"metadata-{label}", venv=None)
    try:
        with MetadataBuilder() as builder:
            return builder.metadata(copy)
    except ToolError as error:
        return error.message
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def outcomes(project_dir: Path, python: Path) -> dict[str, str] | None:
    """Run the project's tests in its tree, test by test; undo what they leave behind."""
    if not python.is_file():
        return None
    source = project_dir / "src" if (project_dir / "src").is_dir() else project_dir
    try:
        found, _ = run_tests(python, project_dir, source, timeout=TEST_TIMEOUT)
    except ToolError:
        found = None
    subprocess.run(
        ["git", "checkout", "--", "."], cwd=project_dir, check=False, capture_output=True
    )
    subprocess.run(["git", "clean", "-fdq"], cwd=project_dir, check=False, capture_output=True)
    return found


def outside(repository: Path, subdir: str) -> list[str]:
    """Return the paths changed (tracked or not) outside ``subdir`` of ``repository``."""
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=repository,
        capture_output=True,
        text=True,
        check=False,
    )
    changed = [line[3:] for line in status.stdout.splitlines() if line.strip()]
    prefix = f"{subdir.strip('/')}/" if subdir not in {"", "."} else ""
    return [path for path in changed if not path.startswith(prefix)]


def erroring(before: AuditReport | None, after: AuditReport | None) -> list[str] | None:
    """Return the checks whose tools ran before adoption and could not after."""
    if before is None or after is None:
        return None
    ran = {check.name for check in before.checks if check.details is None}
    return sorted(check.name for check in after.checks if check.name in ran and check.details)


def compare_metadata(before: Distribution | str, after: Distribution | str) -> list[str] | None:
    """Return the metadata fields adoption changed (``None``: the project builds no metadata)."""
    if isinstance(before, str):
        return None
    if isinstance(after, str):
        return [f"no metadata after adoption: {after}"]
    return before.differences(after)


def newly_failing(before: dict[str, str] | None, after: dict[str, str] | None) -> list[str] | None:
    """Return the tests that passed before adoption and do not after."""
    if before is None:
        return None
    return sorted(
        test for test, outcome in before.items()
        if outcome == "passed" and (after or {}).get(test) != "passed"
    )  # fmt: skip


def has_pyproject(project_dir: Path) -> bool:
    """Return whether the project has a pyproject.toml (for the table's shape column)."""
    return (project_dir / PYPROJECT).is_file()


def save(name: str, result: dict[str, object]) -> None:
    """Keep one project's result (JSON) for the table; a later batch replaces it."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=1, default=str), "utf-8")


def load(name: str) -> dict[str, object] | None:
    """Return one project's kept result, if it has one."""
    path = RESULTS / f"{name}.json"
    if not path.is_file():
        return None
    loaded: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def as_data(invariants: Invariants) -> dict[str, object]:
    """Return the invariants as JSON-ready data."""
    return asdict(invariants)
