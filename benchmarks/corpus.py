# @file corpus.py
# @path benchmarks/corpus.py
# @version 0.1.0
"""mason on public projects nobody here wrote: audit, adoption and day one, against the tools.

For each project of ``benchmarks/corpus_projects.py``: bring its source distribution (or a
tagged checkout), build its environment the way its own metadata says (an editable install with
its test extras and dev dependency group, plus pytest-cov), run each tool by hand as the
project would, then ``mason audit`` cold and warm, ``mason upgrade --adopt --pretend``,
``--adopt``, a second ``--adopt``, and the day-one audit (``--write-baseline``, then
``--baseline``). Writes the tables to docs/corpus.md. Usage:
``python -m benchmarks.corpus [--only NAME,...] [--keep DIR]``.
Source distributions come from PyPI (``pip download --no-binary :all: --no-deps``), cached in
``~/.cache/mason-corpus``; a checkout comes from ``$MASON_CORPUS_MIRRORS`` or GitHub.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pydantic import ValidationError

from benchmarks.corpus_invariants import (
    Invariants,
    compare_metadata,
    erroring,
    load,
    metadata,
    newly_failing,
    outcomes,
    outside,
    save,
)
from benchmarks.corpus_projects import CORPUS, CorpusProject
from benchmarks.corpus_table import table
from benchmarks.harness import BIN, ROOT, machine, write_section
from mason.adapters.file_listing import list_files
from mason.adapters.python_finder import find_python
from mason.adapters.tools.uv import uv_command
from mason.checks.facts import derive_facts
from mason.checks.typing.run import mypy_targets
from mason.domain.audit_report import AuditReport
from mason.domain.errors import MasonError
from mason.domain.toml import table_at
from mason.services.project import load_project

CACHE = Path.home() / ".cache" / "mason-corpus"
DOCS = ROOT / "docs" / "corpus.md"
HEADER = """<!--
@file corpus.md
@path docs/corpus.md
@version 0.1.0
@description mason on public projects: audit counts against the tools', adoption, day one.
-->
# mason on real projects
"""
PYTHON = (3, 12)
TIMEOUT = 1200
TEST_EXTRAS = ("test", "tests", "testing", "dev")


@dataclass
class Result:
    """What one project gave, step by step (``None``: the step did not run)."""

    project: CorpusProject
    notes: list[str] = field(default_factory=list[str])
    env: str = "?"
    by_hand: dict[str, str] = field(default_factory=dict[str, str])
    checks: dict[str, str] = field(default_factory=dict[str, str])
    times: dict[str, float] = field(default_factory=dict[str, float])
    adopt: dict[str, str] = field(default_factory=dict[str, str])
    invariants: Invariants = field(default_factory=Invariants)


def _run(argv: list[str | Path], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=TIMEOUT,
        env={**os.environ, "NO_COLOR": "1", **env},
    )


def _timed(argv: list[str | Path], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = _run(argv, cwd)
    return time.perf_counter() - start, done


def source_tree(project: CorpusProject, scratch: Path) -> Path:
    """Return the project's source tree, committed to a fresh git repository."""
    target = scratch / project.name
    if project.git:
        mirror = Path(os.environ.get("MASON_CORPUS_MIRRORS", "/work/.mirror"))
        repo = mirror / project.git.replace("/", "+") / "repo"
        if not repo.is_dir():
            repo = scratch / "clone"
            url = f"https://github.com/{project.git}.git"
            _run(["git", "clone", "--quiet", "--bare", url, repo], scratch)
        target.mkdir()
        archive = _run(["git", "--git-dir", repo, "archive", "-o", scratch / "a.tar",
                        project.version], scratch)  # fmt: skip
        if archive.returncode:
            raise RuntimeError(archive.stderr.strip())
        with tarfile.open(scratch / "a.tar") as tar:
            tar.extractall(target, filter="data")
    else:
        CACHE.mkdir(parents=True, exist_ok=True)
        spec = f"{project.name}=={project.version}"
        found = _sdist(project)
        if found is None:
            _run([*_pip(), "download", "--no-binary", ":all:", "--no-deps", "-q", "-d", CACHE,
                  spec], CACHE)  # fmt: skip
            found = _sdist(project)
        if found is None:
            message = f"pip could not download {spec}"
            raise RuntimeError(message)
        unpacked = scratch / "unpacked"
        if found.suffix == ".zip":
            with zipfile.ZipFile(found) as archive_file:
                archive_file.extractall(unpacked)  # noqa: S202 - zipfile drops ".." and absolute paths itself
        else:
            with tarfile.open(found) as tar:
                tar.extractall(unpacked, filter="data")
        (inner,) = list(unpacked.iterdir())
        inner.rename(target)
    for command in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "source"]):
        _run(["git", "-c", "user.name=corpus", "-c", "user.email=c@c", *command], target)
    return target


