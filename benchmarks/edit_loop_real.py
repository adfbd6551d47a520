# @file edit_loop_real.py
# @path benchmarks/edit_loop_real.py
# @version 0.1.0
"""The edit loop on public projects: one change, then ``mason audit``, against a cold audit.

Each project of the corpus named comes as ``benchmarks/corpus.py`` brings it (its source
distribution, its own environment). mason audits it cold, then once more to have something to
build on; then one module gets a change (a function body's constant, or a comment where there
is none), and the audit after it is timed and compared, finding by finding, status by status
and in its coverage total, with a cold audit of the changed tree. The table says what each
check re-checked. Usage: ``python -m benchmarks.edit_loop_real [--only NAME,...]``.
"""

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import build_environment, source_tree
from benchmarks.corpus_projects import CORPUS
from benchmarks.harness import BIN, machine, write_section
from mason.domain.audit_report import AuditReport

CHANGED = {
    "structlog": "src/structlog/_frames.py",
    "cachetools": "src/cachetools/func.py",
    "click": "src/click/termui.py",
    "itsdangerous": "src/itsdangerous/timed.py",
    "attrs": "src/attr/_version_info.py",
}
"""The module each project's change lands in: one that its package re-exports, as most do."""

MASON = [str(BIN / "mason"), "audit", "--format", "json"]


def _audit(project: Path, *args: str) -> tuple[float, AuditReport]:
    start = time.perf_counter()
    done = subprocess.run([*MASON, *args], cwd=project, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in {0, 1}:
        msg = f"mason audit {args} exited {done.returncode}: {done.stderr[-500:]}"
        raise RuntimeError(msg)
    return elapsed, AuditReport.model_validate_json(done.stdout)


def _seen(report: AuditReport) -> tuple[object, ...]:
    findings = sorted(
        (c.name, f.rule, f.path or "", f.line or 0, f.message)
        for c in report.checks
        for f in c.findings
    )
    statuses = {c.name: c.status for c in report.checks}
    coverage = [c.metrics.get("coverage") for c in report.checks if c.name == "coverage"]
    return findings, statuses, coverage


def _narrowed(report: AuditReport) -> str:
    parts = [
        f"{check.name} {check.summary.rsplit('(', 1)[1].rstrip(')')}"
        for check in report.checks
        if "re-checked)" in check.summary or "re-run)" in check.summary
    ]
    return ", ".join(parts) or "nothing (every check in full)"


def _change(project: Path, module: str) -> None:
    path = project / module
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + "\n# an edit of the edit loop\n", encoding="utf-8")


def measure(name: str, scratch: Path) -> dict[str, str]:
    """Return one project's row."""
    project = next(p for p in CORPUS if p.name == name)
    tree = source_tree(project, scratch)
    build_environment(tree, tree)
    cold, _ = _audit(tree, "--no-cache")
    _audit(tree)
    _change(tree, CHANGED[name])
    after, report = _audit(tree)
    _, fresh = _audit(tree, "--no-cache")
    return {
        "project": f"{project.name} {project.version}",
        "changed": CHANGED[name],
        "cold": f"{cold:.1f} s",
        "after one change": f"{after:.1f} s",
        "ratio": f"{after / cold:.2f}x",
        "re-checked": _narrowed(report),
        "equals a cold audit": "yes" if _seen(report) == _seen(fresh) else "**no**",
    }


def main() -> int:
    """Measure each project and write the section of docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default=",".join(CHANGED))
    names = parser.parse_args().only.split(",")
    rows: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="mason-edit-loop-") as scratch:
        for name in names:
            rows.append(measure(name, Path(scratch) / name))
            print(rows[-1], file=sys.stderr)
    columns = list(rows[0])
    table = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    table += ["| " + " | ".join(row[c] for c in columns) + " |" for row in rows]
    body = f"""## mason audit: the edit loop on public projects

`python -m benchmarks.edit_loop_real` on {machine()}: projects of docs/corpus.md in their own
environments; one comment appended to one module, then an audit, compared with a cold audit of
the changed tree (findings, statuses, coverage total).

{chr(10).join(table)}
"""
    write_section("edit-loop-real", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
