# @file test_new_interactive.py
# @path tests/e2e/test_new_interactive.py
# @version 0.1.0
"""``mason new`` on a terminal asks its questions (through copier's prompts) and uses the answers.

The test drives a real pseudo-terminal, as a person at a keyboard would: Enter accepts a
default, arrow keys move through the layout choices.
"""

import os
import select
import sys
import time
from pathlib import Path

import pytest

from tests.support import MASON

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

ENTER = b"\r"
UP = b"\x1b[A"
CLEAR = b"\x15"  # Ctrl-U: clear the pre-filled default


def _drain(fd: int, seconds: float, sink: bytearray) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                return False
            if not chunk:
                return False
            sink.extend(chunk)
    return True


def test_questions_are_asked_on_a_terminal(tmp_path: Path) -> None:
    import pty  # noqa: PLC0415 - POSIX only; importing it at the top breaks collection on Windows

    target = tmp_path / "asked"
    pid, fd = pty.fork()
    if pid == 0:  # the child: mason on the terminal
        os.execv(str(MASON), ["mason", "new", str(target), "--no-lock", "--no-git"])  # noqa: S606 - exec replaces the forked child
    screen = bytearray()
    _drain(fd, 8, screen)
    keys = [
        ENTER,
        ENTER,
        CLEAR + b"Prices things" + ENTER,
        ENTER,
        ENTER,
        ENTER,
        ENTER,
        UP + UP + ENTER,
    ]
    for key in keys:
        os.write(fd, key)
        if not _drain(fd, 2, screen):
            break
    _drain(fd, 15, screen)
    _, status = os.waitpid(pid, 0)
    text = screen.decode(errors="replace")
    assert os.waitstatus_to_exitcode(status) == 0, text[-2000:]
    assert "Project layout" in text
    assert "(webapp layout)" in text
    pyproject = (target / "pyproject.toml").read_text(encoding="utf-8")
    assert 'description = "Prices things"' in pyproject
    assert (target / "src" / "asked" / "main.py").is_file()
