# @file exactness.py
# @path tests/exactness.py
# @version 0.1.0
"""The exactness oracle: a cached or incremental audit must report what a cold audit reports.

``seen`` runs ``mason audit --format json`` and keeps everything a CI script can act on:
every finding (as a multiset), every status, every metric and the exit code, plus the
summaries without the words that only say how the result was reached ("(3 re-checked)").
``oracle_project`` builds the project the oracle edits: a generated project with a module of
each kind the defects of issue 16 came from (an async generator and its importer, a test
helper imported relatively, a test that runs the code in a child process).
"""

import json
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from mason.adapters.cache_store import CACHE_DIR
from tests.oracle_model import Model
from tests.support import UV, commit, run_mason, write_tree

type Finding = tuple[str, str, str, str | None, int | None, int | None, str]

_HOW = re.compile(r" \(\d+ (?:re-checked|test files? re-run)\)")
"""What a summary says about how it was reached, not about the project."""


@dataclass(frozen=True)
class Seen:
    """What one audit reported, as a CI script would read it."""

    exit_code: int
    findings: Counter[Finding]
    statuses: dict[str, str]
    metrics: dict[str, dict[str, float]]
    summaries: dict[str, str]
    cached: dict[str, bool] = field(compare=False)
    raw: str = field(compare=False, repr=False)

    def difference(self, other: "Seen") -> str:
        """Return what differs between two audits, readably (empty: nothing)."""
        lines: list[str] = []
        if self.exit_code != other.exit_code:
            lines.append(f"exit code {self.exit_code} != {other.exit_code}")
        for name in sorted(set(self.statuses) | set(other.statuses)):
            mine, theirs = self.statuses.get(name), other.statuses.get(name)
            if mine != theirs:
                lines.append(f"{name}: status {mine} != {theirs}")
            if self.summaries.get(name) != other.summaries.get(name):
                lines.append(
                    f"{name}: {self.summaries.get(name)!r} != {other.summaries.get(name)!r}"
                )
            if self.metrics.get(name) != other.metrics.get(name):
                lines.append(
                    f"{name}: metrics {self.metrics.get(name)} != {other.metrics.get(name)}"
                )
        lines += [f"only here: {finding}" for finding in self.findings - other.findings]
        lines += [f"only there: {finding}" for finding in other.findings - self.findings]
        return "\n".join(lines)


def seen(project: Path, *args: str) -> Seen:
    """Run ``mason audit --format json`` on ``project`` and return what it reported."""
    outcome = run_mason(["audit", "--format", "json", *args], cwd=project)
    assert outcome.exit_code in {0, 1, 3}, outcome.stderr
    report = json.loads(outcome.stdout)
    checks = report["checks"]
    return Seen(
        exit_code=outcome.exit_code,
        findings=Counter(
            (
                check["name"],
                f["rule"],
                f["severity"],
                f["path"],
                f["line"],
                f["column"],
                f["message"],
            )
            for check in checks
            for f in check["findings"]
        ),
        statuses={check["name"]: check["status"] for check in checks},
        metrics={check["name"]: check["metrics"] for check in checks},
        summaries={check["name"]: _HOW.sub("", check["summary"]) for check in checks},
        cached={check["name"]: check["cached"] for check in checks},
        raw=outcome.stdout,
    )


def assert_cold(project: Path, *args: str) -> Seen:
    """Audit ``project`` with its cache, then cold; fail on any difference; return the first."""
    warm = seen(project, *args)
    cold = seen(project, "--no-cache", *args)
    difference = warm.difference(cold)
    assert not difference, f"the cached audit differs from a cold one:\n{difference}"
    return warm


def reset(project: Path) -> None:
    """Put ``project`` back to its committed state, with no cache."""
    subprocess.run(["git", "reset", "-q", "--hard", "base"], cwd=project, check=True)
    subprocess.run(["git", "clean", "-fdxq", "-e", ".venv"], cwd=project, check=True)
    shutil.rmtree(project / CACHE_DIR, ignore_errors=True)


def planted(package: str) -> dict[str, str]:
    """Return the modules the oracle edits, as the search's model first writes them."""
    return {path: text for path, text in Model(package).files().items() if text is not None}


def oracle_project(base: Path, target: Path) -> tuple[Path, str]:
    """Copy the generated library project ``base`` to ``target``, plant the modules, commit.

    Like many real projects, it has no ``mypy_path`` and its package no ``py.typed``.

    Returns the project and its package. The copy gets its own environment (its code is
    installed from ``target``), and the commit is tagged ``base`` for ``reset``.
    """
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=base, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    for name in filter(None, tracked):
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(base / name, destination)
    package = next(path.name for path in (target / "src").iterdir() if path.is_dir())
    write_tree(target, planted(package))
    # a shape of real projects: no mypy_path, and the package installed without py.typed
    edit(target / "pyproject.toml", 'mypy_path = "src"\n', "")
    (target / "src" / package / "py.typed").unlink()
    python = (base / ".venv" / "bin" / "python").resolve()
    subprocess.run(
        [*UV, "sync", "--locked", "--quiet", "--python", str(python)], cwd=target, check=True
    )
    subprocess.run(["git", "init", "-q"], cwd=target, check=True)
    commit(target, "base")
    subprocess.run(["git", "tag", "base"], cwd=target, check=True)
    return target, package


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in the file at ``path`` with ``new`` (``old`` must be there)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
