# @file mutations.py
# @path benchmarks/mutations.py
# @version 0.1.0
"""The exactness search must find each cache defect it was built for, when one is put back.

Issue 16 named seven ways a cached audit passed what a cold audit failed. Each was fixed by a
line or two of the engine; this script puts one fix back at a time (in a fresh git worktree of
this checkout, with its own environment), runs the state machine of
``tests/integration/test_exactness_search.py`` long and without shrinking, and records whether
and when it reported a cached audit that differs from a cold one. A search that cannot find a
defect it was built for proves nothing about the ones nobody has thought of.

Usage: ``python -m benchmarks.mutations [--only 1-yield,...] [--examples 25] [--steps 8]
[--limit 1800]``; the table goes to docs/benchmarks.md.
"""

import argparse
import os
import re
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import ROOT, machine, write_section


@dataclass(frozen=True)
class Mutation:
    """One defect of issue 16, put back by replacing a fix's text with the defect's."""

    name: str
    defect: str
    path: str
    swaps: tuple[tuple[str, str], ...]
    """Each fix's text and the defect's text that replaces it."""


MUTATIONS = (
    Mutation(
        "1-yield",
        "an async generator that becomes a coroutine keeps its importers' cached results",
        "src/mason/services/audit/interface.py",
        (('"generator" if _yields(function) else "function",', '"function",'),),
    ),
    Mutation(
        "2-relative",
        "relative imports are not followed to their importers",
        "src/mason/services/audit/dependents.py",
        (("            elif node.level:\n", "            elif False:\n"),),
    ),
    Mutation(
        "3-mypy-search",
        "a narrowed mypy run does not find the package as source",
        "src/mason/checks/typing/check.py",
        (("[ctx.facts.source_root] if narrowed else []", "[]"),),
    ),
    Mutation(
        "4-child",
        "tests that run the code in a child process are not run again",
        "src/mason/checks/coverage/check.py",
        (("    if not spawners:\n        return False", "    if True:\n        return False"),),
    ),
    Mutation(
        "5-moved",
        "results of files that changed during the run are cached",
        "src/mason/services/audit/pending.py",
        (("            if same_tree and held(write.paths):", "            if True:"),),
    ),
    Mutation(
        "6-entries",
        "cache entries are not validated",
        "src/mason/adapters/cache_store.py",
        (
            (
                "        return opened(key, text)",
                (
                    "        return opened(key, text)"
                    " or (None if text.startswith('{\"format') else text)"
                ),
            ),
            ("    valid = entry.format == _FORMAT and entry.key == key", "    valid = True"),
        ),
    ),
    Mutation(
        "7-links",
        "symbolic links are not part of the cache key",
        "src/mason/services/audit/cache_key.py",
        (('        "links": ctx.link_targets,\n', ""),),
    ),
)


def _put_back(tree: Path, mutation: Mutation) -> None:
    path = tree / mutation.path
    text = path.read_text(encoding="utf-8")
    for fixed, broken in mutation.swaps:
        if fixed not in text:
            msg = f"{mutation.name}: the fix is no longer in {mutation.path}; update MUTATIONS"
            raise SystemExit(msg)
        text = text.replace(fixed, broken, 1)
    path.write_text(text, encoding="utf-8")


def _text(output: bytes | str | None) -> str:
    if isinstance(output, bytes):
        return output.decode(errors="replace")
    return output or ""


def _search(tree: Path, arguments: argparse.Namespace) -> tuple[str, float]:
    """Run the search in ``tree``; return what it found (the first difference) and its seconds."""
    environment = {
        **os.environ,
        "MASON_ORACLE_EXAMPLES": str(arguments.examples),
        "MASON_ORACLE_STEPS": str(arguments.steps),
        "MASON_ORACLE_SHRINK": "0",
    }
    command = [
        str(tree / ".venv" / "bin" / "python"), "-m", "pytest",
        "tests/integration/test_exactness_search.py", "-q", "-s", "-x", "--no-cov",
        "-p", "no:cacheprovider", "--timeout", "0",
    ]  # fmt: skip
    start = time.perf_counter()
    try:
        done = subprocess.run(
            command, cwd=tree, env=environment, capture_output=True, text=True, check=False,
            timeout=arguments.limit,
        )  # fmt: skip
        output = done.stdout + done.stderr
    except subprocess.TimeoutExpired as expired:
        output = _text(expired.stdout) + _text(expired.stderr)
    seconds = time.perf_counter() - start
    found = re.search(r"DIFFERS after (\[.*?\]):$", output, re.MULTILINE)
    if found:
        return found.group(1), seconds
    if "the cached audit differs from a cold one" in output:  # the print was interleaved
        steps = re.findall(r"^E\s+state\.(\w+\(.*\))$", output, re.MULTILINE)
        return str([step for step in steps if not step.startswith("cached_equals_cold")]), seconds
    return "", seconds


def run(mutation: Mutation, arguments: argparse.Namespace) -> str:
    """Put ``mutation`` back in a fresh worktree, search, and return its table row."""
    with tempfile.TemporaryDirectory(prefix=f"mason-mutation-{mutation.name}-") as scratch:
        tree = Path(scratch) / "tree"
        subprocess.run(["git", "worktree", "add", "-q", "--detach", str(tree), "HEAD"],
                       cwd=ROOT, check=True)  # fmt: skip
        try:
            subprocess.run(["./setup.sh"], cwd=tree, check=True, capture_output=True)
            _put_back(tree, mutation)
            steps, seconds = _search(tree, arguments)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)],
                           cwd=ROOT, check=False)  # fmt: skip
    result = f"found after `{steps}`" if steps else "**not found**"
    return f"| {mutation.name} | {mutation.defect} | {result} | {seconds / 60:.0f} min |"


def main() -> int:
    """Put each defect back in turn and write the section of docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default=",".join(m.name for m in MUTATIONS))
    parser.add_argument("--examples", type=int, default=25)
    parser.add_argument("--steps", type=int, default=8)
    parser.add_argument("--limit", type=int, default=1800, help="seconds per defect")
    arguments = parser.parse_args()
    chosen = [m for m in MUTATIONS if m.name in arguments.only.split(",")]
    rows = [run(mutation, arguments) for mutation in chosen]
    body = f"""## The exactness search finds the defects it was built for

`python -m benchmarks.mutations --only {arguments.only} --examples {arguments.examples}
--steps {arguments.steps} --limit {arguments.limit}` on {machine()}: each defect of issue 16 put
back alone (the fix's line reverted in a fresh worktree), then the state machine of
`tests/integration/test_exactness_search.py` run without shrinking until a cached audit
differs from a cold one. "Found after" lists the steps of the example that showed it.

| defect | what goes wrong | search | took |
|---|---|---|---|
{chr(10).join(rows)}
"""
    write_section("exactness-mutations", body)
    return 0 if all("found after" in row for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
