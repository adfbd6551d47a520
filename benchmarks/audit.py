# @file audit.py
# @path benchmarks/audit.py
# @version 0.1.0
"""``mason audit`` on synthetic layered projects, against the same tools run one after another.

For each size: cold audit (no caches anywhere) against the sequential sum of ruff check, ruff
format --check, mypy, pyright, lint-imports, pytest with coverage and uv lock --check, each run
by hand from the project's environment with its caches cleared; a warm audit with nothing
changed; an audit after a one-file change; mason's native checks against ``ruff check
--select ALL``; and pytest under coverage's default core against its ``sysmon`` core.
Usage: ``python -m benchmarks.audit [--sizes 100,1000,5000] [--runs 3]``.
"""

import argparse
import os
import shutil
import sys
import tempfile
from functools import partial
from pathlib import Path

from benchmarks.harness import BIN, ROOT, machine, median_of, timed, write_section
from benchmarks.synthetic import LAYERS, PACKAGE, generate
from mason.adapters.tools.uv import uv_command

LARGE = 5000
"""From this size on, fewer runs: a cold audit of 5,000 modules takes minutes."""
NATIVE = ("headers", "design", "immutability", "decorators")
"""mason's own analyses of Python trees (no tool behind them)."""
CACHES = (".mypy_cache", ".ruff_cache", ".import_linter_cache", ".mason_cache", ".pytest_cache")


def _clear(project: Path) -> None:
    for name in CACHES:
        shutil.rmtree(project / name, ignore_errors=True)
    for stale in project.glob(".coverage*"):
        stale.unlink()


def _by_hand(project: Path) -> dict[str, float]:
    venv = project / ".venv" / "bin"
    commands: dict[str, list[str | Path]] = {
        "ruff check": [venv / "ruff", "check", "--output-format", "json", "."],
        "ruff format": [venv / "ruff", "format", "--check", "."],
        "mypy": [venv / "mypy", "--output", "json"],
        "pyright": [venv / "pyright", "--outputjson"],
        "lint-imports": [venv / "lint-imports"],
        "pytest --cov": [
            venv / "python",
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--cov={PACKAGE}",
        ],
        "uv lock --check": [*uv_command(), "lock", "--check"],
    }
    return {
        name: timed(argv, cwd=project, before=lambda: _clear(project))
        for name, argv in commands.items()
    }


def _touch(project: Path, flip: list[int]) -> None:
    target = project / "src" / PACKAGE / LAYERS[-1] / "m0.py"
    text = target.read_text(encoding="utf-8").split("\n# edit", 1)[0]
    flip[0] += 1
    target.write_text(f"{text}\n# edit {flip[0]}\n", encoding="utf-8")


