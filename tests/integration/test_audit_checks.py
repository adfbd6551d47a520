# @file test_audit_checks.py
# @path tests/integration/test_audit_checks.py
# @version 0.1.0
"""``mason audit`` on real repositories with planted defects, one per check, real tools only.

Each test copies a project made by ``mason new`` (cli layout), gives it its own environment
with ``uv sync``, plants one defect and asserts the check's status, the finding's path and line
and the exit code. Where the issue asks for an oracle, the same tool run by hand must agree.
"""

import json
import subprocess
from pathlib import Path

import pytest

from mason.checks.builtin import BUILTIN_CHECKS
from tests.support import (
    audit,
    findings,
    insert_after_docstring,
    messages,
    run_mason,
    write_tree,
)

pytestmark = pytest.mark.slow

GREETING = "src/demo_cli/core/greeting.py"


def test_a_fresh_project_passes_every_check(project: Path) -> None:
    code, checks = audit(project)
    assert code == 0, {name: check.summary for name, check in checks.items()}
    assert list(checks) == [check.name for check in BUILTIN_CHECKS]  # every one, in order
    not_passed = {name: (c.status, c.summary) for name, c in checks.items() if c.status != "pass"}
    assert not_passed == {
        "results": ("skipped", "no Result layers ([tool.mason.results].layers)")
    }  # the cli layout has none
    assert not list(project.glob(".coverage*"))  # the data file stayed in mason's scratch


