# @file test_shards.py
# @path tests/integration/test_shards.py
# @version 0.1.0
"""``mason audit --shard I/N`` and ``mason audit merge``: N slices make the whole audit.

A generated project with findings in every per-file check and a type error across files is
audited whole, then in shards, one after another as CI jobs would; the merged report must
equal the whole one finding by finding, status by status, and in its coverage numbers. Bad
merges (a shard missing or given twice, a whole report, a split mixed up) are exit 2.
"""

import json
from pathlib import Path

import pytest

from tests.support import insert_after_docstring, run_mason, write_tree

pytestmark = pytest.mark.slow

type Finding = tuple[str, str, str | None, int | None, str]


def _key(finding: Finding) -> tuple[str, str, str, int, str]:
    name, rule, path, line, message = finding
    return name, rule, path or "", line or 0, message


def _seen(text: str) -> tuple[list[Finding], dict[str, str], dict[str, float]]:
    """Return the findings (every one, so a finding two shards report counts twice), etc."""
    report = json.loads(text)
    checks = report["checks"]
    findings = sorted(
        (
            (check["name"], f["rule"], f["path"], f["line"], f["message"])
            for check in checks
            for f in check["findings"]
        ),
        key=_key,
    )
    statuses = {check["name"]: check["status"] for check in checks}
    coverage = next(check["metrics"] for check in checks if check["name"] == "coverage")
    return findings, statuses, coverage


@pytest.fixture
def flawed(project: Path) -> Path:
    """Return the generated project with findings for every per-file check, and more tests."""
    package = project / "src" / "demo_cli"
    insert_after_docstring(package / "cli.py", "import os\n")
    insert_after_docstring(package / "core" / "words.py", "badly   =  1\n")
    (package / "loose.py").write_text('"""No header."""\n\nx: int = "text"\n', encoding="utf-8")
    words = package / "core" / "words.py"
    words.write_text(
        words.read_text(encoding="utf-8").replace("limit: int)", "limit: str)", 1),
        encoding="utf-8",
    )
    write_tree(
        project,
        {
            f"tests/test_more_{n}.py": (
                f"# @file test_more_{n}.py\n# @path tests/test_more_{n}.py\n# @version 0.1.0\n"
                f'"""More tests."""\n\nfrom demo_cli.core.words import most_common_words\n\n\n'
                f"def test_more_{n}() -> None:\n"
                f'    assert most_common_words("a b a", 1) == [("a", 2)]\n'
            )
            for n in range(3)
        },
    )
    return project


@pytest.mark.parametrize("pyright_excludes", [False, True])
def test_the_merged_shards_equal_the_whole_audit(
    flawed: Path, tmp_path: Path, *, pyright_excludes: bool
) -> None:
    if pyright_excludes:  # pyright cannot be narrowed: each shard keeps only its part of it all
        pyproject = flawed / "pyproject.toml"
        text = pyproject.read_text(encoding="utf-8")
        text = text.replace("[tool.pyright]\n", '[tool.pyright]\nexclude = ["scratch"]\n', 1)
        pyproject.write_text(text, encoding="utf-8")
    whole = run_mason(["audit", "--no-cache", "--format", "json"], cwd=flawed)
    assert whole.exit_code == 1, whole.stderr
    expected = _seen(whole.stdout)
    assert {name for name, *_ in expected[0]} >= {"lint", "format", "typing", "headers"}
    folders = [str(tmp_path / f"shard-{index}") for index in (1, 2, 3)]
    for index, folder in enumerate(folders, start=1):
        shard = run_mason(
            ["audit", "--shard", f"{index}/3", "--shard-dir", folder, "--format", "json"],
            cwd=flawed,
        )
        assert shard.exit_code in {0, 1}, shard.stderr
        assert json.loads(shard.stdout)["shard"] == {"index": index, "count": 3}
    merged = run_mason(["audit", "merge", *reversed(folders), "--format", "json"], cwd=flawed)
    assert merged.exit_code == whole.exit_code, merged.stderr
    assert _seen(merged.stdout) == expected
    assert json.loads(merged.stdout)["shard"] is None


def test_a_bad_merge_is_refused_with_what_is_wrong(flawed: Path, tmp_path: Path) -> None:
    folders = [tmp_path / f"shard-{index}" for index in (1, 2)]
    for index, folder in enumerate(folders, start=1):
        run_mason(["audit", "--check", "lint", "--shard", f"{index}/2", "--shard-dir", str(folder)],
                  cwd=flawed)  # fmt: skip
    missing = run_mason(["audit", "merge", str(folders[0])], cwd=flawed)
    assert missing.exit_code == 2
    assert "shard 2 of 2 is missing" in missing.stderr
    twice = run_mason(["audit", "merge", str(folders[0]), str(folders[0])], cwd=flawed)
    assert twice.exit_code == 2
    assert "given twice" in twice.stderr
    empty = run_mason(["audit", "merge", str(tmp_path)], cwd=flawed)
    assert empty.exit_code == 2
    assert "holds no shard report" in empty.stderr
    whole = tmp_path / "whole"
    whole.mkdir()
    report = run_mason(["audit", "--check", "lint", "--format", "json"], cwd=flawed)
    (whole / "report.json").write_text(report.stdout, encoding="utf-8")
    not_shard = run_mason(["audit", "merge", str(whole)], cwd=flawed)
    assert not_shard.exit_code == 2
    assert "not of a shard" in not_shard.stderr


def test_shards_of_different_trees_or_without_their_test_data_are_refused(
    flawed: Path, tmp_path: Path
) -> None:
    """Issue 16, defect 8: these merged into a wrong coverage, or passed with fewer tests."""
    folders = [tmp_path / f"shard-{index}" for index in (1, 2)]

    def shard(index: int) -> None:
        outcome = run_mason(
            ["audit", "-c", "coverage", "-c", "lint", "--shard", f"{index}/2",
             "--shard-dir", str(folders[index - 1])],
            cwd=flawed,
        )  # fmt: skip
        assert outcome.exit_code in {0, 1}, outcome.stderr

    shard(1)
    insert_after_docstring(flawed / "src" / "demo_cli" / "cli.py", "import sys\n")
    shard(2)
    mixed = run_mason(["audit", "merge", *map(str, folders)], cwd=flawed)
    assert mixed.exit_code == 2
    assert "the shards audited different trees or checks" in mixed.stderr
    shard(1)  # the same tree as shard 2 now
    data = folders[1] / "coverage-pytest" / "coverage.sqlite"
    assert data.is_file()
    data.unlink()
    lost = run_mason(["audit", "merge", *map(str, folders)], cwd=flawed)
    assert lost.exit_code == 2
    assert "holds no test data" in lost.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--shard", "3/2"], "expected I/N"),
        (["--shard", "one"], "expected I/N"),
        (["--shard", "1/2", "--changed-since", "HEAD"], "cannot be combined with --changed-since"),
        (["--shard", "1/2", "--write-baseline"], "cannot be combined with --write-baseline"),
    ],
)
def test_bad_shard_options_are_usage_errors(project: Path, args: list[str], message: str) -> None:
    outcome = run_mason(["audit", "--check", "lint", *args], cwd=project)
    assert outcome.exit_code == 2
    assert message in outcome.stderr
    assert not (project / ".mason-baseline.json").exists()
