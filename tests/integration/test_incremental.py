# @file test_incremental.py
# @path tests/integration/test_incremental.py
# @version 0.1.0
"""The incremental audit against its oracle: a cold full run of the same tree.

A generated project (with more modules, so a change touches a small part of it) is audited
once; then it is changed in one way after another, and after each change the audit that
re-checks only what the change can affect must report exactly what ``--no-cache`` reports:
every finding (rule, file, line, column, message), every status and the coverage numbers.
The kinds of change that can be narrowed must really be narrowed (and the others must not be),
or the test would pass on full runs alone.
"""

import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path

import pytest

from mason.adapters.cache_store import CacheStore
from mason.checks.builtin import BUILTIN_CHECKS
from tests.support import UV, commit, run_mason, write_tree

pytestmark = pytest.mark.slow

EXTRA = 14
"""Independent modules added to the generated project, so one change is a small part of it."""

type Finding = tuple[str, str, str | None, int | None, int | None, str]


NO_METRICS: dict[str, float] = {}


@dataclass(frozen=True)
class Seen:
    """What one audit reported: findings, statuses, summaries and the coverage numbers."""

    findings: AbstractSet[Finding]
    statuses: Mapping[str, str]
    summaries: Mapping[str, str]
    coverage: Mapping[str, float]


def _audit(project: Path, *args: str) -> Seen:
    outcome = run_mason(["audit", "--format", "json", *args], cwd=project)
    assert outcome.exit_code in {0, 1}, outcome.stderr
    report = json.loads(outcome.stdout)
    checks = report["checks"]
    return Seen(
        findings={
            (check["name"], f["rule"], f["path"], f["line"], f["column"], f["message"])
            for check in checks
            for f in check["findings"]
        },
        statuses={check["name"]: check["status"] for check in checks},
        summaries={check["name"]: check["summary"] for check in checks},
        coverage=next((c["metrics"] for c in checks if c["name"] == "coverage"), NO_METRICS),
    )


@pytest.fixture
def grown(project: Path) -> Path:
    """Return the generated project with more modules, committed and audited once."""
    modules = {
        f"src/demo_cli/core/extra_{n}.py": (
            f"# @file extra_{n}.py\n# @path src/demo_cli/core/extra_{n}.py\n# @version 0.1.0\n"
            f'"""Extra module {n}."""\n\n\ndef value_{n}(x: int) -> int:\n'
            f'    """Return a number."""\n    return x + {n}\n'
        )
        for n in range(EXTRA)
    }
    imports = "".join(f"from demo_cli.core.extra_{n} import value_{n}\n" for n in range(EXTRA))
    checks = "".join(f"    assert value_{n}(1) == {n + 1}\n" for n in range(EXTRA))
    modules[EXTRA_TESTS] = (
        f"# @file test_extra.py\n# @path {EXTRA_TESTS}\n# @version 0.1.0\n"
        f'"""Tests of the extra modules."""\n\n{imports}\n\ndef test_extra() -> None:\n'
        f'    """Every extra module adds its number."""\n{checks}'
    )
    modules |= {path: _header(path) + text for path, text in TYPED.items()}
    write_tree(project, modules)
    commit(project, "more modules")
    _audit(project)
    return project


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _change_conftest(root: Path) -> None:
    write_tree(root, {"tests/conftest.py": '"""Fixtures."""\n'})
    commit(root, "conftest")
    _audit(root)
    _edit(root / "tests/conftest.py", '"""Fixtures."""', '"""Fixtures, changed."""')


def _header(path: str) -> str:
    return f"# @file {path.rsplit('/', 1)[-1]}\n# @path {path}\n# @version 0.1.0\n"


