# @file harness.py
# @path benchmarks/harness.py
# @version 0.1.0
"""Timing and reporting shared by the benchmark scripts.

Every measurement runs a real command as a subprocess and takes the median of several runs;
each script replaces only its own section of docs/benchmarks.md (between marker comments), so
the scripts can be run independently and in any order.
"""

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "benchmarks.md"
BIN = Path(sys.executable).parent
HEADER = """<!--
@file benchmarks.md
@path docs/benchmarks.md
@version 0.1.0
@description Measured performance of mason new, audit and upgrade (written by benchmarks/*.py).
-->
# Benchmarks

Each section is written by a script in `benchmarks/` (run it to refresh the numbers):
`python -m benchmarks.new`, `python -m benchmarks.audit`, `python -m benchmarks.upgrade`.
Times are medians of several runs of real commands on one machine; ratios compare commands
measured in the same run.
"""


def timed(
    argv: Sequence[object],
    *,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    check: bool = True,
    before: Callable[[], None] | None = None,
) -> float:
    """Run ``argv`` once (after ``before``) and return its wall-clock seconds."""
    if before is not None:
        before()
    start = time.perf_counter()
    completed = subprocess.run(
        [str(part) for part in argv],
        cwd=cwd,
        env=measured_env(env),
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if check and completed.returncode not in {0, 1}:
        msg = f"{argv} failed ({completed.returncode}): {completed.stderr[-2000:]}"
        raise RuntimeError(msg)
    return elapsed


def measured_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Return the environment a measured command runs in: this one, plus ``extra``.

    Without ``PYTHONDONTWRITEBYTECODE``: some machines (containers, CI images) set it, and then
    every Python the benchmark starts (mason, the project's mypy and pytest) compiles its
    modules afresh on every run, which is not what a developer's machine does.
    """
    found = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    return {**found, **(extra or {})}


def median_of(runs: int, measure: Callable[[], float]) -> float:
    """Return the median of ``runs`` measurements."""
    return statistics.median(measure() for _ in range(runs))


def machine() -> str:
    """Describe the machine the numbers come from."""
    cpus = os.cpu_count() or 0
    return (
        f"{platform.system()} {platform.machine()}, {cpus} CPUs, Python {platform.python_version()}"
    )


def write_section(name: str, body: str, docs: Path = DOCS, header: str = HEADER) -> None:
    """Replace the section ``name`` of ``docs`` (docs/benchmarks.md) with ``body``."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    text = docs.read_text(encoding="utf-8") if docs.exists() else header
    block = f"{start}\n{body.strip()}\n{end}"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        text = before + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    docs.write_text(text, encoding="utf-8")


def timed_peak(argv: Sequence[object], *, cwd: Path) -> tuple[float, float, str]:
    """Run ``argv`` once; return its seconds, its peak memory in MB and its stdout.

    The peak is the largest resident set of the process or of any process it waited for
    (pyright's node, the test run), as ``wait4`` reports it on Linux.
    """
    start = time.perf_counter()
    with subprocess.Popen(
        [str(part) for part in argv],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as process:
        out = process.stdout.read() if process.stdout is not None else ""
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    if process.returncode not in {0, 1}:
        msg = f"{argv} failed ({process.returncode})"
        raise RuntimeError(msg)
    return elapsed, usage.ru_maxrss / 1024, out
