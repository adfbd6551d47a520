# @file type_checkers.py
# @path benchmarks/type_checkers.py
# @version 0.1.0
"""mypy, pyright and ty side by side: by hand, and as mason's typing check runs them.

For each size: a synthetic four-layer project (``benchmarks/synthetic.py``), synced. By hand,
each checker runs from the project's environment on the whole project, cold (no cache) and
again with what its first run left (mypy's cache; pyright and ty keep none between runs).
Then ``mason audit --check typing`` runs cold, warm, and after a change to the body of one
bottom-layer module (a staged edit: the file and its importers are re-checked), once with the
project's default checkers (mypy and pyright, side by side) and once with
``[tool.mason.typing] checkers = ["ty"]``. Each time is the median of several runs.

Usage: ``python -m benchmarks.type_checkers [--sizes 100,1000] [--runs 3]``.
"""

import argparse
import shutil
import sys
import tempfile
from functools import partial
from pathlib import Path

from benchmarks.harness import BIN, machine, median_of, timed, write_section
from benchmarks.synthetic import LAYERS, PACKAGE, generate

CACHES = (".mypy_cache", ".mason_cache")
TY_ONLY = '\n[tool.mason.typing]\ncheckers = ["ty"]\n'
"""Appended to the project's pyproject.toml: mason's typing check runs ty alone."""


def _clear(project: Path) -> None:
    for name in CACHES:
        shutil.rmtree(project / name, ignore_errors=True)


def _by_hand(project: Path, runs: int) -> dict[str, float]:
    venv = project / ".venv" / "bin"
    commands: dict[str, list[str | Path]] = {
        "mypy": [venv / "mypy", "--output", "json"],
        "pyright": [venv / "pyright", "--outputjson"],
        "ty": [venv / "ty", "check", "--output-format", "gitlab", "--no-progress"],
    }
    found: dict[str, float] = {}
    for name, argv in commands.items():
        cold = partial(timed, argv, cwd=project, before=partial(_clear, project))
        found[f"by hand, cold: {name}"] = median_of(runs, cold)
        timed(argv, cwd=project)
        found[f"by hand, again: {name}"] = median_of(runs, partial(timed, argv, cwd=project))
    return found


def _through_mason(project: Path, runs: int, label: str) -> dict[str, float]:
    mason = [BIN / "mason", "audit", "--check", "typing", "--format", "json"]
    module = project / "src" / PACKAGE / LAYERS[0] / "m0.py"
    original = module.read_text(encoding="utf-8")
    edits = [0]

    def body_change() -> None:
        edits[0] += 1
        module.write_text(
            original.replace("return x * 1 +", f"return x * {edits[0] + 1} +", 1),
            encoding="utf-8",
        )

    found = {
        f"mason, {label}: cold": median_of(
            runs, lambda: timed([*mason, "--no-cache"], cwd=project, before=lambda: _clear(project))
        )
    }
    timed(mason, cwd=project)
    found[f"mason, {label}: warm"] = median_of(runs, lambda: timed(mason, cwd=project))
    found[f"mason, {label}: one body change"] = median_of(
        runs, lambda: timed(mason, cwd=project, before=body_change)
    )
    module.write_text(original, encoding="utf-8")
    return found


def measure(project: Path, runs: int) -> dict[str, float]:
    """Return every measurement's median for one project."""
    timed([BIN / "mason", "audit", "--sync", "--check", "typing"], cwd=project)
    found = _by_hand(project, runs)
    found.update(_through_mason(project, runs, "mypy + pyright"))
    pyproject = project / "pyproject.toml"
    settings = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(settings + TY_ONLY, encoding="utf-8")
    try:
        found.update(_through_mason(project, runs, "ty"))
    finally:
        pyproject.write_text(settings, encoding="utf-8")
    return found


def main() -> int:
    """Generate the projects, time the checkers, and write docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",")]
    table: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="mason-bench-types-") as scratch:
        for size in sizes:
            table[size] = measure(generate(Path(scratch), size), arguments.runs)
            print(size, table[size], file=sys.stderr)
    names = list(next(iter(table.values())))
    rows = [
        "| measurement | " + " | ".join(f"{size} modules" for size in sizes) + " |",
        "|---|" + "---|" * len(sizes),
        *(
            f"| {name} | " + " | ".join(f"{table[size][name]:.2f} s" for size in sizes) + " |"
            for name in names
        ),
    ]
    body = f"""## Type checkers side by side

`python -m benchmarks.type_checkers --sizes {arguments.sizes} --runs {arguments.runs}` on
{machine()}: the synthetic four-layer projects of the audit benchmark. By hand, each checker on
the whole project from the project's environment, cold and run again (mypy then reads its
cache; pyright and ty keep none); through mason, `mason audit --check typing` cold, warm, and
after a change to the body of one bottom-layer module, with the default checkers (mypy and
pyright side by side) and with `[tool.mason.typing] checkers = ["ty"]`; medians of
{arguments.runs} runs.

{chr(10).join(rows)}
"""
    write_section("type-checkers", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