def _commit(project_dir: Path, message: str) -> None:
    _run(["git", "add", "-A"], project_dir)
    _run(["git", "-c", "user.name=corpus", "-c", "user.email=c@c", "commit", "-qm", message],
         project_dir)  # fmt: skip


def _pip() -> list[str]:
    """Return a pip to download with: this interpreter's, else the first python3's on PATH."""
    if _run([sys.executable, "-m", "pip", "--version"], Path.cwd()).returncode == 0:
        return [sys.executable, "-m", "pip"]
    return [shutil.which("python3") or "python3", "-m", "pip"]


def _sdist(project: CorpusProject) -> Path | None:
    stem = re.sub(r"[-_.]+", "[-_.]", project.name)
    pattern = re.compile(rf"^{stem}-{re.escape(project.version)}\.(tar\.gz|zip)$", re.IGNORECASE)
    return next((path for path in CACHE.iterdir() if pattern.match(path.name)), None)


def build_environment(environment_root: Path, project_dir: Path) -> str:
    """Build ``.venv`` the way the project's metadata says; return what was installed.

    The environment is where uv keeps it: the project's folder, or a workspace member's root.
    """
    uv = uv_command()
    interpreter = _interpreter()
    venv = environment_root / ".venv"
    made = _run([*uv, "venv", "--quiet", "--python", interpreter, venv], project_dir)
    if made.returncode:
        return f"no environment: {made.stderr.strip()[-200:]}"
    pyproject = project_dir / "pyproject.toml"
    document = tomllib.loads(pyproject.read_text(encoding="utf-8")) if pyproject.is_file() else {}
    extras = document.get("project", {}).get("optional-dependencies", {})
    chosen = [name for name in TEST_EXTRAS if name in extras]
    target = f".[{','.join(chosen)}]" if chosen else "."
    groups = [name for name in TEST_EXTRAS if name in document.get("dependency-groups", {})]
    group_args = [part for name in groups for part in ("--group", name)]
    python = ["--python", str(venv / "bin" / "python")]
    installed = _run([*uv, "pip", "install", "--quiet", *python, "-e", target, *group_args],
                     project_dir)  # fmt: skip
    extra_requirements = [
        path for path in ("requirements-dev.txt", "requirements/tests.txt",
                          "requirements/dev.txt") if (project_dir / path).is_file()
    ]  # fmt: skip
    for requirements in extra_requirements[:1]:
        _run([*uv, "pip", "install", "--quiet", *python, "-r", requirements], project_dir)
    _run([*uv, "pip", "install", "--quiet", *python, "pytest", "pytest-cov"], project_dir)
    what = " + ".join([target, *(f"group {g}" for g in groups), *extra_requirements[:1]])
    return what if installed.returncode == 0 else f"install failed ({what})"


def _interpreter() -> Path:
    """Return a Python of exactly ``PYTHON`` where pyenv has one, else one at least as new.

    Older projects' pinned test dependencies suit the oldest Python mason runs on best.
    """
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    exact = sorted(root.glob(f"{PYTHON[0]}.{PYTHON[1]}.*"))
    if exact and (exact[-1] / "bin" / "python3").is_file():
        return exact[-1] / "bin" / "python3"
    return find_python(PYTHON) or Path(sys.executable)


