# @file new.py
# @path benchmarks/new.py
# @version 0.1.0
"""``mason new --no-lock --no-git`` against ``copier copy`` of the same template.

Both render mason's bundled template with the same answers into a fresh directory; copier's
CLI gets ``--defaults`` and the answers as ``-d``. Both start a new Python process, as a user's
command would. Usage: ``python -m benchmarks.new [--runs N]``.
"""

import argparse
import shutil
import tempfile
from pathlib import Path

from benchmarks.harness import BIN, ROOT, machine, median_of, timed, write_section

LAYOUT = "cli"


def main() -> int:
    """Measure both commands and write the result to docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    template = ROOT / "templates"
    answers = {"project_name": "bench", "layout": LAYOUT, "python_version": "3.12"}
    with tempfile.TemporaryDirectory(prefix="mason-bench-new-") as scratch:
        work = Path(scratch)
        target = work / "bench"

        def clean() -> None:
            shutil.rmtree(target, ignore_errors=True)

        mason = [
            BIN / "mason",
            "new",
            target,
            "--layout",
            LAYOUT,
            "--name",
            "bench",
            "--python",
            "3.12",
        ]
        copier = [BIN / "copier", "copy", "--defaults", "--quiet", "--overwrite"]
        copier += [arg for key, value in answers.items() for arg in ("-d", f"{key}={value}")]
        copier += [template, target]
        timed([*mason, "--defaults", "--no-lock", "--no-git"], cwd=work, before=clean)  # warm-up
        mason_s = median_of(
            runs,
            lambda: timed([*mason, "--defaults", "--no-lock", "--no-git"], cwd=work, before=clean),
        )
        copier_s = median_of(runs, lambda: timed(copier, cwd=work, before=clean))
        import_s = median_of(runs, lambda: timed([BIN / "python", "-c", "import copier"], cwd=work))
    ratio = mason_s / copier_s
    overhead = max(mason_s - copier_s, 0)
    body = f"""## mason new

`python -m benchmarks.new --runs {runs}` on {machine()}: render the `{LAYOUT}` layout into a new
directory, median of {runs} runs.

| command | median |
|---|---|
| `mason new bench --layout {LAYOUT} --defaults --no-lock --no-git` | {mason_s:.2f} s |
| `copier copy --defaults -d ... templates bench` | {copier_s:.2f} s |
| ratio mason / copier | **{ratio:.2f}x** |
| `python -c "import copier"` alone | {import_s:.2f} s |

mason renders through copier's own `run_copy`, so it cannot be faster than copier's render plus
the import of copier ({import_s:.2f} s of copier's {copier_s:.2f} s here). What mason adds on top
(answer validation, a staging directory and the move into place) costs {overhead:.2f} s.
The issue's targets (at most 0.6x copier's CLI, under 1 s) are therefore not reachable without
leaving copier; mason keeps copier and keeps its own overhead small instead. Other commands do
not pay for copier at all: command modules load lazily (`mason --version` and `mason audit` never
import it).
"""
    write_section("new", body)
    print(f"mason new {mason_s:.2f}s, copier copy {copier_s:.2f}s, ratio {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
