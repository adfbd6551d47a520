# @file copier_update.py
# @path src/mason/adapters/copier_update.py
# @version 0.1.0
"""copier for upgrades: pristine renders of a template version, and the three-way update.

Both go through copier's public API (``run_copy`` with a version, ``run_update``); copier
re-renders, diffs and merges, and records conflicts in git's unmerged index state. This module
only chooses the options and translates copier's errors into mason's.
"""

import contextlib
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from copier import run_copy, run_update
from copier.errors import CopierError, UnsafeTemplateError, UserMessageError

from mason.domain.errors import ProjectError, UsageError

type ConflictMode = Literal["inline", "rej"]


def _quietly() -> contextlib.ExitStack:
    stack = contextlib.ExitStack()
    chatter = io.StringIO()  # copier prints even when quiet; mason reports on its own
    stack.enter_context(contextlib.redirect_stdout(chatter))
    stack.enter_context(contextlib.redirect_stderr(chatter))
    return stack


def _needs_trust(error: UnsafeTemplateError) -> UsageError:
    first = str(error).strip().splitlines()[0] if str(error).strip() else "unsafe features"
    msg = f"the template runs code on this machine ({first})"
    return UsageError(msg, hint="read its copier.yml; rerun with --trust if you trust it")


def render_version(
    template: str,
    version: int,
    answers: Mapping[str, str],
    target: Path,
    *,
    trust: bool = False,
) -> None:
    """Render ``version`` of ``template`` with ``answers`` into the empty directory ``target``.

    Raises:
        UsageError: the template needs ``--trust``, or refuses the answers.

    """
    try:
        with _quietly():
            run_copy(
                template,
                target,
                data=dict(answers),
                vcs_ref=str(version),
                defaults=True,
                overwrite=True,
                quiet=True,
                unsafe=trust,
                skip_tasks=True,
            )
    except UnsafeTemplateError as error:
        raise _needs_trust(error) from None
    except (ValueError, CopierError) as error:
        msg = f"template version {version} cannot be rendered with the recorded answers: {error}"
        raise UsageError(msg, hint="check .copier-answers.yml") from None


def update(
    project: Path,
    version: int,
    *,
    conflict: ConflictMode,
    trust: bool = False,
) -> None:
    """Update ``project`` to ``version`` of its template with copier's three-way merge.

    Raises:
        UsageError: the template needs ``--trust``.
        ProjectError: copier refused (for example, the tree is not clean).

    """
    try:
        with _quietly():
            run_update(
                project,
                vcs_ref=str(version),
                defaults=True,
                overwrite=True,
                skip_answered=True,
                quiet=True,
                conflict=conflict,
                unsafe=trust,
            )
    except UnsafeTemplateError as error:
        raise _needs_trust(error) from None
    except UserMessageError as error:
        raise ProjectError(str(error), hint="see `git status`") from None
