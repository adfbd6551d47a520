# @file support.py
# @path tests/support.py
# @version 0.1.0
"""Test support shared by every suite: building file trees and running mason two ways.

``write_tree`` follows copier's ``build_file_tree``: a dict of relative paths to contents in,
a real directory out. ``invoke`` runs mason in-process through typer's CliRunner; ``run_mason``
runs the installed ``mason`` program as a subprocess, exactly as a user or CI would.
"""

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from mason.adapters.tools.uv import uv_command
from mason.cli.app import app
from mason.domain.audit_report import AuditReport
from mason.domain.check_result import CheckResult

MASON = Path(sys.executable).with_name("mason")
UV = uv_command()
"""uv as mason finds it (its own dependency), so tests do not depend on PATH."""


def write_tree(root: Path, files: Mapping[str, str | bytes]) -> Path:
    """Create ``files`` (relative path -> text or bytes) under ``root`` and return ``root``."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def snapshot_tree(root: Path) -> dict[str, bytes]:
    """Return every file under ``root`` with its bytes, to prove that nothing changed."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and ".git" not in path.relative_to(root).parts
    }


@dataclass(frozen=True)
class Outcome:
    """What a mason run printed and returned."""

    exit_code: int
    stdout: str
    stderr: str


def invoke(args: Sequence[str], env: Mapping[str, str] | None = None) -> Outcome:
    """Run mason in-process with typer's CliRunner."""
    result = CliRunner().invoke(app, list(args), env=dict(env or {}))
    return Outcome(result.exit_code, result.stdout, result.stderr)


def run_mason(
    args: Sequence[str],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 600,
) -> Outcome:
    """Run the installed ``mason`` program as a subprocess."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    full_env.pop("MASON_DEBUG", None)
    completed = subprocess.run(
        [str(MASON), *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return Outcome(completed.returncode, completed.stdout, completed.stderr)


def checkout_files(root: Path) -> list[str]:
    """Return the files of the checkout at ``root``: tracked, and new ones git does not ignore."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [name for name in filter(None, listed.split("\0")) if (root / name).is_file()]


def git(repository: Path, *args: str) -> str:
    """Run git in ``repository`` and return its output (raising when git fails)."""
    return subprocess.run(
        ["git", *args], cwd=repository, capture_output=True, text=True, check=True
    ).stdout


def commit(repository: Path, message: str) -> None:
    """Commit everything in ``repository`` under a fixed test identity."""
    git(repository, "add", "-A")
    git(
        repository,
        "-c",
        "user.name=Ada",
        "-c",
        "user.email=ada@example.com",
        "commit",
        "-qm",
        message,
    )


def audit(project: Path, *args: str) -> tuple[int, dict[str, CheckResult]]:
    """Run ``mason audit --format json`` and return the exit code and checks by name."""
    outcome = run_mason(["audit", str(project), "--format", "json", *args])
    report = AuditReport.model_validate_json(outcome.stdout)
    return outcome.exit_code, {check.name: check for check in report.checks}


def findings(check: CheckResult) -> list[tuple[str, str | None, int | None]]:
    return [(finding.rule, finding.path, finding.line) for finding in check.findings]


def messages(check: CheckResult) -> list[str]:
    return [finding.message for finding in check.findings]


def insert_after_docstring(path: Path, code: str) -> int:
    """Insert ``code`` after the module docstring; return the 1-based line it starts on."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.startswith('"""')) + 1
    while not lines[index - 1].rstrip().endswith('"""') or index == 1:
        index += 1
    lines.insert(index, code)
    path.write_text("".join(lines), encoding="utf-8")
    return index + 1
