# @file preconditions.py
# @path src/mason/services/upgrade/preconditions.py
# @version 0.1.0
"""What must hold before an upgrade touches a repository: git, and a clean working tree.

These checks import no copier: ``mason upgrade`` on an up-to-date project answers from here
in a fraction of a second.
"""

from dataclasses import dataclass
from pathlib import Path

from mason.adapters.answers_file import find_answers, read_answers
from mason.adapters.git import dirty_paths, is_repository, repository_root
from mason.adapters.pyproject import nearest_project
from mason.adapters.template_repo import known_versions
from mason.adapters.uv_workspace import workspace_root
from mason.domain.errors import ProjectError, UsageError
from mason.domain.recorded_answers import RecordedAnswers

SHOWN_DIRTY = 5


@dataclass(frozen=True, slots=True)
class UpdateTarget:
    """A mason-made project, the version it is at, and the version to upgrade it to."""

    root: Path
    recorded: RecordedAnswers
    target: int

    @property
    def current(self) -> bool:
        """Return whether the project is already at the target version."""
        return self.recorded.version == self.target


def git_root(path: Path) -> Path:
    """Return the repository root of ``path``.

    Raises:
        ProjectError: ``path`` does not exist or is not in a git repository.

    """
    if not path.exists():
        msg = f"{path} does not exist"
        raise ProjectError(msg, hint="pass the path of a project")
    if not is_repository(path if path.is_dir() else path.parent):
        msg = f"{path.resolve()} is not in a git repository"
        raise ProjectError(
            msg,
            hint="upgrades need git to show and undo what they change: "
            "`git init && git add -A && git commit -m 'Before mason'`",
        )
    return repository_root(path if path.is_dir() else path.parent)


@dataclass(frozen=True, slots=True)
class AdoptionScope:
    """What adoption may touch: the nearest project; and the repository and workspace around it."""

    project: Path
    """The nearest project at or above the path given (the audit's rule): every edit is here."""
    repository: Path
    workspace: Path | None
    """The uv workspace's root, when the project is a member: uv keeps the environment and the
    lock there; the member's files stay the member's."""

    @property
    def at_repository_root(self) -> bool:
        """Return whether the project is the whole repository (not one part of a monorepo)."""
        return self.project == self.repository.resolve()


def adoption_scope(path: Path) -> AdoptionScope:
    """Return the project ``path`` lies in, and the repository and uv workspace around it.

    The project is the nearest directory at or above ``path``, inside the repository, with a
    ``pyproject.toml``, ``setup.py`` or ``setup.cfg``; without one, the directory given.

    Raises:
        ProjectError: ``path`` does not exist or is not in a git repository.

    """
    repository = git_root(path)
    start = (path if path.is_dir() else path.parent).resolve()
    project = nearest_project(start, within=repository) or start
    return AdoptionScope(project, repository, workspace_root(project))


def require_clean(root: Path) -> None:
    """Refuse a working tree with uncommitted or untracked changes.

    Raises:
        ProjectError: naming the changed paths and how to put them aside.

    """
    dirty = dirty_paths(root)
    if dirty:
        shown = ", ".join(dirty[:SHOWN_DIRTY]) + (" ..." if len(dirty) > SHOWN_DIRTY else "")
        msg = f"{root} has uncommitted changes ({shown}); nothing was touched"
        raise ProjectError(
            msg,
            hint="commit them, or `git stash --include-untracked`, then run mason upgrade again",
        )


def update_target(path: Path, to: int | None) -> UpdateTarget:
    """Find the project's answers file and decide the target version.

    Raises:
        ProjectError: not a repository, or not a project mason made.
        ConfigError: the answers file is broken.
        UsageError: ``to`` is a version mason does not have, or a downgrade.

    """
    root = git_root(path)
    answers = find_answers(path.resolve(), root)
    if answers is None:
        msg = f"{path.resolve()} was not made by mason (no .copier-answers.yml)"
        raise ProjectError(msg, hint="bring it to the standard with `mason upgrade --adopt`")
    recorded = read_answers(answers)
    versions = known_versions()
    target = versions[-1] if to is None else to
    listed = ", ".join(str(version) for version in versions)
    if target not in versions:
        msg = f"--to {target}: mason has template versions {listed}"
        raise UsageError(msg, hint=f"pick one of {listed}, or update mason for newer ones")
    if recorded.version not in versions and recorded.version < versions[-1]:
        msg = f"the project is at template version {recorded.version}, which mason cannot rebuild"
        raise UsageError(msg, hint=f"mason has versions {listed}")
    if recorded.version > target:
        msg = f"the project is at template version {recorded.version}, newer than {target}"
        raise UsageError(msg, hint="downgrades are not supported; install a newer mason")
    return UpdateTarget(root=answers.parent, recorded=recorded, target=target)