TYPED = {
    "src/demo_cli/core/box.py": (
        '"""A class whose attribute type comes from its method body."""\n\n\n'
        "class Box:\n"
        '    """A box."""\n\n'
        "    def __init__(self) -> None:\n"
        '        """Fill it."""\n'
        "        self.size = 1\n\n\n"
        "def make():  # noqa: ANN201 - its return type is inferred from its body\n"
        '    """Return a number."""\n'
        "    return 1\n"
    ),
    "src/demo_cli/core/use_box.py": (
        '"""What the box module shows its importers."""\n\n'
        "from demo_cli.core.box import Box, make\n\n\n"
        "def double(box: Box) -> int:\n"
        '    """Return twice the size."""\n'
        "    return box.size * 2\n\n\n"
        "def made() -> int:\n"
        '    """Return what make makes."""\n'
        "    return make()\n"
    ),
}
"""Modules whose importers' types depend on a method body and an unannotated body."""
BOX = "src/demo_cli/core/box.py"
WORDS = "src/demo_cli/core/words.py"
EXTRA_TESTS = "tests/test_extra.py"
PER_FILE = {check.name for check in BUILTIN_CHECKS if any(unit.subjects for unit in check.units)}
"""The checks that judge files one by one: a change to one module narrows every one of them."""
CHANGES: dict[str, tuple[Callable[[Path], object], set[str]]] = {
    "a function body": (
        lambda root: _edit(
            root / WORDS,
            "return words.most_common(limit)",
            "return [] or words.most_common(limit)  ",
        ),
        PER_FILE,
    ),
    "a module only some tests reach, with lines they miss": (
        lambda root: _edit(  # what the tests ran moves down: stale data would still count it
            root / "src/demo_cli/core/extra_5.py",
            "\n\ndef value_5",
            '\n\ndef unused(x: int) -> int:\n    """Return x; no test calls it."""\n'
            "    if x < 0:\n        return 0\n    return x\n\n\ndef value_5",
        ),
        PER_FILE,
    ),
    "a method body that changes an attribute's type": (
        lambda root: _edit(root / BOX, "self.size = 1", 'self.size = "1"'),
        {"typing"},
    ),
    "the body of a function whose return type is inferred": (
        lambda root: _edit(root / BOX, "    return 1\n", '    return "1"\n'),
        {"typing"},
    ),
    "a signature its importers now break": (
        lambda root: _edit(root / WORDS, "limit: int)", "limit: str)"),
        {"typing", "coverage"},
    ),
    "a test file": (
        lambda root: _edit(
            root / "tests/test_core.py",
            '"""',
            '"""Changed. ',
        ),
        {"lint", "typing", "headers", "coverage"},
    ),
    "a new file": (
        lambda root: write_tree(root, {"src/demo_cli/core/fresh.py": "import os\nx: int = 'a'\n"}),
        set(),
    ),
    "a deleted file": (lambda root: (root / "src/demo_cli/core/extra_3.py").unlink(), set()),
    "conftest.py": (
        lambda root: write_tree(root, {"tests/conftest.py": '"""Fixtures."""\nimport sys\n'}),
        set(),
    ),
    "an existing conftest.py": (
        _change_conftest,
        {"lint", "headers"},
    ),
    "pyproject.toml": (
        lambda root: _edit(root / "pyproject.toml", "line-length = 100", "line-length = 60"),
        set(),
    ),
}


FULL: dict[str, set[str]] = {
    "a function body": set(),
    "a module only some tests reach, with lines they miss": set(),
    "a signature its importers now break": set(),
    "a method body that changes an attribute's type": set(),
    "the body of a function whose return type is inferred": set(),
    "a test file": set(),
    "an existing conftest.py": {"coverage"},
    "pyproject.toml": {"lint", "format", "typing", "design", "coverage"},  # headers: a subject
}
"""The checks that must run in full after each kind of change (any other kind: every check)."""


BROKEN_IMPORTER = {
    "a method body that changes an attribute's type": "src/demo_cli/core/use_box.py",
    "the body of a function whose return type is inferred": "src/demo_cli/core/use_box.py",
}


