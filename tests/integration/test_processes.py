# @file test_processes.py
# @path tests/integration/test_processes.py
# @version 0.1.0
"""No process mason starts outlives it: a timeout or Ctrl-C ends the tool's whole group."""

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mason.adapters.process import run
from mason.domain.errors import ToolError
from tests.stopping import alive, default_dispositions

SPAWNER = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
open(sys.argv[1], "w").write(str(child.pid))
time.sleep(120)
"""


def _wait_for(path: Path) -> int:
    for _ in range(600):  # up to 30 s: a loaded CI machine starts Pythons slowly
        if path.exists() and path.read_text(encoding="utf-8"):
            return int(path.read_text(encoding="utf-8"))
        time.sleep(0.05)
    pytest.fail("the tool never started its child")


def _gone(pid: int) -> bool:
    for _ in range(600):  # up to 30 s: under coverage a process saves its data as it ends
        if not alive(pid):
            return True
        time.sleep(0.05)
    return False


def test_a_timeout_ends_the_tool_and_everything_it_started(tmp_path: Path) -> None:
    marker = tmp_path / "grandchild.pid"
    with pytest.raises(ToolError, match="did not finish within 1 s"):
        run([sys.executable, "-c", SPAWNER, str(marker)], cwd=tmp_path, timeout=1)
    assert _gone(_wait_for(marker))


def test_ctrl_c_ends_the_tool_and_everything_it_started(tmp_path: Path) -> None:
    marker = tmp_path / "grandchild.pid"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from mason.adapters.process import run\n"
        "try:\n"
        f"    run([sys.executable, '-c', {SPAWNER!r}, {str(marker)!r}],\n"
        "        cwd=Path('.'), timeout=60)\n"
        "except KeyboardInterrupt:\n"
        "    raise SystemExit(130)\n"
    )
    mason = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        preexec_fn=default_dispositions,  # noqa: PLW1509 - sets signal dispositions only
    )
    try:
        grandchild = _wait_for(marker)
        mason.send_signal(signal.SIGINT)
        assert mason.wait(timeout=30) == 130
        assert _gone(grandchild)
    finally:  # a failing test leaves no process behind to fail another
        if mason.poll() is None:
            mason.kill()
            mason.wait()


def test_a_finished_tool_leaves_nothing_running_in_its_group(tmp_path: Path) -> None:
    marker = tmp_path / "daemon.pid"
    leaves = (  # a daemon detaches from the tool's output, as daemons do
        "import subprocess, sys\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)'],\n"
        "                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        f"open({str(marker)!r}, 'w').write(str(child.pid))\n"
    )
    output = run([sys.executable, "-c", leaves], cwd=tmp_path, timeout=30)
    assert output.ok
    assert _gone(_wait_for(marker))
