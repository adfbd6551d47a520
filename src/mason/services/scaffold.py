# @file scaffold.py
# @path src/mason/services/scaffold.py
# @version 0.1.0
"""``mason new``: validate the answers, render in a staging directory, lock, commit, move.

Nothing reaches the destination until the project is complete: the template is rendered, the
mason that made it recorded as a development dependency with its source (so CI installs that
mason, never a bare name from a public index), the lock file written and the first commit
made in a hidden staging directory next to it, which then becomes the destination in one
rename. A failure or Ctrl-C removes the staging directory
and any parent directories mason created, so the disk looks as it did before.
"""

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from mason import __version__
from mason.adapters import git, staging
from mason.adapters.answers_file import read_answers
from mason.adapters.copier_engine import render
from mason.adapters.mason_dependency import add_mason
from mason.adapters.own_source import own_source
from mason.adapters.python_finder import find_python
from mason.adapters.templates import bundled_template
from mason.adapters.tools.uv import uv
from mason.domain.answers import ProjectAnswers, validate_answers
from mason.domain.errors import MasonError, ToolError, UsageError
from mason.domain.mason_source import INDEX_VARIABLE, MasonSource
from mason.domain.new_outcome import NewOutcome
from mason.domain.new_request import NewRequest
from mason.domain.template_version import ANSWERS_FILE

LOCK_TIMEOUT = 300
NAME_MAX = 255
"""The longest file name most file systems allow, in bytes (when the system does not say)."""


def default_answers(destination: Path) -> dict[str, str]:
    """Return the defaults mason offers: names from the directory, author from git.

    The Python floor is the template's (the oldest Python the standard supports), not the
    interpreter mason happens to run on: a project should not require 3.13 because the
    machine that made it had one. ``mason new`` says which floor it wrote.
    """
    defaults = {"project_name": destination.name}
    for key, setting in (("author_name", "user.name"), ("author_email", "user.email")):
        value = git.config_value(setting, cwd=Path.cwd())
        if value:
            defaults[key] = value
    return defaults


def check_destination(destination: Path, *, force: bool) -> None:
    """Refuse a destination that is a file, or a non-empty directory without ``--force``.

    Raises:
        UsageError: naming the destination and the way out.

    """
    _check_names(destination)
    if destination.exists() and not destination.is_dir():
        msg = f"{destination} exists and is not a directory"
        raise UsageError(msg, hint="choose a new directory name for the project")
    above = next(parent for parent in destination.parents if parent.exists())
    if not above.is_dir():
        msg = f"{above} is a file, not a directory: the project cannot go below it"
        raise UsageError(msg, hint="choose a destination whose parent folders are folders")
    if destination.is_dir() and not staging.is_empty_directory(destination) and not force:
        msg = f"{destination} exists and is not empty"
        raise UsageError(
            msg,
            hint="choose a new directory, or pass --force to add the template's files to it "
            "(files the template does not write are left alone)",
        )


def _check_names(destination: Path) -> None:
    """Refuse a folder name longer than the file system allows, before any work.

    Raises:
        UsageError: naming the length and the limit.

    """
    existing = next(parent for parent in destination.absolute().parents if parent.exists())
    try:
        limit = os.pathconf(existing, "PC_NAME_MAX")
    except (OSError, ValueError):
        limit = NAME_MAX
    for name in destination.parts:
        size = len(name.encode())
        if size > limit:
            msg = f"the folder name {name[:20]}... is {size} bytes; the file system allows {limit}"
            raise UsageError(msg, hint="choose a shorter name")


def resolve_answers(request: NewRequest) -> ProjectAnswers | None:
    """Validate the answers for the bundled template (custom templates validate their own)."""
    if request.template is not None:
        return None
    answers = {**default_answers(request.destination), **request.data}
    return validate_answers(answers)


def kept_files(destination: Path, files: list[str]) -> tuple[str, ...]:
    """Return the template's files the destination already has: ``--force`` keeps the user's.

    A kept ``pyproject.toml`` keeps out the template's ``uv.lock`` too: it locks another
    pyproject.toml.
    """
    kept = [
        name for name in files if (destination / name).exists() or (destination / name).is_symlink()
    ]
    if "pyproject.toml" in kept and "uv.lock" in files and "uv.lock" not in kept:
        kept.append("uv.lock")
    return tuple(sorted(kept))


def mason_source(request: NewRequest) -> MasonSource | None:
    """Return where the project will install mason from (``None`` for a custom template).

    Raises:
        UsageError: this mason cannot tell where it came from (an index records nothing), or
            its installation record is unusable.

    """
    if request.template is not None:
        return None
    source = own_source()
    if source is None:
        msg = (
            f"mason {__version__} cannot tell where it was installed from (an installer records "
            "nothing about the package index it used), so the project could not install it"
        )
        raise UsageError(
            msg,
            hint=f"set {INDEX_VARIABLE} to the index that serves mason (your organisation sets "
            "it once), or install mason from its git repository (docs/ci.md, 'Where mason comes "
            "from')",
        )
    return source


