# @file test_output_paths.py
# @path tests/integration/test_output_paths.py
# @version 0.1.0
"""``--output`` paths: checked before the audit runs, and written the way the path asks.

A symlink is written through to its target; a FIFO or a character device (``/dev/stdout``,
``>(gzip > r.gz)``, ``/dev/null``) gets the report as a stream and stays what it is; a
directory, a path below a file, or the same file twice is exit 2 before any work. New report,
baseline and cache files get the mode the umask gives, as any file a user's program creates.
"""

import os
import stat
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support import MASON, run_mason, write_tree

TINY = {
    "pyproject.toml": '[project]\nname = "tiny"\nversion = "0.1.0"\nrequires-python = ">=3.12"\n',
    "src/tiny/__init__.py": '"""Tiny."""\n',
}
QUICK = ["--check", "headers"]


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return write_tree(tmp_path / "tiny", TINY)


def test_a_symlink_is_written_through_to_its_target(tiny: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "l.json"
    link.symlink_to(real)
    outcome = run_mason(["audit", str(tiny), *QUICK, "--output", f"json={link}"])
    assert outcome.exit_code == 1, outcome.stderr
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("{")


def test_a_fifo_gets_the_report_as_a_stream(tiny: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    outcome = run_mason(["audit", str(tiny), *QUICK, "--output", f"json={fifo}"], timeout=60)
    reader.join(timeout=30)
    if reader.is_alive():  # mason never wrote to the pipe: let the reader go
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert outcome.exit_code == 1, outcome.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert received
    assert received[0].startswith(b"{")


def _device(path: Path, minor: int) -> Path:
    """Make a character device node like /dev/null (minor 3) or /dev/full (minor 7)."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return path


def test_a_character_device_stays_a_device(tiny: Path, tmp_path: Path) -> None:
    null = _device(tmp_path / "null", 3)
    outcome = run_mason(["audit", str(tiny), *QUICK, "--output", f"sarif={null}"])
    assert outcome.exit_code == 1, outcome.stderr
    assert stat.S_ISCHR(null.lstat().st_mode)


def test_a_full_device_is_a_clear_error_and_stdout_keeps_its_report(
    tiny: Path, tmp_path: Path
) -> None:
    full = _device(tmp_path / "full", 7)
    outcome = run_mason(
        ["audit", str(tiny), *QUICK, "--format", "json", "--output", f"sarif={full}"]
    )
    assert outcome.exit_code == 2
    assert f"cannot write the report to {full}: No space left on device" in outcome.stderr
    assert "hint:" in outcome.stderr
    assert outcome.stdout.startswith("{")
    assert stat.S_ISCHR(full.lstat().st_mode)


def _a_directory(base: Path) -> Path:
    base.mkdir()
    return base


def _below_a_file(base: Path) -> Path:
    base.write_text("x", encoding="utf-8")
    return base / "r.json"


@pytest.mark.parametrize(
    ("make", "expected"),
    [(_a_directory, "it is a directory"), (_below_a_file, "is not a directory")],
    ids=["directory", "below-a-file"],
)
def test_an_unwritable_path_is_exit_2_before_the_audit_runs(
    tiny: Path, tmp_path: Path, make: Callable[[Path], Path], expected: str
) -> None:
    target = make(tmp_path / "out")
    outcome = run_mason(["audit", str(tiny), *QUICK, "--output", f"json={target}"])
    assert outcome.exit_code == 2
    assert expected in outcome.stderr
    assert outcome.stdout == ""
    assert not (tiny / ".mason_cache").exists()  # no audit ran


def test_the_same_file_twice_is_exit_2(tiny: Path, tmp_path: Path) -> None:
    report = tmp_path / "a.json"
    alias = tmp_path / "alias.json"
    alias.symlink_to(report)
    for second in (report, alias):
        outcome = run_mason(
            [
                "audit",
                str(tiny),
                *QUICK,
                "--output",
                f"json={report}",
                "--output",
                f"sarif={second}",
            ]
        )
        assert outcome.exit_code == 2
        assert "twice" in outcome.stderr
        assert not report.exists()


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_new_files_get_the_umasks_mode(tiny: Path, tmp_path: Path, umask: int) -> None:
    report = tmp_path / "r.json"
    completed = subprocess.run(
        [
            str(MASON),
            "audit",
            str(tiny),
            *QUICK,
            "--output",
            f"json={report}",
            "--write-baseline",
        ],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=lambda: os.umask(umask),
    )
    assert completed.returncode == 0, completed.stderr
    expected = 0o666 & ~umask
    cache = [path for path in (tiny / ".mason_cache").rglob("*") if path.is_file()]
    assert cache
    for path in (report, tiny / ".mason-baseline.json", *cache):
        assert stat.S_IMODE(path.stat().st_mode) == expected, path
