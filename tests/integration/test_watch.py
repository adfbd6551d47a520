# @file test_watch.py
# @path tests/integration/test_watch.py
# @version 0.1.0
"""``mason audit --watch``: a run after every save, each reporting what a cold audit reports.

The watched audit writes its JSON report to a file on every run (``--output json=...``); after
each edit of the oracle's project (tests.oracle_model) the test waits for the next report and
compares it with ``--no-cache``, as the exactness search does. Ctrl-C ends it with 130 and
leaves no process behind.
"""

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.exactness import Seen, seen
from tests.oracle_model import Model
from tests.support import MASON

pytestmark = pytest.mark.slow

CHECKS = ("-c", "lint", "-c", "typing", "-c", "coverage", "-c", "headers")


def _report(path: Path, after: float, timeout: float = 300) -> str:
    """Return the report written at ``path`` after the time ``after``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.is_file() and path.stat().st_mtime > after:
            time.sleep(0.3)  # the rename is atomic; let a second write land before reading
            return path.read_text(encoding="utf-8")
        time.sleep(0.2)
    msg = f"no new report at {path} within {timeout} s"
    raise AssertionError(msg)


def _as_seen(text: str) -> tuple[object, ...]:
    report = json.loads(text)
    return tuple(
        (c["name"], c["status"], sorted((f["rule"], f["path"], f["line"]) for f in c["findings"]))
        for c in report["checks"]
    )


def _cold(project: Path) -> tuple[object, ...]:
    cold: Seen = seen(project, "--no-cache", *CHECKS)
    return _as_seen(cold.raw)


def test_every_run_of_watch_reports_what_a_cold_audit_reports(
    oracle: tuple[Path, str], tmp_path: Path
) -> None:
    project, package = oracle
    model = Model(package)
    output = tmp_path / "report.json"
    started = time.time()
    watching = subprocess.Popen(
        [str(MASON), "audit", *CHECKS, "--watch", f"--output=json={output}"],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509 - a plain child
    )
    try:
        first = _report(output, started)
        assert _as_seen(first) == _cold(project)
        for change in ({"factor": 3}, {"stream_yields": False}, {"helper_type": "str"}):
            for name, value in change.items():
                setattr(model, name, value)
            edited = time.time()
            for relative, text in model.files().items():
                path = project / relative
                if text is not None and path.read_text(encoding="utf-8") != text:
                    path.write_text(text, encoding="utf-8")
            assert _as_seen(_report(output, edited)) == _cold(project), change
        os.killpg(watching.pid, signal.SIGINT)
        _, errors = watching.communicate(timeout=60)
        assert watching.returncode == 130, errors
        assert b"waiting for changes" in errors
    finally:
        if watching.poll() is None:
            os.killpg(watching.pid, signal.SIGKILL)
            watching.wait()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--format", "json"], "--watch shows its reports to people"),
        (["--changed-since", "HEAD"], "--watch cannot be combined with --changed-since"),
        (["--fix"], "--watch cannot be combined with --fix"),
    ],
)
def test_options_a_watched_audit_cannot_honour_are_usage_errors(
    oracle: tuple[Path, str], args: list[str], said: str
) -> None:
    project, _ = oracle
    done = subprocess.run(
        [str(MASON), "audit", "--watch", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert said in done.stderr
