# @file test_exactness.py
# @path tests/integration/test_exactness.py
# @version 0.1.0
"""Exact or full: each way a cached audit once passed what a cold audit failed (issue 16).

Every test warms the cache on the oracle's project (tests.exactness), makes one change of the
kind that broke exactness on real code, and requires the cached audit to report exactly what
``--no-cache`` reports. Each also checks that the cold audit does see the change, so the test
would fail if the defect came back.
"""

import os
import subprocess
from pathlib import Path

import pytest

from mason.adapters.cache_store import CacheStore
from tests.exactness import assert_cold, edit, seen
from tests.support import MASON

pytestmark = pytest.mark.slow

type Oracle = tuple[Path, str]


def test_an_async_generator_that_becomes_a_coroutine_is_checked_in_its_importers(
    oracle: Oracle,
) -> None:
    project, package = oracle
    seen(project, "-c", "typing")
    stream = project / "src" / package / "stream.py"
    edit(
        stream,
        "    for number in range(3):\n        yield number\n",
        "    raise NotImplementedError\n",
    )
    found = assert_cold(project, "-c", "typing")
    assert any(path == f"src/{package}/consume.py" for _, _, _, path, *_ in found.findings)


def test_a_helper_the_tests_import_relatively_is_followed(oracle: Oracle) -> None:
    project, _ = oracle
    seen(project, "-c", "typing")
    edit(project / "tests/helpers.py", "def make() -> int:", "def make() -> str:")
    edit(project / "tests/helpers.py", "    return 1\n", '    return "1"\n')
    found = assert_cold(project, "-c", "typing")
    assert any(path == "tests/test_use.py" for _, _, _, path, *_ in found.findings)


def test_a_narrowed_mypy_finds_the_package_as_source_without_mypy_path(oracle: Oracle) -> None:
    """The oracle's project has no ``mypy_path`` and no ``py.typed``, as many projects do."""
    project, _ = oracle
    seen(project, "-c", "typing")
    edit(project / "tests/test_use.py", "    assert value == 1\n", "    assert value == 1 + 0\n")
    found = assert_cold(project, "-c", "typing")
    assert found.statuses["typing"] == "pass"


def test_a_test_that_runs_the_code_in_a_child_process_runs_again(oracle: Oracle) -> None:
    project, package = oracle
    assert seen(project, "-c", "coverage").statuses["coverage"] == "pass"
    edit(project / "src" / package / "cli.py", 'print("hello")', 'print("hi")')
    found = assert_cold(project, "-c", "coverage")
    assert found.statuses["coverage"] == "fail"


def test_a_file_a_tool_saw_change_while_it_ran_is_not_cached(
    oracle: Oracle, tmp_path: Path
) -> None:
    """A test rewrites a module while the audit runs (the edit lands mid-run, every time)."""
    project, package = oracle
    flag = project / "src" / package / "flag.py"
    flag.write_text('"""A flag."""\n\nVALUE = 1\n', encoding="utf-8")
    marker = tmp_path / "rewrite"
    (project / "tests/test_flag.py").write_text(
        "import importlib\nimport os\nfrom pathlib import Path\n\n"
        f"import {package}.flag\n\n\n"
        "def test_value() -> None:\n"
        f"    if os.path.exists({str(marker)!r}):\n"
        f'        Path({str(flag)!r}).write_text("VALUE = 2\\n")\n'
        f"    assert importlib.reload({package}.flag).VALUE == 1\n",
        encoding="utf-8",
    )
    marker.touch()
    during = seen(project, "-c", "coverage")
    assert during.statuses["coverage"] == "fail"  # the test read what it wrote
    flag.write_text('"""A flag."""\n\nVALUE = 1\n', encoding="utf-8")
    marker.unlink()
    found = assert_cold(project, "-c", "coverage")
    assert found.statuses["coverage"] == "pass"


def test_an_edit_during_the_audit_leaves_no_stale_pass(oracle: Oracle) -> None:
    """The issue's own reproduction: overwrite a broken module while the tools run."""
    project, package = oracle
    use = project / "src" / package / "consume.py"
    broken = use.read_text(encoding="utf-8") + "\n\ndef wrong() -> str:\n    return 1\n"
    clean = use.read_text(encoding="utf-8")
    use.write_text(broken, encoding="utf-8")
    for delay in (0.5, 1.5):
        running = subprocess.Popen(
            [str(MASON), "audit", "-c", "typing", "--format", "json"],
            cwd=project,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            running.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            use.write_text(clean, encoding="utf-8")
        finally:
            running.wait(timeout=300)
        use.write_text(broken, encoding="utf-8")
        found = assert_cold(project, "-c", "typing")
        assert found.statuses["typing"] == "fail"


def test_a_corrupted_truncated_or_swapped_cache_entry_is_a_miss(oracle: Oracle) -> None:
    project, package = oracle
    (project / "src" / package / "bad.py").write_text("import os\n", encoding="utf-8")
    failing = seen(project, "-c", "lint", "-c", "headers", "-c", "design")
    assert failing.exit_code == 1
    entries = sorted(CacheStore(project).directory.glob("*.json"))
    assert len(entries) >= 3
    texts = [entry.read_text(encoding="utf-8") for entry in entries]
    for entry, text in zip(entries, [*texts[1:], texts[0]], strict=True):
        entry.write_text(text, encoding="utf-8")  # every entry under another key
    assert_cold(project, "-c", "lint", "-c", "headers", "-c", "design")
    for entry in CacheStore(project).directory.glob("*.json"):
        entry.write_text("{}", encoding="utf-8")
    assert_cold(project, "-c", "lint", "-c", "headers", "-c", "design")
    for entry in CacheStore(project).directory.glob("*.json"):
        entry.write_text(entry.read_text(encoding="utf-8")[:40], encoding="utf-8")
    assert assert_cold(project, "-c", "lint", "-c", "headers", "-c", "design").exit_code == 1


def test_symbolic_links_are_read_through(oracle: Oracle, tmp_path: Path) -> None:
    project, package = oracle
    checks = ("-c", "lint", "-c", "typing")
    seen(project, *checks)
    dangling = project / "src" / package / "dangling.py"
    dangling.symlink_to("nothere.py")
    assert assert_cold(project, *checks).exit_code != 0
    dangling.unlink()
    target = tmp_path / "elsewhere.py"
    target.write_text('"""Elsewhere."""\n', encoding="utf-8")
    (project / "src" / package / "linked.py").symlink_to(target)
    assert assert_cold(project, *checks).exit_code == 0
    target.write_text('"""Elsewhere."""\n\nimport os\n', encoding="utf-8")
    assert assert_cold(project, *checks).exit_code == 1
    os.utime(target)
    (project / "src" / package / "folder").symlink_to(project / "tests", target_is_directory=True)
    found = assert_cold(project, *checks)
    assert not any(found.cached.values())  # what a folder link holds is not listed


def test_a_module_that_stops_parsing_is_counted_as_a_full_run_counts_it(oracle: Oracle) -> None:
    """Real code (click, in the benchmark): an edit left a module that no longer parses.

    The narrowed run judged that module alone; the summary kept the count of modules the last
    full run had parsed ("16 modules"), where a cold run counted one fewer. A check now counts
    the modules it is given, which only the list of files (a full run when it changes) decides.
    """
    project, package = oracle
    checks = ("-c", "logging", "-c", "purity")
    seen(project, *checks)
    edit(project / "src" / package / "stream.py", "    for number", "      for number")
    found = assert_cold(project, *checks)
    assert "modules" in found.summaries["purity"]
    assert "modules" in found.summaries["logging"]