def _left(project_dir: Path) -> list[str]:
    """Return what changed in the tree since the last commit (tracked or not, not ignored)."""
    status = _run(["git", "status", "--porcelain", "--untracked-files=all"], project_dir)
    return [line[3:] for line in status.stdout.splitlines() if line.strip()]


def _tool(venv: Path, name: str) -> Path:
    own = venv / "bin" / name
    return own if own.is_file() else BIN / name


def _by_hand(project_dir: Path, venv: Path) -> dict[str, str]:
    """Run each tool as the project would (from its environment ``venv``); count problems."""
    package, targets = _facts(project_dir)
    counts: dict[str, str] = {}
    lint = _run([_tool(venv, "ruff"), "check", "--no-fix", "--output-format", "json", "."],
                project_dir)  # fmt: skip
    counts["lint"] = str(len(json.loads(lint.stdout))) if lint.stdout.startswith("[") else "?"
    fmt = _run([_tool(venv, "ruff"), "format", "--check", "."], project_dir)
    reformat = re.search(r"(\d+) files? would be reformatted", fmt.stdout + fmt.stderr)
    counts["format"] = reformat.group(1) if reformat else ("0" if fmt.returncode == 0 else "?")
    python = venv / "bin" / "python"
    mypy_tool = _tool(venv, "mypy")
    own = [] if mypy_tool.parent == python.parent else ["--python-executable", str(python)]
    mypy = _run([mypy_tool, *own, *targets, "--no-error-summary", "--show-column-numbers"],
                project_dir)  # fmt: skip
    errors = re.findall(r"^[^:\n]+:\d+(?::\d+)?: error:", mypy.stdout, re.MULTILINE)
    counts["mypy"] = str(len(errors))  # an unused ignore has a line but no column
    pyright_tool = _tool(venv, "pyright")
    own = [] if pyright_tool.parent == python.parent else ["--pythonpath", str(python)]
    pyright = _run([pyright_tool, "--outputjson", *own], project_dir)
    try:
        diagnostics = json.loads(pyright.stdout)["generalDiagnostics"]
        counts["pyright"] = str(
            sum(1 for item in diagnostics if item["severity"] in {"error", "warning"})
        )
    except (json.JSONDecodeError, KeyError):
        counts["pyright"] = "?"
    coverage_json = Path(tempfile.mkdtemp(prefix="by-hand-")) / "coverage.json"  # not in a repo
    tests = _run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                  f"--cov={package}", f"--cov-report=json:{coverage_json}"],
                 project_dir)  # fmt: skip
    try:
        totals = json.loads(coverage_json.read_text(encoding="utf-8"))
        counts["coverage"] = f"{totals['totals']['percent_covered']:.1f}%"
        counts["tests"] = "pass" if tests.returncode == 0 else f"exit {tests.returncode}"
    except (OSError, json.JSONDecodeError, KeyError):
        counts["coverage"] = "?"
        counts["tests"] = f"exit {tests.returncode}"
    for stale in [*project_dir.glob(".coverage"), *project_dir.glob(".coverage.*")]:
        stale.unlink()  # the data files of the run by hand, never .coveragerc
    return counts


def _facts(project_dir: Path) -> tuple[str, list[str]]:
    """Return the package (for coverage) and the targets mypy gets, as mason decides them."""
    try:
        project = load_project(project_dir)
    except MasonError:
        return ".", []
    files = list_files(project_dir, project.config.exclude)
    facts = derive_facts(project_dir, project.pyproject, project.config, files)
    settings = table_at(project.pyproject, "tool", "mypy")
    return facts.package or ".", mypy_targets(settings, facts, files)


def _summarize(report: AuditReport) -> dict[str, str]:
    checks: dict[str, str] = {}
    for check in report.checks:
        status = check.status.value
        cell = f"{status} {len(check.findings)}"
        if check.name == "typing":
            rules = [finding.rule for finding in check.findings]
            checks["mypy"] = f"{status} {rules.count('TYP010')}"
            checks["pyright"] = f"{status} {rules.count('TYP011') + rules.count('TYP012')}"
        if check.name == "coverage" and "coverage" in check.metrics:
            cell = f"{status} {check.metrics['coverage']:.1f}%"
        checks[check.name] = cell
    return checks


