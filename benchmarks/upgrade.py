# @file upgrade.py
# @path benchmarks/upgrade.py
# @version 0.1.0
"""``mason upgrade`` against ``copier update`` on the same project, side by side.

No-op: a project already at the newest template version; mason answers from the answers file
without rendering, copier re-renders and diffs. Real update: the same project made with
template version 1 and updated to the newest, by each tool. Usage:
``python -m benchmarks.upgrade [--runs N]``.
"""

import argparse
import subprocess
import tempfile
from pathlib import Path

from benchmarks.harness import BIN, machine, median_of, timed, write_section
from mason.adapters.copier_update import render_version
from mason.adapters.template_repo import CACHE_PATH, ensure_template_repo, known_versions

ANSWERS = {
    "project_name": "bench",
    "package_name": "bench",
    "layout": "cli",
    "python_version": "3.12",
    "description": "A benchmark project.",
    "author_name": "Bench",
    "author_email": "bench@example.com",
    "license": "MIT",
}
GIT_IDENTITY = ["-c", "user.name=bench", "-c", "user.email=bench@example.com"]


def _git(project: Path, *args: str) -> None:
    subprocess.run(["git", *GIT_IDENTITY, *args], cwd=project, check=True, capture_output=True)


def _project(root: Path, version: int) -> Path:
    project = root / f"v{version}"
    render_version(CACHE_PATH, version, ANSWERS, project)
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-qm", "made")
    return project


def _reset(project: Path) -> None:
    _git(project, "reset", "--hard", "-q")
    _git(project, "clean", "-fdq")


def main() -> int:
    """Measure both tools and write docs/benchmarks.md's upgrade section."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    ensure_template_repo()
    newest = known_versions()[-1]
    copier = [BIN / "copier", "update", "--defaults", "--skip-answered", "--quiet"]
    with tempfile.TemporaryDirectory(prefix="mason-bench-upgrade-") as scratch:
        current = _project(Path(scratch), newest)
        mason_noop = median_of(runs, lambda: timed([BIN / "mason", "upgrade"], cwd=current))
        copier_noop = median_of(
            runs,
            lambda: timed(
                [*copier, "--vcs-ref", str(newest)], cwd=current, before=lambda: _reset(current)
            ),
        )
        old = _project(Path(scratch), 1)
        mason_real = median_of(
            runs, lambda: timed([BIN / "mason", "upgrade"], cwd=old, before=lambda: _reset(old))
        )
        copier_real = median_of(
            runs,
            lambda: timed([*copier, "--vcs-ref", str(newest)], cwd=old, before=lambda: _reset(old)),
        )
    noop_row = (
        f"| already at template {newest} (no-op) | {mason_noop:.2f} s | {copier_noop:.2f} s "
        f"| **{mason_noop / copier_noop:.2f}x** (<= 0.25x) |"
    )
    real_row = (
        f"| template 1 -> {newest} | {mason_real:.2f} s | {copier_real:.2f} s "
        f"| {mason_real / copier_real:.2f}x |"
    )
    body = f"""## mason upgrade

`python -m benchmarks.upgrade --runs {runs}` on {machine()}: a `cli` project committed in git,
median of {runs} runs.

| scenario | mason upgrade | copier update | ratio (target) |
|---|---|---|---|
{noop_row}
{real_row}

The no-op is cheap because mason reads the recorded template version from
`.copier-answers.yml` and stops there: no render, no copier import. A real update costs more
than copier's own, because mason first renders both versions itself to classify every file
(and predict each merge with `git merge-file`) before copier performs the update, and rebuilds
its offline template history on first use.
"""
    write_section("upgrade", body)
    print(noop_row)
    print(real_row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
