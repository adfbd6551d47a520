# @file git.py
# @path src/mason/adapters/git.py
# @version 0.1.0
"""The git operations mason needs, through the git program (never a re-implementation)."""

import tempfile
from collections.abc import Generator, Sequence
from contextlib import contextmanager
from pathlib import Path

from mason.adapters import stop
from mason.adapters.process import run
from mason.domain.errors import ProjectError, ToolError
from mason.domain.tool_output import ToolOutput

GIT_TIMEOUT = 120


def git(*args: str, cwd: Path, check: bool = True) -> ToolOutput:
    """Run ``git args`` in ``cwd``.

    Raises:
        ToolError: git is missing or hangs, or (with ``check``) the command fails.

    """
    completed = run(["git", *args], cwd=cwd, timeout=GIT_TIMEOUT)
    if check and not completed.ok:
        msg = f"git {' '.join(args)} failed in {cwd}: {completed.tail(3)}"
        raise ToolError(msg, hint="run the command yourself to see the whole message")
    return completed


def config_value(key: str, *, cwd: Path) -> str | None:
    """Return git's configured value for ``key`` (e.g. ``user.name``), if any."""
    try:
        completed = git("config", "--get", key, cwd=cwd, check=False)
    except ToolError:
        return None
    value = completed.stdout.strip()
    return value or None


def is_repository(path: Path) -> bool:
    """Return whether ``path`` is inside a git work tree."""
    completed = git("rev-parse", "--is-inside-work-tree", cwd=path, check=False)
    return completed.ok and completed.stdout.strip() == "true"


def repository_root(path: Path) -> Path:
    """Return the top directory of the work tree that contains ``path``.

    Raises:
        ProjectError: ``path`` is not in a git repository.

    """
    completed = git("rev-parse", "--show-toplevel", cwd=path, check=False)
    if not completed.ok:
        msg = f"{path} is not in a git repository"
        raise ProjectError(msg, hint=f"run `git init` in {path} and commit your files first")
    return Path(completed.stdout.strip())


def repository_path(path: Path) -> str | None:
    """Return where ``path`` lies inside its git work tree (``.`` at the top), if it is in one."""
    try:
        completed = git("rev-parse", "--show-prefix", cwd=path, check=False)
    except ToolError:
        return None
    if not completed.ok:
        return None
    return completed.stdout.strip().rstrip("/") or "."


def dirty_paths(path: Path) -> tuple[str, ...]:
    """Return the paths with uncommitted changes (tracked or untracked) under ``path``."""
    completed = git("status", "--porcelain", "--untracked-files=all", "--", ".", cwd=path)
    return tuple(line[3:] for line in completed.stdout.splitlines() if line.strip())


def init_and_commit(
    path: Path,
    message: str,
    *,
    files: Sequence[str] | None = None,
    fallback_identity: tuple[str, str],
) -> str:
    """Create a repository in ``path`` (if needed), commit ``files`` (default: all), return the id.

    ``fallback_identity`` (name, email) is used only when git has no ``user.name`` or
    ``user.email`` configured, so the first commit never fails on a fresh machine.
    """
    if not (path / ".git").exists():
        git("init", "--quiet", "--initial-branch=main", cwd=path)
    git("add", "--", *(files or ["."]), cwd=path)
    identity: list[str] = []
    name, email = fallback_identity
    if config_value("user.name", cwd=path) is None:
        identity += ["-c", f"user.name={name}"]
    if config_value("user.email", cwd=path) is None:
        identity += ["-c", f"user.email={email}"]
    git(*identity, "commit", "--quiet", "--no-verify", "-m", message, cwd=path)
    return git("rev-parse", "--short", "HEAD", cwd=path).stdout.strip()


def merge_base(path: Path, ref: str) -> str:
    """Return the merge-base of ``ref`` and HEAD: where the current branch left ``ref``.

    Raises:
        ProjectError: ``ref`` is not a commit here, or it shares no history with HEAD.

    """
    resolved = git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", cwd=path, check=False)
    if not resolved.ok:
        msg = f"{ref!r} is not a commit in {path}"
        raise ProjectError(
            msg,
            hint="pass a branch, tag or commit, e.g. --changed-since origin/main "
            "(in CI, fetch it first: `git fetch origin main`)",
        )
    base = git("merge-base", "HEAD", resolved.stdout.strip(), cwd=path, check=False)
    if not base.ok:
        msg = f"{ref!r} shares no history with HEAD in {path}"
        raise ProjectError(msg, hint="in a shallow CI clone, fetch more history (`fetch-depth: 0`)")
    return base.stdout.strip()


@contextmanager
def worktree(repository: Path, commit: str) -> Generator[Path]:
    """Check ``commit`` out into a temporary worktree; remove it afterwards, whatever happens."""
    with tempfile.TemporaryDirectory(prefix="mason-base-") as scratch:
        tree = Path(scratch) / "tree"
        try:  # a stop while git adds the worktree must remove what it registered too
            git("worktree", "add", "--detach", "--quiet", str(tree), commit, cwd=repository)
            yield tree
        finally:
            with stop.shielded():
                git("worktree", "remove", "--force", str(tree), cwd=repository, check=False)
                git("worktree", "prune", cwd=repository, check=False)
