# @file test_user_errors.py
# @path tests/integration/test_user_errors.py
# @version 0.1.0
"""What users get wrong, or their machine does, is a user error: one line, a hint, an exit code.

None of these is "a bug in mason" (exit 3 with a request for a report): a destination below a
file, a name longer than the file system allows, a full disk, stdout that is closed, a pipe
whose reader went away or a full device, and files saved with a UTF-8 byte order mark.
"""

import contextlib
import json
import subprocess
from collections.abc import Generator
from pathlib import Path

import pytest

from tests.support import MASON, run_mason, write_tree

BUG = "bug in mason"
NEW = ["--defaults", "--no-lock", "--no-git"]


def test_a_destination_below_a_file_is_exit_2_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    outcome = run_mason(["new", "afile/sub", *NEW], cwd=tmp_path)
    assert outcome.exit_code == 2, outcome.stderr
    assert f"{tmp_path / 'afile'} is a file, not a directory" in outcome.stderr
    assert "hint:" in outcome.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["afile"]


def test_a_name_longer_than_the_file_system_allows_is_exit_2(tmp_path: Path) -> None:
    outcome = run_mason(["new", "a" * 300, *NEW], cwd=tmp_path)
    assert outcome.exit_code == 2, outcome.stderr
    assert "300 bytes" in outcome.stderr
    assert BUG not in outcome.stderr
    assert list(tmp_path.iterdir()) == []


@contextlib.contextmanager
def _full_disk(mount: Path) -> Generator[Path]:
    """Mount a small tmpfs at ``mount`` and fill it, leaving a few bytes (needs root)."""
    mount.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("mounting a small file system needs root")
    try:
        with (mount / "filler").open("wb") as filler, contextlib.suppress(OSError):
            filler.write(b"x" * 80_000)
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_is_exit_3_and_leaves_nothing(tmp_path: Path) -> None:
    with _full_disk(tmp_path / "disk") as disk:
        outcome = run_mason(["new", "demo", *NEW], cwd=disk)
        assert outcome.exit_code == 3, outcome.stderr
        assert "No space left on device" in outcome.stderr
        assert "free some space" in outcome.stderr
        assert BUG not in outcome.stderr
        assert sorted(path.name for path in disk.iterdir()) == ["filler"]


def _layouts(stdout: int | None, *, close_reader: bool = False) -> tuple[int, str]:
    process = subprocess.Popen(
        [str(MASON), "layouts"],
        stdout=subprocess.PIPE if close_reader else stdout,
        stderr=subprocess.PIPE,
        text=True,
        pass_fds=(),
    )
    if close_reader and process.stdout is not None:
        process.stdout.close()  # the reader goes away before mason writes
    _, stderr = process.communicate(timeout=60)
    return process.returncode, stderr


def test_stdout_on_a_full_device_is_exit_2() -> None:
    with Path("/dev/full").open("wb") as full:
        code, stderr = _layouts(full.fileno())
    assert code == 2, stderr
    assert "cannot write to stdout: No space left on device" in stderr
    assert BUG not in stderr


def test_stdout_whose_reader_went_away_is_exit_2() -> None:
    code, stderr = _layouts(None, close_reader=True)
    assert code == 2, stderr
    assert "cannot write to stdout" in stderr
    assert "Exception ignored" not in stderr


def test_a_closed_stdout_is_exit_2_before_any_work() -> None:
    completed = subprocess.run(
        ["/bin/sh", "-c", f"exec {MASON} layouts >&-"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 2, completed.stderr
    assert "stdout is closed" in completed.stderr


HEADED = (
    "# @file {name}\n# @path src/tiny/{name}\n# @version 0.1.0\n"
    '"""Tiny, saved by an editor that writes a byte order mark."""\n\nVALUE = 1\n'
)


def test_a_byte_order_mark_in_python_code_is_no_finding(tmp_path: Path) -> None:
    project = write_tree(
        tmp_path / "tiny",
        {
            "pyproject.toml": '[project]\nname = "tiny"\nversion = "0.1.0"\n',
            "src/tiny/__init__.py": b"\xef\xbb\xbf" + HEADED.format(name="__init__.py").encode(),
        },
    )
    outcome = run_mason(
        ["audit", str(project), "--check", "headers", "--check", "design", "--format", "json"]
    )
    report = json.loads(outcome.stdout)
    found = {
        (finding["rule"], finding["path"])
        for check in report["checks"]
        for finding in check["findings"]
    }
    assert ("HDR001", "src/tiny/__init__.py") not in found
    assert ("SRC002", "src/tiny/__init__.py") not in found
    fixed = run_mason(["audit", str(project), "--check", "headers", "--fix"])
    assert BUG not in fixed.stderr
    assert (project / "src/tiny/__init__.py").read_bytes().startswith(b"\xef\xbb\xbf# @file")


def test_a_byte_order_mark_in_pyproject_is_named(tmp_path: Path) -> None:
    project = write_tree(
        tmp_path / "tiny", {"pyproject.toml": b'\xef\xbb\xbf[project]\nname = "tiny"\n'}
    )
    outcome = run_mason(["audit", str(project), "--check", "headers"])
    assert outcome.exit_code == 2
    assert "byte order mark" in outcome.stderr
    assert "Empty key" not in outcome.stderr
