# @file exactness.py
# @path benchmarks/exactness.py
# @version 0.1.0
"""Exact or full on real code: random edits to public projects, cached audits against cold.

Each project named comes as ``benchmarks/corpus.py`` brings it (its source distribution, its
own environment, its own pinned tools). mason warms its cache; then each step applies one edit
or fault chosen by a seeded random generator (a function body, a new public function, a
constant, an unused import, a function removed, a module added, removed or renamed, a test
added, a failing test, a symbolic link, corrupted cache entries, an edit while an audit runs,
everything put back) and compares the audit with its cache against ``--no-cache``: findings as
a multiset, statuses, summaries, metrics and exit code (``tests/exactness.py``). Every
disagreement is written to stderr with the steps that led to it.

Usage: ``python -m benchmarks.exactness [--only NAME,...] [--steps N] [--seed S]``; the table
goes to docs/benchmarks.md.
"""

import argparse
import ast
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.exactness import seen

from benchmarks.corpus import build_environment, source_tree
from benchmarks.corpus_projects import CORPUS
from benchmarks.harness import BIN, machine, write_section
from mason.adapters.cache_store import CacheStore

SOMETIMES, HALF = 0.3, 0.5
"""How often a step takes its rarer branch."""

PROJECTS = ("itsdangerous", "cachetools", "structlog", "click", "toolz")
"""Five projects of the corpus, of different shapes and ages, whose suites run here."""


@dataclass
class Trial:
    """One project's random walk: what was done, and where cached and cold disagreed."""

    project: Path
    rng: random.Random
    steps: list[str] = field(default_factory=list[str])
    disagreements: list[str] = field(default_factory=list[str])
    counter: int = 0

    def python_files(self, *, tests: bool) -> list[Path]:
        """Return the project's Python files: its tests, or its code (all, if none)."""
        found = sorted(
            path
            for path in self.project.rglob("*.py")
            if ".venv" not in path.parts
            and ".mason_cache" not in path.parts
            and not path.is_symlink()
            and (("test" in path.name or "tests" in path.parts) == tests)
        )
        return found or sorted(
            p for p in self.project.rglob("*.py") if ".venv" not in p.parts and not p.is_symlink()
        )

    def pick(self, *, tests: bool = False) -> Path:
        """Return a random Python file of the project (a test file, or code)."""
        return self.rng.choice(self.python_files(tests=tests))


def _functions(tree: ast.Module) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.body
    ]


def _lines(path: Path) -> tuple[list[str], ast.Module | None]:
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        return text.splitlines(keepends=True), ast.parse(text)
    except SyntaxError:
        return text.splitlines(keepends=True), None