def preview(request: NewRequest) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the files ``mason new`` would write, and the user's it would keep instead."""
    check_destination(request.destination, force=request.force)
    answers = resolve_answers(request)
    mason_source(request)
    with tempfile.TemporaryDirectory(prefix="mason-pretend-") as scratch:
        _render(request, answers, Path(scratch))
        files = staging.files_under(Path(scratch))
        kept = kept_files(request.destination, files)
        return tuple(name for name in files if name not in kept), kept


def create(request: NewRequest) -> NewOutcome:
    """Create the project; on any failure leave the disk as it was."""
    destination = request.destination
    check_destination(destination, force=request.force)
    answers = resolve_answers(request)
    source = mason_source(request)
    created_parents = staging.missing_parents(destination)
    warnings: list[str] = []
    kept: tuple[str, ...] = ()
    try:
        with staging.staging_directory(destination) as stage:
            _render(request, answers, stage)
            if request.interactive and answers is not None:
                answers = _answered(stage) or answers
            python = _python_for(answers)
            recorded = source is not None and _record_mason(stage, source, python, warnings)
            locked = request.lock and _lock(stage, python, warnings)
            files = staging.files_under(stage)
            if not destination.exists() or staging.is_empty_directory(destination):
                commit = _commit(request, answers, stage, None, warnings)
                staging.move_into_place(stage, destination)
            else:
                kept = kept_files(destination, files)
                files = [name for name in files if name not in kept]
                staging.merge_into(stage, destination, files)
                commit = _commit(request, answers, destination, files, warnings)
    except BaseException:
        for parent in reversed(created_parents):
            with contextlib.suppress(OSError):
                parent.rmdir()
        raise
    locked = locked and "uv.lock" not in kept
    return NewOutcome(
        destination,
        tuple(files),
        answers,
        locked,
        commit,
        tuple(warnings),
        kept=kept,
        mason=source if recorded else None,
    )


def _answered(stage: Path) -> ProjectAnswers | None:
    """Return the answers copier recorded (after prompting), when they validate."""
    recorded = stage / ANSWERS_FILE
    if not recorded.is_file():
        return None
    try:
        return validate_answers(read_answers(recorded).answers)
    except MasonError:
        return None


def _render(request: NewRequest, answers: ProjectAnswers | None, target: Path) -> None:
    template = request.template or bundled_template()
    if answers is not None and not request.interactive:
        data = answers.as_data()
        user_defaults: dict[str, str] = {}
    else:
        data = dict(request.data)
        user_defaults = default_answers(request.destination) if answers is not None else {}
    render(
        template,
        target,
        data,
        interactive=request.interactive,
        trust=request.trust,
        user_defaults=user_defaults,
    )


def _python_for(answers: ProjectAnswers | None) -> Path | None:
    """Return an interpreter at the project's Python floor or newer, if this machine has one."""
    major, _, minor = (answers.python_version if answers else "3.12").partition(".")
    return find_python((int(major), int(minor)))


def _record_mason(
    project: Path, source: MasonSource, python: Path | None, warnings: list[str]
) -> bool:
    """Add mason from ``source`` to the project's dev dependencies; a failure is a warning."""
    if not (project / "pyproject.toml").is_file():
        return False
    try:
        failure = add_mason(project, source, python)
    except ToolError as error:
        failure = error.message
    if failure is not None:
        warnings.append(
            f"mason is not a dev dependency of the project ({failure}); add it with "
            f"`uv add --dev '{source.requirement}'`"
        )
        return False
    if source.local:
        warnings.append(
            f"the project installs mason from {source.describe()}, which only this machine has: "
            "CI cannot install it; point [tool.uv.sources] at your git repository or index "
            "(docs/ci.md, 'Where mason comes from')"
        )
    return True


def _lock(project: Path, python: Path | None, warnings: list[str]) -> bool:
    if not (project / "pyproject.toml").is_file():
        return False
    interpreter = ["--python", str(python)] if python else []
    try:
        completed = uv("lock", "--quiet", *interpreter, cwd=project, timeout=LOCK_TIMEOUT)
    except ToolError as error:
        warnings.append(f"not locked: {error.message}; run `uv lock` in the project later")
        return False
    if not completed.ok:
        reason = completed.tail(2).replace("\n", " ")
        warnings.append(f"not locked ({reason}); run `uv lock` in the project later")
        return False
    return True


def _commit(
    request: NewRequest,
    answers: ProjectAnswers | None,
    where: Path,
    files: list[str] | None,
    warnings: list[str],
) -> str | None:
    """Commit ``files`` (all, when ``None``) in ``where``; a git failure is only a warning."""
    if not request.git:
        return None
    if files is not None and (where / ".git").exists():
        warnings.append(f"{where} is already a git repository; review and commit the new files")
        return None
    name = answers.project_name if answers else request.destination.name
    layout = f" ({answers.layout} layout)" if answers else ""
    identity = (
        (answers.author_name, answers.author_email) if answers else ("mason", "mason@localhost")
    )
    try:
        return git.init_and_commit(
            where,
            f"Create {name}{layout} with mason new",
            files=files,
            fallback_identity=identity,
        )
    except ToolError as error:
        warnings.append(f"no git commit: {error.message}")
        if files is None:  # the staging copy: leave no half-made repository behind
            shutil.rmtree(where / ".git", ignore_errors=True)
        return None
