# @file test_engine.py
# @path tests/integration/test_engine.py
# @version 0.1.0
"""The engine's own guarantees, on a real project tree.

Keys are derived from declarations and stable across processes; views refuse undeclared reads;
an id a check does not own is reported as a bug of the check's origin.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from mason.adapters.cache_store import CacheStore
from mason.adapters.file_listing import list_files
from mason.adapters.tools.environment import environment
from mason.adapters.tools.toolbox import Toolbox
from mason.checks.builtin import BUILTIN_CHECKS
from mason.checks.coverage.settings import CoverageConfig
from mason.checks.facts import derive_facts
from mason.domain.check import Check
from mason.domain.inputs import Inputs
from mason.domain.registry import Registry
from mason.domain.rule import Rule
from mason.domain.toml import table_at
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome
from mason.services.audit.cache_key import unit_key
from mason.services.audit.context import AuditContext
from mason.services.audit.runner import focus_of, run_checks, run_unit
from mason.services.audit.silent_progress import SilentProgress
from mason.services.project import load_project
from tests.support import write_tree

PROJECT = {
    "pyproject.toml": (
        '[project]\nname = "app"\nversion = "1.0"\nrequires-python = ">=3.12"\n\n'
        '[tool.mason]\nlayout = "functional-core"\n'
    ),
    "src/app/__init__.py": '"""App."""\n',
    "src/app/domain/__init__.py": '"""Domain."""\n',
    "src/app/ops/__init__.py": '"""Ops."""\n',
    "src/app/adapters/db.py": '"""Db."""\n',
    "src/app/runtime/main.py": '"""Main."""\n',
    "README.md": "# App\n",
}
KEYS = """
import json, sys
from pathlib import Path
from tests.integration.test_engine import keys
print(json.dumps(keys(Path(sys.argv[1]))))
"""


def _context(
    root: Path, *, cache: bool = False, focus: tuple[str, ...] | None = None
) -> AuditContext:
    project = load_project(root)
    files = list_files(root)
    facts = derive_facts(root, project.pyproject, project.config, files)
    tools = Toolbox(root, environment(root), source_root=facts.source_path, excludes=(), timeout=60)
    return AuditContext(project, facts, files, tools, CacheStore(root, enabled=cache), focus=focus)


def keys(root: Path) -> dict[str, str | None]:
    """Return the cache key of every unit of mason's checks for the project at ``root``."""
    ctx = _context(root)
    return {
        f"{check.name}/{unit.name}": unit_key(ctx, check, unit)
        for check in BUILTIN_CHECKS
        for unit in check.units
    }