def body_edit(trial: Trial) -> str:
    """Add a statement at the top of a random module-level function's body."""
    path = trial.pick()
    lines, tree = _lines(path)
    functions = _functions(tree) if tree else []
    if not functions:
        return constant_edit(trial)
    function = trial.rng.choice(functions)
    first = function.body[0]
    indent = " " * first.col_offset
    trial.counter += 1
    lines.insert(first.lineno - 1, f"{indent}_mason_edit = {trial.counter}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return f"body of {function.name} in {path.relative_to(trial.project)}"


def constant_edit(trial: Trial) -> str:
    """Add a module-level constant (what the module shows its importers changes)."""
    path = trial.pick()
    trial.counter += 1
    with path.open("a", encoding="utf-8") as stream:
        stream.write(f"\nMASON_EDIT: int = {trial.counter}\n")
    return f"constant in {path.relative_to(trial.project)}"


def new_function(trial: Trial) -> str:
    """Add a public function to a module."""
    path = trial.pick()
    trial.counter += 1
    with path.open("a", encoding="utf-8") as stream:
        stream.write(f"\n\ndef mason_added_{trial.counter}(x: int) -> int:\n    return x\n")
    return f"new function in {path.relative_to(trial.project)}"


def unused_import(trial: Trial) -> str:
    """Add an unused import (a lint finding, and an import edge)."""
    path = trial.pick(tests=trial.rng.random() < SOMETIMES)
    lines, _ = _lines(path)
    at = next((i for i, line in enumerate(lines) if line.startswith(("import ", "from "))), 0)
    lines.insert(at, "import os as _mason_os\n")
    path.write_text("".join(lines), encoding="utf-8")
    return f"unused import in {path.relative_to(trial.project)}"


def remove_function(trial: Trial) -> str:
    """Remove a module-level function (its callers break)."""
    path = trial.pick()
    lines, tree = _lines(path)
    functions = _functions(tree) if tree else []
    if not functions:
        return new_function(trial)
    function = trial.rng.choice(functions)
    start = min([function.lineno, *(d.lineno for d in function.decorator_list)]) - 1
    del lines[start : function.end_lineno]
    path.write_text("".join(lines), encoding="utf-8")
    return f"removed {function.name} from {path.relative_to(trial.project)}"


def add_module(trial: Trial) -> str:
    """Add a module next to an existing one."""
    folder = trial.pick().parent
    trial.counter += 1
    name = folder / f"mason_module_{trial.counter}.py"
    name.write_text(f'"""Added."""\n\nVALUE = {trial.counter}\n', encoding="utf-8")
    return f"added {name.relative_to(trial.project)}"


def remove_or_rename_module(trial: Trial) -> str:
    """Remove or rename a module that is not a package's ``__init__``."""
    candidates = [p for p in trial.python_files(tests=False) if p.name != "__init__.py"]
    if not candidates:
        return add_module(trial)
    path = trial.rng.choice(candidates)
    if trial.rng.random() < HALF:
        path.unlink()
        return f"removed {path.relative_to(trial.project)}"
    moved = path.with_name(f"{path.stem}_moved.py")
    path.rename(moved)
    return f"renamed {path.relative_to(trial.project)}"


def add_test(trial: Trial) -> str:
    """Add a test (sometimes a failing one) to a test file."""
    path = trial.pick(tests=True)
    trial.counter += 1
    failing = trial.rng.random() < SOMETIMES
    check = "1 == 2" if failing else f"{trial.counter} == {trial.counter}"
    with path.open("a", encoding="utf-8") as stream:
        stream.write(f"\n\ndef test_mason_{trial.counter}():\n    assert {check}\n")
    return f"{'failing ' if failing else ''}test in {path.relative_to(trial.project)}"


def symbolic_link(trial: Trial) -> str:
    """Add a symbolic link to a module, or a dangling one."""
    folder = trial.pick().parent
    trial.counter += 1
    link = folder / f"mason_link_{trial.counter}.py"
    if trial.rng.random() < HALF:
        link.symlink_to(trial.pick().name if trial.pick().parent == folder else "gone.py")
    else:
        link.symlink_to("nothing_here.py")
    return f"link {link.relative_to(trial.project)}"


def corrupt_cache(trial: Trial) -> str:
    """Empty, truncate or swap every cache entry."""
    entries = sorted(CacheStore(trial.project).directory.glob("*.json"))
    how = trial.rng.choice(["empty", "truncated", "swapped"])
    texts = [entry.read_text(encoding="utf-8") for entry in entries]
    for index, entry in enumerate(entries):
        text = {"empty": "{}", "truncated": texts[index][: len(texts[index]) // 2]}.get(
            how, texts[(index + 1) % len(texts)]
        )
        entry.write_text(text, encoding="utf-8")
    return f"cache entries {how}"


def edit_while_running(trial: Trial) -> str:
    """Change a module while an audit runs, and put it back when it ends."""
    path = trial.pick()
    before = path.read_bytes()
    running = subprocess.Popen(
        [str(BIN / "mason"), "audit", "--format", "json"],
        cwd=trial.project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(trial.rng.choice([0.3, 1.0, 2.5]))
    path.write_bytes(before + b"\n\ndef mason_mid_run() -> None:\n    return 1\n")
    running.wait(timeout=1800)
    path.write_bytes(before)
    return f"edit of {path.relative_to(trial.project)} while an audit ran, then put back"


def put_back(trial: Trial) -> str:
    """Put every file back as committed (a branch switch)."""
    subprocess.run(["git", "checkout", "-q", "--", "."], cwd=trial.project, check=True)
    subprocess.run(["git", "clean", "-fdq", "-e", ".venv"], cwd=trial.project, check=True)
    return "everything put back"


EDITS: tuple[tuple[Callable[[Trial], str], int], ...] = (
    (body_edit, 6),
    (constant_edit, 2),
    (new_function, 2),
    (unused_import, 2),
    (remove_function, 1),
    (add_module, 1),
    (remove_or_rename_module, 1),
    (add_test, 2),
    (symbolic_link, 1),
    (corrupt_cache, 1),
    (edit_while_running, 1),
    (put_back, 1),
)


def walk(project: Path, steps: int, seed: int) -> Trial:
    """Take ``steps`` random steps on ``project``, comparing cached and cold after each."""
    trial = Trial(project, random.Random(seed))  # noqa: S311 - a reproducible walk, not a secret
    seen(project)
    functions, weights = zip(*EDITS, strict=True)
    for number in range(1, steps + 1):
        edit = trial.rng.choices(functions, weights=weights)[0]
        trial.steps.append(edit(trial))
        warm, cold = seen(project), seen(project, "--no-cache")
        difference = warm.difference(cold)
        if difference:
            trial.disagreements.append(difference)
            print(f"{project.name} step {number}: DISAGREES after {trial.steps}\n{difference}",
                  file=sys.stderr)  # fmt: skip
        else:
            print(f"{project.name} step {number}: {trial.steps[-1]}: equal", file=sys.stderr)
    return trial


def main() -> int:
    """Walk each project and write the section of docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default=",".join(PROJECTS))
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--seed", type=int, default=16)
    arguments = parser.parse_args()
    rows: list[str] = []
    total = disagreements = 0
    names = arguments.only.split(",")
    with tempfile.TemporaryDirectory(prefix="mason-exactness-") as scratch:
        for name in names:
            corpus = next(p for p in CORPUS if p.name == name)
            tree = source_tree(corpus, Path(scratch) / name)
            build_environment(tree, tree)
            start = time.perf_counter()
            trial = walk(tree, arguments.steps, arguments.seed)
            minutes = (time.perf_counter() - start) / 60
            total += len(trial.steps)
            disagreements += len(trial.disagreements)
            kinds = len({step.split(" ")[0] for step in trial.steps})
            rows.append(
                f"| {corpus.name} {corpus.version} | {len(trial.steps)} | {kinds} | "
                f"{len(trial.disagreements)} | {minutes:.0f} min |"
            )
            _write(arguments, rows, total, disagreements, pending=len(names) - len(rows))
    return 1 if disagreements else 0


def _write(
    arguments: argparse.Namespace, rows: list[str], total: int, disagreements: int, *, pending: int
) -> None:
    """Write the table so far (after every project, so a long run that stops keeps its rows)."""
    still = f"\n\n{pending} more project(s) of this run had not finished." if pending else ""
    body = f"""## Exactness on public projects

`python -m benchmarks.exactness --only {arguments.only} --steps {arguments.steps} --seed
{arguments.seed}` on {machine()}: each project of docs/corpus.md in its own environment; every
step one random edit or fault, then the audit with its cache compared with `--no-cache`
(findings as a multiset, statuses, summaries, metrics, exit code).{still}

| project | steps | kinds of step | disagreements | took |
|---|---|---|---|---|
{chr(10).join(rows)}
| **all** | **{total}** | | **{disagreements}** | |
"""
    write_section("exactness-real", body)


if __name__ == "__main__":
    raise SystemExit(main())