@pytest.mark.parametrize("kind", list(CHANGES))
def test_after_a_change_the_incremental_audit_equals_a_cold_full_one(
    grown: Path, kind: str
) -> None:
    change, narrowed = CHANGES[kind]
    change(grown)
    seen = _audit(grown)
    cold = _audit(grown, "--no-cache")
    assert seen.findings == cold.findings
    assert seen.statuses == cold.statuses
    assert seen.coverage == cold.coverage  # the total and every layer's, number by number
    skipped = {check for check, status in seen.statuses.items() if status == "skipped"}
    for check in narrowed - skipped:  # a check that does not apply here has nothing to narrow
        assert re.search(r"re-(checked|run)\)", seen.summaries[check]), seen.summaries[check]
    for check in FULL.get(kind, set(seen.summaries)):
        assert not re.search(r"re-(checked|run)\)", seen.summaries[check]), seen.summaries[check]
    if kind in BROKEN_IMPORTER:
        typed = {path for check, _, path, *_ in seen.findings if check == "typing"}
        assert BROKEN_IMPORTER[kind] in typed  # the change showed, and reached its importer
    if kind == "a function body":  # only a body: its importers are not re-checked
        assert re.search(r"mypy: [^;]*\(1 re-checked\)", seen.summaries["typing"])
    if kind in FULL:  # a narrowed run: what it left behind must be right for the next run
        again = _audit(grown)
        assert again.findings == cold.findings
        assert again.coverage == cold.coverage


def test_a_signature_change_is_reported_in_the_importer_not_only_in_the_changed_file(
    grown: Path,
) -> None:
    _edit(grown / WORDS, "limit: int)", "limit: str)")
    seen = _audit(grown, "--skip", "coverage")
    assert "re-checked" in seen.summaries["typing"]
    broken = {path for check, _, path, *_ in seen.findings if check == "typing"}
    assert "src/demo_cli/commands/count.py" in broken  # it passes an int as `limit`


def test_a_project_can_turn_the_narrowed_test_run_off(grown: Path) -> None:
    """Tests that run the project in a subprocess reach code neither graph nor contexts see."""
    coverage = "[tool.mason.coverage]\n"
    _edit(grown / "pyproject.toml", coverage, coverage + "incremental = false\n")
    commit(grown, "every test, every time")
    _audit(grown)
    extra = grown / "src/demo_cli/core/extra_5.py"
    _edit(extra, "    return x + 5", "    return x + 5  # changed")
    seen = _audit(grown)
    assert "re-run" not in seen.summaries["coverage"]
    assert "re-checked" in seen.summaries["typing"]  # the rest stays incremental


def test_what_the_test_run_kept_before_is_removed_but_not_a_live_run_s(grown: Path) -> None:
    kept = CacheStore(grown).directory / "kept"
    (live,) = kept.iterdir()
    prefix = live.name.rsplit("-", 1)[0]
    interrupted, running = kept / f"{prefix}-interrupted", kept / f"{prefix}-running"
    interrupted.mkdir()
    running.mkdir()
    hours_ago = time.time() - 7200
    os.utime(interrupted, (hours_ago, hours_ago))
    _edit(grown / "src/demo_cli/core/extra_5.py", "    return x + 5", "    return x + 5  # changed")
    assert "re-run" in _audit(grown).summaries["coverage"]
    left = {path.name for path in kept.iterdir()}
    assert running.name in left  # another audit of this tree may still be writing it
    assert interrupted.name not in left
    assert live.name not in left  # the run it replaced
    assert len(left) == 2


def test_a_copy_elsewhere_does_not_build_on_data_about_the_old_place(
    grown: Path, tmp_path: Path
) -> None:
    """Kept coverage data names files by absolute path; a restored or copied cache is elsewhere."""
    copy = tmp_path / "elsewhere"
    shutil.copytree(grown, copy, symlinks=True, ignore=shutil.ignore_patterns(".venv"))
    python = (grown / ".venv" / "bin" / "python").resolve()
    subprocess.run(
        [*UV, "sync", "--locked", "--quiet", "--python", str(python)], cwd=copy, check=True
    )
    _edit(copy / "src/demo_cli/core/extra_5.py", "    return x + 5", "    return x + 5  # changed")
    seen = _audit(copy)
    assert "re-run" not in seen.summaries["coverage"]
    assert "re-checked" in seen.summaries["typing"]  # findings name files relative to the root
    cold = _audit(copy, "--no-cache")
    assert (seen.findings, seen.coverage) == (cold.findings, cold.coverage)
