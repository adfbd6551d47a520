# @file hooks.py
# @path benchmarks/hooks.py
# @version 0.1.0
"""The pre-commit hooks on one staged file, against ruff's own hook on the same file.

For each size: a synthetic four-layer project (``benchmarks/synthetic.py``), synced, its cache
warmed by one audit; then the commands ``.pre-commit-hooks.yaml`` runs, each on one module of
the bottom layer (the file most of the project imports), changed before every run as a staged
file is: ``mason-headers``, ``mason-files`` and ``mason-typing``, and ``ruff check`` on the
same file for scale. Each
time is the median of several runs, and the CPU seconds mason itself used (user and system,
children included) are shown beside it: on a busy machine wall time says more about the
machine than about mason.

Usage: ``python -m benchmarks.hooks [--sizes 100,1000] [--runs 7]``.
"""

import argparse
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import BIN, machine, measured_env, write_section
from benchmarks.synthetic import LAYERS, PACKAGE, generate

TARGETS = {"mason-headers": 0.3, "mason-files": 0.3, "mason-typing": 2.0}
"""Issue 19's targets, in seconds, for one staged file."""


_FILES_CHECKS = ("--check", "headers", "--check", "lint", "--check", "format", "--check", "design")
"""What the ``mason-files`` hook runs."""


LIBRARIES = (
    "import typer, rich.console, importlib.metadata, pathspec; from pydantic import BaseModel"
)
"""What every mason command imports before any of mason's own code: its floor."""
MASONS_IMPORTS = "import mason.cli.app, mason.cli.commands.audit, mason.checks.builtin"
"""What ``mason audit`` imports before it reads the project (libraries included)."""


def _hooks(path: str) -> dict[str, list[str]]:
    mason, python = str(BIN / "mason"), str(BIN / "python")
    return {
        "ruff check (its own hook)": [str(BIN / "ruff"), "check", path],
        "mason-headers": [mason, "audit", "--check", "headers", "--fix", "--files", path],
        "mason-files": [mason, "audit", *_FILES_CHECKS, "--files", path],
        "mason-typing": [mason, "audit", "--check", "typing", "--files", path],
        "where it goes: Python starts": [python, "-c", "pass"],
        "where it goes: + typer, rich, pydantic, importlib.metadata": [python, "-c", LIBRARIES],
        "where it goes: + mason's modules for an audit": [python, "-c", MASONS_IMPORTS],
    }


def _once(argv: list[str], project: Path) -> tuple[float, float]:
    """Run ``argv`` once; return its wall seconds and the CPU seconds it and its children used."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run(argv, cwd=project, env=measured_env(), capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return wall, cpu


def measure(project: Path, runs: int) -> dict[str, tuple[float, float]]:
    """Return each hook's median wall and CPU seconds on one bottom-layer module.

    Before every run the module gets a new last line (a comment: a change to its body, as most
    staged edits are), so no run is answered from the cache the last one left.
    """
    path = f"src/{PACKAGE}/{LAYERS[0]}/m0.py"
    module = project / path
    original = module.read_text(encoding="utf-8")
    subprocess.run([str(BIN / "mason"), "audit", "--sync"], cwd=project, env=measured_env(),
                   capture_output=True, check=False)  # fmt: skip
    found: dict[str, tuple[float, float]] = {}
    edits = itertools.count()

    def staged(argv: list[str]) -> tuple[float, float]:
        module.write_text(f"{original}# staged edit {next(edits)}\n", encoding="utf-8")
        return _once(argv, project)

    for name, argv in _hooks(path).items():
        staged(argv)  # the first run warms the file system and the tools' caches
        times = [staged(argv) for _ in range(runs)]
        found[name] = (
            statistics.median(wall for wall, _ in times),
            statistics.median(cpu for _, cpu in times),
        )
    module.write_text(original, encoding="utf-8")
    return found


def main() -> int:
    """Generate the projects, measure the hooks, and write docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",")]
    table: dict[int, dict[str, tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="mason-bench-hooks-") as scratch:
        for size in sizes:
            table[size] = measure(generate(Path(scratch), size), arguments.runs)
            print(size, table[size], file=sys.stderr)
    names = list(next(iter(table.values())))
    rows = [
        "| hook, one staged file | target | "
        + " | ".join(f"{size} modules: wall (CPU)" for size in sizes)
        + " |",
        "|---|---|" + "---|" * len(sizes),
    ]
    for name in names:
        target = TARGETS.get(name)
        cells: list[str] = []
        for size in sizes:
            wall, cpu = table[size][name]
            mark = "" if target is None else (" met" if wall <= target else " missed")
            cells.append(f"{wall:.2f} s ({cpu:.2f} s){mark}")
        limit = f"<= {target} s" if target is not None else "-"
        rows.append(f"| {name} | {limit} | " + " | ".join(cells) + " |")
    body = f"""## Pre-commit hooks

`python -m benchmarks.hooks --sizes {arguments.sizes} --runs {arguments.runs}` on {machine()}:
the commands of `.pre-commit-hooks.yaml` on one bottom-layer module of a synthetic four-layer
project whose cache one audit warmed, the module changed (a new comment line) before every run;
medians of {arguments.runs} runs, wall time and (in brackets) the CPU time of the command and
its children.

{chr(10).join(rows)}
"""
    write_section("hooks", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
