# @file changed_since.py
# @path benchmarks/changed_since.py
# @version 0.1.0
"""What holding the line costs: ``mason audit --changed-since main`` against a plain audit.

A branch changes one module of a synthetic layered project. For each size: the plain audit of
the branch with nothing cached; ``--changed-since main`` with nothing cached (the merge-base is
audited too, in a temporary worktree); ``--changed-since main`` after main's own audit filled
the cache (what CI sees when it restores ``.mason_cache`` from main's run), next to the plain
audit with that same cache; and the worktree's
checkout and removal alone. Usage: ``python -m benchmarks.changed_since [--sizes 100,1000]``.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.harness import BIN, machine, median_of, timed, write_section
from benchmarks.synthetic import LAYERS, PACKAGE, generate

CACHES = (".mypy_cache", ".ruff_cache", ".mason_cache", ".pytest_cache")


def _git(project: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=project, capture_output=True, text=True, check=True
    ).stdout


def _clear(project: Path) -> None:
    for name in CACHES:
        shutil.rmtree(project / name, ignore_errors=True)


def _branch(project: Path) -> str:
    """Commit a one-module change on a branch; return the name of the branch it left."""
    main = _git(project, "branch", "--show-current").strip()
    _git(project, "switch", "--quiet", "-c", "feature")
    target = project / "src" / PACKAGE / LAYERS[-1] / "m0.py"
    target.write_text(target.read_text(encoding="utf-8") + "\nEXTRA = 1\n", encoding="utf-8")
    _git(project, "-c", "user.name=b", "-c", "user.email=b@b", "commit", "-qam", "change")
    return main


def _main_audit(project: Path, main: str) -> None:
    """Audit main as its CI would, leaving the cache behind, then come back to the branch."""
    _clear(project)
    _git(project, "switch", "--quiet", main)
    timed([BIN / "mason", "audit", "--format", "json"], cwd=project)
    _git(project, "switch", "--quiet", "feature")


def measure(project: Path, runs: int) -> dict[str, float]:
    """Return the medians of every measurement for one project."""
    main = _branch(project)
    audit = [BIN / "mason", "audit", "--format", "json"]
    holding = [*audit, "--changed-since", main]
    scratch = project.parent / "worktree"
    worktree = ["git", "worktree", "add", "--detach", "--quiet", str(scratch), main]
    return {
        "plain audit, cold": median_of(
            runs, lambda: timed(audit, cwd=project, before=lambda: _clear(project))
        ),
        "--changed-since, cold": median_of(
            runs, lambda: timed(holding, cwd=project, before=lambda: _clear(project))
        ),
        "plain audit, main cached": median_of(
            runs, lambda: timed(audit, cwd=project, before=lambda: _main_audit(project, main))
        ),
        "--changed-since, main cached": median_of(
            runs, lambda: timed(holding, cwd=project, before=lambda: _main_audit(project, main))
        ),
        "worktree add + remove": median_of(
            runs,
            lambda: (
                timed(worktree, cwd=project)
                + timed(["git", "worktree", "remove", "--force", str(scratch)], cwd=project)
            ),
        ),
    }


def main() -> int:
    """Generate the projects, measure, and write the section of docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",")]
    table: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="mason-bench-since-") as scratch:
        for size in sizes:
            table[size] = measure(generate(Path(scratch) / str(size), size), arguments.runs)
            print(size, {k: round(v, 2) for k, v in table[size].items()}, file=sys.stderr)
    names = list(next(iter(table.values())))
    rows = ["| measurement | " + " | ".join(f"{size} modules" for size in sizes) + " |"]
    rows.append("|---|" + "---|" * len(sizes))
    rows += [
        f"| {name} | " + " | ".join(f"{table[size][name]:.2f} s" for size in sizes) + " |"
        for name in names
    ]
    cold = " / ".join(
        f"{table[s]['--changed-since, cold'] / table[s]['plain audit, cold']:.2f}x" for s in sizes
    )
    cached = " / ".join(
        f"{table[s]['--changed-since, main cached'] / table[s]['plain audit, main cached']:.2f}x"
        for s in sizes
    )
    body = f"""## mason audit --changed-since (hold the line)

`python -m benchmarks.changed_since --sizes {arguments.sizes} --runs {arguments.runs}` on
{machine()}. A branch changes one module; the merge-base is audited in a temporary worktree.

{chr(10).join(rows)}

With nothing cached, holding the line costs {cold} of a plain cold audit (the merge-base is a
second audit). When main's CI run left its `.mason_cache` (restore it with `actions/cache`, see
docs/ci.md), the merge-base comes from the cache: holding the line costs {cached} of the
plain audit with the same cache (the branch's own audit, the worktree checkout, and reading the
base's results).
"""
    write_section("changed-since", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