def test_lint_reports_ruffs_own_findings(project: Path) -> None:
    line = insert_after_docstring(project / GREETING, "import os\n")
    code, checks = audit(project, "--check", "lint")
    assert code == 1
    assert checks["lint"].status == "fail"
    assert ("F401", GREETING, line) in findings(checks["lint"])
    by_hand = subprocess.run(
        [".venv/bin/ruff", "check", "--output-format", "json", "."],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    oracle = {(item["code"], item["location"]["row"]) for item in json.loads(by_hand.stdout)}
    assert {(rule, line) for rule, _, line in findings(checks["lint"])} == oracle


def test_format_reports_each_unformatted_file(project: Path) -> None:
    with (project / GREETING).open("a", encoding="utf-8") as stream:
        stream.write("x=[1,\n2]\n")
    code, checks = audit(project, "--check", "format")
    assert code == 1
    assert [(rule, path) for rule, path, _ in findings(checks["format"])] == [("FMT001", GREETING)]


def test_format_follows_ruff_into_markdown_and_its_cache_does_too(project: Path) -> None:
    """Ruff 0.16+ formats Python blocks in Markdown: a cached pass must not hide a new one."""
    code, checks = audit(project, "--check", "format")
    assert code == 0
    guide = project / "docs" / "guide.md"
    guide.write_text("# Guide\n\n```python\nx=[1,\n2]\n```\n", encoding="utf-8")
    code, checks = audit(project, "--check", "format")
    assert not checks["format"].cached
    by_hand = subprocess.run(
        [".venv/bin/ruff", "format", "--check", "--output-format", "json", "."],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    oracle = {
        Path(item["filename"]).relative_to(project).as_posix()
        for item in json.loads(by_hand.stdout)
    }
    assert {path for _, path, _ in findings(checks["format"])} == oracle == {"docs/guide.md"}
    assert code == 1


def test_typing_reports_mypy_and_pyright_as_they_do(project: Path) -> None:
    line = insert_after_docstring(project / GREETING, "\n\ndef bad() -> int:\n    return 'x'\n")
    code, checks = audit(project, "--check", "typing")
    assert code == 1
    typing = findings(checks["typing"])
    mypy_lines = {line for rule, path, line in typing if rule == "TYP010" and path == GREETING}
    pyright_lines = {line for rule, path, line in typing if rule == "TYP011" and path == GREETING}
    assert mypy_lines == pyright_lines == {line + 3}
    by_hand = subprocess.run(
        [".venv/bin/mypy", "--output", "json"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    oracle = {json.loads(row)["line"] for row in by_hand.stdout.splitlines() if row.startswith("{")}
    assert mypy_lines == oracle
    by_hand = subprocess.run(
        [".venv/bin/pyright", "--outputjson"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    pyright_oracle = {
        item["range"]["start"]["line"] + 1
        for item in json.loads(by_hand.stdout)["generalDiagnostics"]
    }
    assert pyright_lines == pyright_oracle


def test_typing_names_each_weakened_setting(project: Path) -> None:
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8").replace("strict = true", "strict = false", 1)
    text = text.replace(
        'typeCheckingMode = "strict"',
        'typeCheckingMode = "strict"\nreportUnknownMemberType = false',
    )
    pyproject.write_text(text, encoding="utf-8")
    code, checks = audit(project, "--check", "typing")
    assert code == 1
    typing = messages(checks["typing"])
    assert "[tool.mypy] does not set strict = true" in typing
    assert "[tool.pyright] sets reportUnknownMemberType = false" in typing


def test_escape_hatches_are_counted_against_the_budget(project: Path) -> None:
    line = insert_after_docstring(project / GREETING, "\nLIMIT: int = '3'  # type: ignore\n")
    code, checks = audit(project, "--check", "typing")
    rules = findings(checks["typing"])
    assert ("TYP021", GREETING, line + 1) in rules
    assert ("TYP030", None, None) in rules
    assert code == 1


def test_layers_report_each_illegal_import_like_lint_imports(project: Path) -> None:
    line = insert_after_docstring(project / GREETING, "from demo_cli.commands import greet\n")
    code, checks = audit(project, "--check", "layers")
    assert code == 1
    layers = checks["layers"]
    assert layers.status == "fail"
    # the layers contract, and the pure layers' forbidden one for what commands brings along
    assert set(findings(layers)) == {("LAY001", GREETING, line)}
    pure = "(forbidden contract 'demo_cli pure layers do no I/O')"
    layered = "(layers contract 'demo_cli layers: cli > commands > core')"
    assert sorted(messages(layers)) == [
        f"demo_cli.core.greeting imports demo_cli.commands.greet {layered}",
        f"demo_cli.core.greeting imports rich (via demo_cli.commands.greet) {pure}",
        f"demo_cli.core.greeting imports typer (via demo_cli.commands.greet) {pure}",
    ]
    by_hand = subprocess.run(
        [".venv/bin/lint-imports"], cwd=project, capture_output=True, text=True, check=False
    )
    assert by_hand.returncode == 1
    assert f"demo_cli.core.greeting -> demo_cli.commands.greet (l.{line})" in by_hand.stdout


def test_layers_are_derived_from_the_layout_when_none_are_declared(project: Path) -> None:
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(
        text.split("[tool.importlinter]")[0] + "[tool.mason]" + text.split("[tool.mason]")[1],
        encoding="utf-8",
    )
    insert_after_docstring(project / GREETING, "from demo_cli import cli\n")
    code, checks = audit(project, "--check", "layers")
    assert code == 1
    assert "derived from the layout" in str(checks["layers"].summary)
    assert {rule for rule, _, _ in findings(checks["layers"])} == {"LAY001"}
    assert "demo_cli.core.greeting imports demo_cli.cli (layers contract" in str(
        messages(checks["layers"])
    )


def test_headers_missing_and_stale_then_fixed_in_place(project: Path) -> None:
    words = project / "src/demo_cli/core/words.py"
    body = words.read_text(encoding="utf-8").split("\n", 3)[3]
    words.write_text(body, encoding="utf-8")
    greeting = project / GREETING
    greeting.write_text(
        greeting.read_text(encoding="utf-8").replace("core/greeting.py", "old/greeting.py"),
        encoding="utf-8",
    )
    code, checks = audit(project, "--check", "headers")
    assert code == 1
    assert findings(checks["headers"]) == [
        ("HDR004", GREETING, 2),
        ("HDR003", "src/demo_cli/core/words.py", 1),
        ("HDR004", "src/demo_cli/core/words.py", 1),
        ("HDR005", "src/demo_cli/core/words.py", 1),
    ]
    code, checks = audit(project, "--check", "headers", "--fix")
    assert code == 0
    assert words.read_text(encoding="utf-8").endswith(body)
    assert words.read_text(encoding="utf-8").startswith(
        "# @file words.py\n# @path src/demo_cli/core/words.py\n"
    )


def test_coverage_totals_equal_coverage_report(project: Path) -> None:
    untested = "\n".join(f"def f{n}(x: int) -> int:\n    return x + {n}\n" for n in range(40))
    write_tree(project, {"src/demo_cli/core/untested.py": '"""Untested."""\n\n\n' + untested})
    code, checks = audit(project, "--check", "coverage")
    assert code == 1
    coverage = checks["coverage"]
    assert [rule for rule, _, _ in findings(coverage)] == ["COV001"]
    subprocess.run(
        [
            ".venv/bin/python",
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--cov=demo_cli",
            "--cov-fail-under=0",
        ],
        cwd=project,
        capture_output=True,
        check=True,
    )
    by_hand = subprocess.run(
        [".venv/bin/python", "-m", "coverage", "report", "--format=total"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert by_hand.returncode == 2  # coverage's own exit status for "below fail_under"
    total = by_hand.stdout.splitlines()[0].strip()
    assert f"total {total}%" in coverage.summary
    assert f"total coverage {total}% is below the gate of 70%" in messages(coverage)
    subprocess.run(
        [".venv/bin/python", "-m", "coverage", "json", "-q", "-o", "cov.json"],
        cwd=project,
        check=False,
    )
    for given in (project / ".coverage", project / "cov.json"):  # a data file, a JSON report
        code, checks = audit(project, "--check", "coverage", "--coverage-file", str(given))
        assert code == 1, checks["coverage"].details
        assert f"total {total}%" in checks["coverage"].summary


def test_failing_tests_fail_the_coverage_check(project: Path) -> None:
    broken = '"""Broken."""\n\n\ndef test_broken() -> None:\n    assert 1 == 2\n'
    _, before = audit(project, "--check", "coverage")
    tests = int(before["coverage"].summary.split(" tests,")[0])
    write_tree(project, {"tests/test_broken.py": broken})
    code, checks = audit(project, "--check", "coverage")
    assert code == 1
    failed = f"1 of {tests + 1} tests failed: tests.test_broken::test_broken"
    assert failed in str(messages(checks["coverage"]))


def test_structure_stray_config_missing_files_and_a_stale_lock(project: Path) -> None:
    write_tree(project, {"mypy.ini": "[mypy]\nstrict = True\n"})
    (project / "LICENSE").unlink()
    pyproject = project / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8").replace(
            '"rich>=15,<16",', '"rich>=15,<16",\n    "packaging>=24",'
        ),
        encoding="utf-8",
    )
    code, checks = audit(project, "--check", "structure")
    assert code == 1
    assert sorted(rule for rule, _, _ in findings(checks["structure"])) == [
        "STR002",
        "STR004",
        "STR005",
    ]


def test_design_rules(project: Path) -> None:
    write_tree(
        project,
        {
            "src/demo_cli/core/shapes.py": (
                '"""Shapes."""\n\nfrom abc import ABC\nfrom dataclasses import dataclass\n\n\n'
                'class Shape(ABC):\n    """A shape."""\n\n\n'
                "@dataclass\nclass _Box:\n    size: int\n\n\n"
                "class _A:\n    pass\n\n\nclass _B:\n    pass\n"
            ),
        },
    )
    code, checks = audit(project, "--check", "design")
    assert code == 1
    assert findings(checks["design"]) == [
        ("DES001", "src/demo_cli/core/shapes.py", 20),
        ("DES003", "src/demo_cli/core/shapes.py", 7),
        ("DES005", "src/demo_cli/core/shapes.py", 12),
    ]


def test_broken_files_are_findings_and_the_audit_goes_on(project: Path) -> None:
    write_tree(
        project,
        {
            "src/demo_cli/core/broken.py": "def broken(:\n",
            "src/demo_cli/core/latin1.py": b'"""caf\xe9."""\n',
            "docs/big.md": "x" * 2_100_000,
        },
    )
    (project / "docs" / "loop").symlink_to(project / "docs")
    code, checks = audit(project, "--check", "headers", "--check", "design")
    assert code == 1
    assert ("SRC002", "src/demo_cli/core/broken.py", 1) in findings(checks["design"])
    header_rules = findings(checks["headers"])
    assert ("SRC001", "src/demo_cli/core/latin1.py", None) in header_rules
    assert ("SRC003", "docs/big.md", None) in header_rules


def test_no_environment_is_could_not_run_and_sync_creates_it(project: Path) -> None:
    subprocess.run(["rm", "-rf", str(project / ".venv")], check=True)
    code, checks = audit(project, "--check", "typing", "--check", "coverage", "--check", "lint")
    assert code == 3
    assert checks["coverage"].status == "error"
    assert "uv sync" in str(checks["coverage"].details)
    assert checks["lint"].status == "pass"  # ruff needs no environment: mason's own runs
    code, checks = audit(project, "--check", "coverage", "--sync")
    assert code == 0
    assert checks["coverage"].status == "pass"


def test_a_crashing_test_run_is_an_error_with_its_output(project: Path) -> None:
    write_tree(
        project,
        {"tests/conftest.py": '"""Broken fixtures."""\n\nimport does_not_exist  # noqa: F401\n'},
    )
    code, checks = audit(project, "--check", "coverage")
    assert code == 3
    assert checks["coverage"].status == "error"
    assert "does_not_exist" in str(checks["coverage"].details)


def test_a_tool_that_outlives_its_timeout_is_an_error(project: Path) -> None:
    pyproject = project / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8").replace(
            "[tool.mason]\n", "[tool.mason]\ntimeout = 2\n"
        ),
        encoding="utf-8",
    )
    write_tree(
        project,
        {
            "tests/test_slow.py": (
                '"""Slow."""\n\nimport time\n\n\ndef test_slow() -> None:\n    time.sleep(30)\n'
            )
        },
    )
    code, checks = audit(project, "--check", "coverage")
    assert code == 3
    assert "did not finish within 2 s" in str(checks["coverage"].details)


def test_the_cache_reuses_unchanged_results_and_follows_content(project: Path) -> None:
    first_code, first = audit(project, "--check", "lint", "--check", "headers", "--check", "design")
    assert first_code == 0
    assert not any(check.cached for check in first.values())
    _, second = audit(project, "--check", "lint", "--check", "headers", "--check", "design")
    assert all(check.cached for check in second.values())
    readme = project / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    _, third = audit(project, "--check", "lint", "--check", "headers", "--check", "design")
    assert (third["lint"].cached, third["headers"].cached, third["design"].cached) == (
        True,
        False,
        True,
    )
    _, fourth = audit(project, "--check", "lint", "--no-cache")
    assert fourth["lint"].cached is False
    assert (project / ".mason_cache" / ".gitignore").read_text(encoding="utf-8").endswith("*\n")


def test_baseline_accepts_old_findings_through_line_shifts(project: Path) -> None:
    insert_after_docstring(project / GREETING, "import os\n")
    code, _ = audit(project, "--check", "lint", "--write-baseline")
    assert code == 0
    assert (project / ".mason-baseline.json").is_file()
    baseline = str(project / ".mason-baseline.json")
    insert_after_docstring(project / GREETING, "\n\n")
    code, checks = audit(project, "--check", "lint", "--baseline", baseline)
    assert code == 0, messages(checks["lint"])
    insert_after_docstring(project / GREETING, "import sys\n")
    code, checks = audit(project, "--check", "lint", "--baseline", baseline)
    assert code == 1
    new = messages(checks["lint"])
    assert any("`sys` imported but unused" in message for message in new)
    assert not any("`os`" in message for message in new)


def test_changed_since_shows_only_changed_files(project: Path) -> None:
    insert_after_docstring(project / GREETING, "import os\n")
    subprocess.run(["git", "commit", "-qam", "old defect"], cwd=project, check=True)
    words = "src/demo_cli/core/words.py"
    insert_after_docstring(project / words, "import sys\n")
    code, checks = audit(project, "--check", "lint", "--changed-since", "HEAD")
    assert code == 1
    assert {path for _, path, _ in findings(checks["lint"])} == {words}
    outcome = run_mason(["audit", str(project), "--changed-since", "no-such-ref"])
    assert outcome.exit_code == 2
    assert "'no-such-ref' is not a commit" in outcome.stderr


def test_machine_formats_written_to_files(project: Path, tmp_path: Path) -> None:
    insert_after_docstring(project / GREETING, "import os\n")
    for output_format, name in (
        ("sarif", "r.sarif"),
        ("junit", "r.xml"),
        ("github", "r.txt"),
        ("rich", "r.log"),
    ):
        outcome = run_mason(
            ["audit", str(project), "-c", "lint", "-f", output_format, "-o", str(tmp_path / name)]
        )
        assert outcome.exit_code == 1
        assert "mason audit: FAILED (lint)" in outcome.stderr + outcome.stdout
    sarif = json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"][0]["ruleId"] == "F401"
    assert "<failure" in (tmp_path / "r.xml").read_text(encoding="utf-8")
    assert (
        (tmp_path / "r.txt")
        .read_text(encoding="utf-8")
        .startswith(f"::error file={GREETING},line=")
    )
    assert "F401 [error]" in (tmp_path / "r.log").read_text(encoding="utf-8")


def test_plain_output_when_not_a_terminal(project: Path) -> None:
    outcome = run_mason(["audit", str(project), "-c", "lint", "-c", "design", "--jobs", "1"])
    assert outcome.exit_code == 0
    assert outcome.stdout.splitlines()[-1].startswith("mason audit: passed (2 checks)")


@pytest.mark.parametrize(
    ("pyproject", "message"),
    [
        ("[tool.mason\n", "malformed TOML"),
        ("[tool.mason]\nlayot = 'cli'\n", "did you mean 'layout'?"),
    ],
)
def test_bad_configuration_exits_2(tmp_path: Path, pyproject: str, message: str) -> None:
    write_tree(tmp_path, {"pyproject.toml": pyproject})
    outcome = run_mason(["audit", str(tmp_path)])
    assert outcome.exit_code == 2
    assert message in outcome.stderr
    assert not (tmp_path / ".mason_cache").exists()


def test_unknown_check_name_exits_2() -> None:
    outcome = run_mason(["audit", "--check", "lnt"])
    assert outcome.exit_code == 2
    assert "did you mean 'lint'?" in outcome.stderr