def _removed_lines(project_dir: Path) -> int:
    numstat = _run(["git", "diff", "--numstat", "HEAD"], project_dir).stdout
    return sum(
        int(row.split("\t")[1]) for row in numstat.splitlines() if row.split("\t")[1].isdigit()
    )


def _toml_valid(project_dir: Path) -> bool:
    changed = _run(["git", "diff", "--name-only", "--relative", "HEAD"], project_dir).stdout.split()
    untracked = _run(["git", "ls-files", "--others", "--exclude-standard"], project_dir)
    for name in [*changed, *untracked.stdout.split()]:
        if name.endswith(".toml"):
            try:
                tomllib.loads((project_dir / name).read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError:
                return False
    return True


def run_project(project: CorpusProject, scratch: Path) -> Result:
    """Try mason on one project; every step's failure is a result, not a crash."""
    result = Result(project)
    repository = source_tree(project, scratch)
    project_dir = repository / project.subdir if project.subdir else repository
    environment_root = repository if project.subdir else project_dir  # uv: at the workspace root
    result.env = build_environment(environment_root, project_dir)
    # a source distribution ships no .gitignore: stand in for the one the repository has, and
    # commit what installing the environment changed (egg-info), so the tree is the team's
    (repository / ".git" / "info" / "exclude").write_text(
        "*.egg-info/\n__pycache__/\n.venv/\nbuild/\ndist/\n.tox/\n",
        encoding="utf-8",
    )
    _commit(repository, "the environment, as the team's tree has it")
    mason = [BIN / "mason"]
    shutil.rmtree(project_dir / ".mason_cache", ignore_errors=True)
    elapsed, cold = _timed([*mason, "audit", "--format", "json"], project_dir)
    result.times["cold"] = elapsed
    cold_report: AuditReport | None = None
    try:
        cold_report = AuditReport.model_validate_json(cold.stdout)
        result.checks = _summarize(cold_report)
    except ValidationError:
        tail = cold.stderr.strip()[-300:]
        result.notes.append(f"audit printed no report (exit {cold.returncode}): {tail}")
    result.checks["exit"] = str(cold.returncode)
    left = [name for name in _left(project_dir) if not name.startswith(".mason_cache")]
    if left:
        result.notes.append(f"the audit left files in the tree: {', '.join(left[:5])}")
    result.times["warm"], _ = _timed([*mason, "audit", "--format", "json"], project_dir)
    result.by_hand = _by_hand(project_dir, environment_root / ".venv")
    leftovers = _left(project_dir)
    if leftovers:  # the project's own test run wrote into its tree: not the team's work
        result.notes.append(f"its tests left: {', '.join(leftovers[:5])} (reset before adopting)")
        _run(["git", "checkout", "--", "."], project_dir)
        _run(["git", "clean", "-fdq"], project_dir)
    python = environment_root / ".venv" / "bin" / "python"
    _adopt(result, (repository, project_dir, scratch), python, cold_report)
    return result


def _adopt(
    result: Result,
    where: tuple[Path, Path, Path],
    python: Path,
    cold_report: AuditReport | None,
) -> None:
    """Adopt the project (pretend, adopt, again, day one), measuring the invariants around it."""
    repository, project_dir, scratch = where
    project = result.project
    mason: list[str | Path] = [BIN / "mason"]
    metadata_before = metadata(project_dir, scratch, "before")
    tests_before = outcomes(project_dir, python)
    elapsed, pretend = _timed([*mason, "upgrade", "--adopt", "--pretend"], project_dir)
    result.times["pretend"] = elapsed
    result.adopt["pretend"] = f"exit {pretend.returncode}"
    elapsed, adopted = _timed([*mason, "upgrade", "--adopt"], project_dir)
    result.times["adopt"] = elapsed
    result.adopt["adopt"] = f"exit {adopted.returncode}"
    if adopted.returncode:
        result.notes.append(f"adopt: {adopted.stderr.strip()[-300:]}")
    result.adopt["removed"] = str(_removed_lines(project_dir))
    result.adopt["toml"] = "valid" if _toml_valid(project_dir) else "INVALID"
    invariants = result.invariants
    invariants.outside = outside(repository, project.subdir)
    invariants.metadata = compare_metadata(metadata_before, metadata(project_dir, scratch, "after"))
    if isinstance(metadata_before, str):
        invariants.notes.append(f"no metadata to compare: {metadata_before[-160:]}")
    _commit(repository, "adopt")
    again = _run([*mason, "upgrade", "--adopt"], project_dir)
    idempotent = again.returncode == 0 and "nothing to change" in again.stdout
    result.adopt["again"] = "no change" if idempotent else f"exit {again.returncode}"
    _run([*mason, "audit", "--write-baseline", "--format", "json"], project_dir)
    day_one_argv: list[str | Path] = [
        *mason, "audit", "--baseline", ".mason-baseline.json", "--format", "json"
    ]  # fmt: skip
    elapsed, day_one = _timed(day_one_argv, project_dir)
    result.times["day one"] = elapsed
    result.adopt["day one"] = f"exit {day_one.returncode}"
    try:
        day_one_report: AuditReport | None = AuditReport.model_validate_json(day_one.stdout)
    except ValidationError:
        day_one_report = None
    invariants.erroring = erroring(cold_report, day_one_report)
    if day_one.returncode and day_one_report is not None:
        errors = [check.name for check in day_one_report.checks if check.details]
        failed = [check.name for check in day_one_report.checks if check.findings]
        said = f"could not run {', '.join(errors)}" if errors else f"new findings in {failed}"
        result.notes.append(f"day one: {said}")
    invariants.failing = newly_failing(tests_before, outcomes(project_dir, python))
    if tests_before is not None:
        invariants.compared = sum(1 for outcome in tests_before.values() if outcome == "passed")
    if tests_before is None:
        invariants.notes.append("its test suite does not run in this environment")


def _kept(project: CorpusProject) -> Result | None:
    """Return the project's result from its last real run (another batch's), if kept."""
    data = load(project.name)
    if data is None:
        return None
    invariants = data.pop("invariants", {})
    data.pop("project", None)
    data.pop("date", None)
    result = Result(project, **data)  # type: ignore[arg-type] # JSON of this very dataclass
    result.invariants = Invariants(**invariants)  # type: ignore[arg-type] # the same
    return result


def main() -> int:
    """Run the corpus (or ``--only`` some of it, a batch) and write docs/corpus.md's results.

    Each project's result is kept, so the table holds every project's last real run, whichever
    batch ran it.
    """
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="")
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--table", action="store_true", help="only write the table from kept runs")
    arguments = parser.parse_args()
    wanted = {name for name in arguments.only.split(",") if name}
    projects = [project for project in CORPUS if not wanted or project.name in wanted]
    with tempfile.TemporaryDirectory(prefix="mason-corpus-") as scratch:
        base = arguments.keep or Path(scratch)
        for project in [] if arguments.table else projects:
            where = base / project.name
            shutil.rmtree(where, ignore_errors=True)
            where.mkdir(parents=True)
            try:
                result = run_project(project, where)
            except (RuntimeError, OSError, subprocess.TimeoutExpired, ValueError) as error:
                result = Result(project, notes=[f"could not be tried: {error}"])
            data = asdict(result)
            data["project"] = project.name
            data["date"] = time.strftime("%Y-%m-%d")
            save(project.name, data)
            print(result, file=sys.stderr)
    results = [found for project in CORPUS if (found := _kept(project)) is not None]
    today = time.strftime("%Y-%m-%d")
    body = f"""`python -m benchmarks.corpus` (in batches) on {machine()}, {today}.

{table(results)}
"""
    write_section("corpus", body, DOCS, HEADER)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
