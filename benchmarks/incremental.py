# @file incremental.py
# @path benchmarks/incremental.py
# @version 0.1.0
"""The edit loop and the CI matrix: ``mason audit`` after one change, and in shards.

For each size: a cold audit; a warm one with nothing changed; one audit after each of several
kinds of one-file change (a comment in a module nothing imports, a function body in a module
that others import, a test file), each building on the last; then the audit split into 2 and 4
shards run one after another, as the jobs of a CI matrix would run side by side: each shard's
time and peak memory, the wall time the slowest shard sets, the merge, and whether the merged
report equals the unsharded one. Usage: ``python -m benchmarks.incremental [--sizes ...]``.
"""

import argparse
import json
import re
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import BIN, machine, timed, timed_peak, write_section
from benchmarks.synthetic import LAYERS, PACKAGE, generate

PER_FILE = ("lint", "format", "headers", "design", "coverage")
"""The checks a shard divides (the per-file checks, and the tests)."""
SHARDS = (2, 4)
MASON = [BIN / "mason", "audit", "--format", "json"]
type Change = Callable[[Path, int], None]


def _replace(path: Path, pattern: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    changed = re.sub(pattern, new, text, count=1, flags=re.MULTILINE)
    if changed == text:
        msg = f"{path}: {pattern!r} not found"
        raise RuntimeError(msg)
    path.write_text(changed, encoding="utf-8")


def _comment(project: Path, step: int) -> None:
    target = project / "src" / PACKAGE / LAYERS[-1] / "m0.py"
    text = target.read_text(encoding="utf-8").split("\n# edit", 1)[0]
    target.write_text(f"{text}\n# edit {step}\n", encoding="utf-8")


def _body(project: Path, step: int) -> None:
    target = project / "src" / PACKAGE / LAYERS[0] / "m5.py"
    _replace(target, r"^    return x \* 2 \+ 5.*$", f"    return x * 2 + 5 + {step % 2}")


def _test(project: Path, step: int) -> None:
    target = project / "tests" / "test_group_0.py"
    _replace(target, r"^    assert v0\(1\) >= .*$", f"    assert v0(1) >= {-step}")


CHANGES: dict[str, Change] = {
    "comment in a module nothing imports": _comment,
    "function body in a module others import": _body,
    "a test file": _test,
}


def _clear(project: Path) -> None:
    for name in (".mypy_cache", ".ruff_cache", ".import_linter_cache", ".mason_cache"):
        shutil.rmtree(project / name, ignore_errors=True)


def _seen(text: str) -> tuple[list[tuple[str, str, str, int, str]], dict[str, str], float]:
    report = json.loads(text)
    findings = sorted(
        (check["name"], f["rule"], f["path"] or "", f["line"] or 0, f["message"])
        for check in report["checks"]
        for f in check["findings"]
    )
    statuses = {check["name"]: check["status"] for check in report["checks"]}
    coverage = next(
        (c["metrics"].get("coverage", -1.0) for c in report["checks"] if c["name"] == "coverage"),
        -1.0,
    )
    return findings, statuses, coverage


def _divided(text: str) -> float:
    """Return the seconds of the checks a shard divides, in one report."""
    checks: list[dict[str, object]] = json.loads(text)["checks"]
    return sum(float(str(c["duration_s"])) for c in checks if c["name"] in PER_FILE)


def edit_loop(project: Path, runs: int) -> dict[str, float]:
    """Return the cold, warm and one-change times (medians of ``runs``)."""
    times: dict[str, float] = {}
    times["cold"] = statistics.median(
        timed([*MASON, "--no-cache"], cwd=project, before=lambda: _clear(project))
        for _ in range(runs)
    )
    timed(MASON, cwd=project)  # the run the edit loop builds on
    times["warm, nothing changed"] = statistics.median(
        timed(MASON, cwd=project) for _ in range(runs)
    )
    step = 0
    for name, change in CHANGES.items():
        samples: list[float] = []
        for _ in range(runs):
            step += 1
            change(project, step)
            samples.append(timed(MASON, cwd=project))
        times[f"one change: {name}"] = statistics.median(samples)
    return times


def sharded(project: Path, scratch: Path) -> dict[str, float]:
    """Return the unsharded and sharded times, peaks and the merged report's equality."""
    numbers: dict[str, float] = {}
    whole_time, whole_peak, whole = timed_peak([*MASON, "--no-cache"], cwd=project)
    numbers |= {"unsharded: time": whole_time, "unsharded: peak MB": whole_peak}
    numbers["unsharded: divided checks"] = _divided(whole)
    for count in SHARDS:
        folders = [scratch / f"{count}-{index}" for index in range(1, count + 1)]
        results = [
            timed_peak(
                [*MASON, "--no-cache", "--shard", f"{index}/{count}", "--shard-dir", folder],
                cwd=project,
            )
            for index, folder in enumerate(folders, start=1)
        ]
        merge_time, _, merged = timed_peak(
            [BIN / "mason", "audit", "merge", *folders, "--format", "json"], cwd=project
        )
        numbers[f"{count} shards: slowest shard"] = max(time for time, _, _ in results)
        numbers[f"{count} shards: largest peak MB"] = max(peak for _, peak, _ in results)
        numbers[f"{count} shards: divided checks, slowest"] = max(
            _divided(out) for _, _, out in results
        )
        numbers[f"{count} shards: merge"] = merge_time
        numbers[f"{count} shards: merged equals unsharded"] = float(_seen(merged) == _seen(whole))
    return numbers


def _ratio(value: float, base: float, target: float) -> str:
    ratio = value / base
    return f"{ratio:.2f}x ({'met' if ratio <= target else 'missed'})"


def _tables(table: dict[int, dict[str, float]]) -> str:
    sizes = sorted(table)
    rows = ["| measurement | " + " | ".join(f"{size} modules" for size in sizes) + " |"]
    rows.append("|---|" + "---|" * len(sizes))
    for name in table[sizes[0]]:
        cells: list[str] = []
        for size in sizes:
            value = table[size][name]
            if name.endswith("equals unsharded"):
                cells.append("yes" if value else "**no**")
            elif name.endswith("MB"):
                cells.append(f"{value:.0f} MB")
            else:
                cells.append(f"{value:.2f} s")
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    targets = ["| ratio | target | " + " | ".join(str(size) for size in sizes) + " |"]
    targets.append("|---|---|" + "---|" * len(sizes))
    checks = [("warm / cold", "warm, nothing changed", "cold", 0.03)]
    body = "function body in a module others import"  # issue 19: a body change <= 0.1x
    checks += [
        (f"{name} / cold", f"one change: {name}", "cold", 0.1 if name == body else 0.3)
        for name in CHANGES
    ]
    for count in SHARDS:
        checks.append(
            (
                f"{count} shards: divided checks of the slowest shard / unsharded",
                f"{count} shards: divided checks, slowest",
                "unsharded: divided checks",
                1.3 / count,
            )
        )
        checks.append(
            (
                f"{count} shards: largest peak / unsharded peak",
                f"{count} shards: largest peak MB",
                "unsharded: peak MB",
                1.3 / count,
            )
        )
    for label, numerator, denominator, target in checks:
        cells = [_ratio(table[s][numerator], table[s][denominator], target) for s in sizes]
        targets.append(f"| {label} | <= {target:.2f}x | " + " | ".join(cells) + " |")
    return "\n".join(targets) + "\n\n" + "\n".join(rows)


def main() -> int:
    """Generate the projects, measure, and write the section of docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",")]
    table: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="mason-bench-incremental-") as scratch:
        for size in sizes:
            project = generate(Path(scratch), size)
            table[size] = edit_loop(project, arguments.runs) | sharded(
                project, Path(scratch) / f"shards-{size}"
            )
            print(size, {k: round(v, 2) for k, v in table[size].items()}, file=sys.stderr)
    body = f"""## mason audit: the edit loop and shards

`python -m benchmarks.incremental --sizes {arguments.sizes} --runs {arguments.runs}` on
{machine()}. The projects of the audit benchmark; each one-change time is an audit right after
that change (median of {arguments.runs}, each building on the last). Shards run one after
another, as the jobs of a CI matrix run side by side: a matrix's wall time is its slowest shard
plus the merge. The divided checks are the ones a shard splits (lint, format, headers, design
and the tests); peaks are the largest process (pyright's node, pytest) of one run.

{_tables(table)}
"""
    write_section("incremental", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