def measure(project: Path, runs: int) -> dict[str, float]:
    """Return the medians of every measurement for one project."""
    mason = [BIN / "mason", "audit", "--format", "json"]
    results: dict[str, float] = {}
    sums = [_by_hand(project) for _ in range(runs)]
    for name in sums[0]:
        results[f"by hand: {name}"] = sorted(run[name] for run in sums)[len(sums) // 2]
    results["by hand: sum"] = sorted(sum(run.values()) for run in sums)[len(sums) // 2]
    results["mason cold"] = median_of(
        runs, lambda: timed([*mason, "--no-cache"], cwd=project, before=lambda: _clear(project))
    )
    timed(mason, cwd=project)
    results["mason warm"] = median_of(runs, lambda: timed(mason, cwd=project))
    flip = [0]
    results["mason one-file change"] = median_of(
        runs, lambda: timed(mason, cwd=project, before=lambda: _touch(project, flip))
    )
    native = [*mason, "--no-cache", *(f"--check={name}" for name in NATIVE)]
    results["mason native checks"] = median_of(runs, lambda: timed(native, cwd=project))
    ruff_all = [BIN / "ruff", "check", "--select", "ALL", "--no-cache", "--exit-zero", "-q", "."]
    results["ruff --select ALL"] = median_of(runs, lambda: timed(ruff_all, cwd=project))
    python = project / ".venv" / "bin" / "python"
    pytest = [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--cov={PACKAGE}"]
    results["pytest, no coverage"] = median_of(
        runs,
        lambda: timed(
            [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--no-cov"], cwd=project
        ),
    )
    results["pytest --cov (default core, branch)"] = median_of(
        runs, lambda: timed(pytest, cwd=project)
    )
    lines_only = project / "lines-only.toml"
    lines_only.write_text(
        f'[tool.coverage.run]\nsource = ["{PACKAGE}"]\nbranch = false\n', encoding="utf-8"
    )
    lines_pytest = [*pytest, f"--cov-config={lines_only}"]
    for core in ("ctrace", "sysmon"):
        measure_core = partial(timed, lines_pytest, cwd=project, env={"COVERAGE_CORE": core})
        results[f"pytest --cov ({core}, lines only)"] = median_of(runs, measure_core)
    lines_only.unlink()
    return results


def _svg(table: dict[int, dict[str, float]]) -> str:
    series = ("by hand: sum", "mason cold", "mason one-file change", "mason warm")
    colors = ("#9e9e9e", "#1f77b4", "#ff7f0e", "#2ca02c")
    sizes = sorted(table)
    top = max(table[size][name] for size in sizes for name in series)
    width, height, bar = 120 + 150 * len(sizes), 260, 28
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 80}" '
            'font-family="sans-serif" font-size="11">'
        )
    ]
    for group, size in enumerate(sizes):
        for offset, (name, color) in enumerate(zip(series, colors, strict=True)):
            value = table[size][name]
            tall = max(1.0, value / top * height)
            x = 60 + group * 150 + offset * bar
            parts.append(
                f'<rect x="{x}" y="{height - tall + 10}" width="{bar - 4}" '
                f'height="{tall}" fill="{color}"/>'
            )
            parts.append(f'<text x="{x}" y="{height - tall + 6}">{value:.1f}</text>')
        parts.append(f'<text x="{60 + group * 150}" y="{height + 28}">{size} modules</text>')
    for offset, (name, color) in enumerate(zip(series, colors, strict=True)):
        parts.append(
            f'<rect x="{60 + offset * 170}" y="{height + 44}" '
            f'width="10" height="10" fill="{color}"/>'
        )
        parts.append(f'<text x="{74 + offset * 170}" y="{height + 53}">{name} (s)</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main() -> int:
    """Generate the projects, measure, and write docs/benchmarks.md and its chart."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",")]
    table: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="mason-bench-audit-") as scratch:
        for size in sizes:
            project = generate(Path(scratch), size)
            runs = arguments.runs if size < LARGE else max(1, arguments.runs - 2)
            table[size] = measure(project, runs)
            print(
                size,
                {name: round(value, 2) for name, value in table[size].items()},
                file=sys.stderr,
            )
    (ROOT / "docs" / "benchmarks-audit.svg").write_text(_svg(table), encoding="utf-8")
    names = list(next(iter(table.values())))
    header = "| measurement | " + " | ".join(f"{size} modules" for size in sizes) + " |"
    rows = [header, "|---|" + "---|" * len(sizes)]
    rows += [
        f"| {name} | " + " | ".join(f"{table[size][name]:.2f} s" for size in sizes) + " |"
        for name in names
    ]
    ratios = [
        "| ratio | target | " + " | ".join(f"{size}" for size in sizes) + " |",
        "|---|---|" + "---|" * len(sizes),
    ]
    checks = (
        ("cold mason / tools by hand", "mason cold", "by hand: sum", 0.6),  # issue 19's target
        ("warm / cold", "mason warm", "mason cold", 0.03),
        ("one-file change / cold", "mason one-file change", "mason cold", 0.3),
        ("native checks / ruff --select ALL", "mason native checks", "ruff --select ALL", 1.0),
    )
    for label, numerator, denominator, target in checks:
        cells: list[str] = []
        for size in sizes:
            ratio = table[size][numerator] / table[size][denominator]
            mark = "met" if ratio <= target else "missed"
            cells.append(f"{ratio:.2f}x ({mark})")
        ratios.append(f"| {label} | <= {target}x | " + " | ".join(cells) + " |")
    body = f"""## mason audit

`python -m benchmarks.audit --sizes {arguments.sizes} --runs {arguments.runs}` on {machine()},
`--jobs` default ({os.cpu_count()}). Synthetic four-layer projects made by `mason new`, filled with
typed modules that import across layers, one test module per 25 application modules.

![audit times](benchmarks-audit.svg)

{chr(10).join(ratios)}

{chr(10).join(rows)}
"""
    write_section("audit", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