def test_keys_are_the_same_in_every_process(tmp_path: Path) -> None:
    """Reproduction: a set in the facts made the layers key differ from one run to the next."""
    root = write_tree(tmp_path / "app", PROJECT)
    found = [
        subprocess.run(
            [sys.executable, "-c", KEYS, str(root)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=Path(__file__).resolve().parents[2],
        ).stdout
        for seed in ("1", "2", "3")
    ]
    assert found[0] == found[1] == found[2]
    assert all(json.loads(found[0]).values())


def test_a_key_follows_exactly_what_its_unit_declares(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "app", PROJECT)
    before = keys(root)
    (root / "README.md").write_text("# App\n\nMore.\n", encoding="utf-8")
    after_readme = keys(root)
    changed = {name for name in before if before[name] != after_readme[name]}
    assert changed == {"format/ruff format", "headers/headers", "coverage/pytest"}
    (root / "src/app/ops/__init__.py").write_text('"""Ops, changed."""\n', encoding="utf-8")
    after_code = keys(root)
    assert after_code["design/design"] != after_readme["design/design"]
    assert after_code["structure/files"] == after_readme["structure/files"]


def _narrowed_keys(root: Path, focus: str) -> dict[str, str | None]:
    ctx = _context(root, focus=(focus,))
    return {
        f"{check.name}/{unit.name}": unit_key(ctx, check, unit, focus_of(ctx, unit))
        for check in BUILTIN_CHECKS
        for unit in check.units
    }


def test_a_narrowed_key_hashes_the_named_subjects_and_the_names_of_the_others(
    tmp_path: Path,
) -> None:
    """``--files`` on one file (a pre-commit hook) hashes that file, not every subject.

    A per-file unit's findings on its focus depend on the focus and its other inputs only, and
    its view refuses to read another subject: the key may leave their bytes out, but not
    their names (a subject added or removed changes it), and a unit whose findings follow
    imports (typing) still hashes every file.
    """
    root = write_tree(tmp_path / "app", PROJECT)
    named = "src/app/ops/__init__.py"
    before = _narrowed_keys(root, named)
    (root / "src/app/adapters/db.py").write_text('"""Db, changed."""\n', encoding="utf-8")
    other_changed = _narrowed_keys(root, named)
    for name in ("headers/headers", "design/design", "lint/ruff", "format/ruff format"):
        assert other_changed[name] == before[name], name
    assert other_changed["typing/mypy"] != before["typing/mypy"]
    (root / named).write_text('"""Ops, changed."""\n', encoding="utf-8")
    named_changed = _narrowed_keys(root, named)
    (root / "src/app/adapters/more.py").write_text('"""More."""\n', encoding="utf-8")
    subject_added = _narrowed_keys(root, named)
    for name in ("headers/headers", "design/design"):
        assert len({before[name], named_changed[name], subject_added[name]}) == 3, name


RULE = Rule(id="ZZZ001", check="zzz", title="t", rationale="r", seed="s", fix="f")


def _sneaky(ctx: UnitContext) -> UnitOutcome:
    ctx.text("README.md")  # declared: only Python files
    return UnitOutcome()


OTHER_RULE = next(check.rules[0] for check in BUILTIN_CHECKS if check.rules)


def _foreign(ctx: UnitContext) -> UnitOutcome:
    del ctx
    return UnitOutcome(findings=(OTHER_RULE.finding("not mine"),))


def _reads_a_fact(ctx: UnitContext) -> UnitOutcome:
    return UnitOutcome(summary=str(ctx.facts.package))  # declared: no facts


def _reads_a_key(ctx: UnitContext) -> UnitOutcome:
    return UnitOutcome(summary=str(ctx.config.timeout))  # declared: no [tool.mason] keys


def _reads_a_table(ctx: UnitContext) -> UnitOutcome:
    return UnitOutcome(summary=str(table_at(ctx.pyproject, "tool", "ruff")))  # declared: none


def _reads_another_checks_table(ctx: UnitContext) -> UnitOutcome:
    return UnitOutcome(summary=str(ctx.config.settings(CoverageConfig).fail_under))


def test_undeclared_reads_and_foreign_ids_are_bugs_of_the_check(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "app", PROJECT)
    ctx = _context(root)
    for run, what in (
        (_sneaky, "read README.md, which its Inputs.files do not declare"),
        (_foreign, f"reported rule ids it does not own: ['{OTHER_RULE.id}']"),
        (_reads_a_fact, "read the fact 'package', which its Inputs do not declare"),
        (_reads_a_key, "read the [tool.mason] key 'timeout', which its Inputs do not declare"),
        (_reads_a_table, "read [tool] of pyproject.toml, which its Inputs.tables do not declare"),
        (
            _reads_another_checks_table,
            "read the [tool.mason] key 'coverage', which its Inputs do not declare",
        ),
    ):
        unit = Unit(name="u", inputs=Inputs(files=("*.py",)), run=run)
        check = Check(name="zzz", title="t", tools="x", rules=(RULE,), units=(unit,), origin="p")
        ran = run_unit(ctx, check, unit, Registry((*BUILTIN_CHECKS, check)))
        assert ran.outcome.error is not None
        assert what in ran.outcome.error
        assert "this is a bug in p" in ran.outcome.error


def _peeks(ctx: UnitContext) -> UnitOutcome:
    ctx.text("src/app/adapters/db.py")  # a subject, but not the one the run was narrowed to
    return UnitOutcome()


def test_a_narrowed_run_may_not_read_the_subjects_it_was_not_given(tmp_path: Path) -> None:
    """Its key holds only the named subjects' bytes: a read of another is a bug of the check."""
    root = write_tree(tmp_path / "app", PROJECT)
    unit = Unit(name="u", inputs=Inputs(files=("*.py",)), run=_peeks, subjects=("*.py",))
    check = Check(name="zzz", title="t", tools="x", rules=(RULE,), units=(unit,), origin="p")
    known = Registry((*BUILTIN_CHECKS, check))
    narrowed = run_unit(_context(root, focus=("src/app/ops/__init__.py",)), check, unit, known)
    assert narrowed.outcome.error is not None
    assert "read src/app/adapters/db.py, a subject outside the files it was narrowed to" in (
        narrowed.outcome.error
    )
    assert run_unit(_context(root), check, unit, known).outcome.error is None
    imports = Unit(
        name="u", inputs=Inputs(files=("*.py",)), run=_peeks, subjects=("*.py",), reads_imports=True
    )
    follows = Check(name="zzz", title="t", tools="x", rules=(RULE,), units=(imports,), origin="p")
    narrowed_follows = run_unit(
        _context(root, focus=("src/app/ops/__init__.py",)), follows, imports, known
    )
    assert narrowed_follows.outcome.error is None


def test_the_units_that_took_longest_here_start_first(tmp_path: Path) -> None:
    """Issue 19: the schedule follows measured seconds, not only the declared costs."""
    root = write_tree(tmp_path / "app", PROJECT)
    order: list[str] = []

    def unit(name: str, cost: int, seconds: float) -> Unit:
        def run(ctx: UnitContext) -> UnitOutcome:
            del ctx
            order.append(name)
            time.sleep(seconds)
            return UnitOutcome(summary=name)

        return Unit(name=name, inputs=Inputs(cache=False), run=run, cost=cost)

    check = Check(
        name="zzz",
        title="t",
        tools="x",
        rules=(RULE,),
        units=(unit("declared-long", 100, 0.0), unit("really-long", 1, 0.3)),
        origin="p",
    )
    known = Registry((*BUILTIN_CHECKS, check))
    for _ in range(2):
        project = load_project(root)
        files = list_files(root)
        facts = derive_facts(root, project.pyproject, project.config, files)
        tools = Toolbox(
            root, environment(root), source_root=facts.source_path, excludes=(), timeout=60
        )
        ctx = AuditContext(project, facts, files, tools, CacheStore(root))
        run_checks(ctx, [check], known, jobs=1, progress=SilentProgress())
    assert order == ["declared-long", "really-long", "really-long", "declared-long"]
