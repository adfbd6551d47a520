# @file upgrade_plan.py
# @path src/mason/checks/upgrade_plan.py
# @version 0.1.0
"""Classify what an upgrade does to each template file, from three versions of it.

``old`` is the pristine render of the version the project was made with, ``new`` that of the
target version, ``project`` what is in the repository now. A file the template did not change
is left alone; one only the template changed is updated; one both changed needs a three-way
merge (``None`` here: the caller runs ``git merge-file`` to tell merged from conflicted).
"""

from collections.abc import Mapping

from mason.domain.change_kind import ChangeKind

type Tree = Mapping[str, bytes]


def classify(old: Tree, new: Tree, project: Tree) -> dict[str, ChangeKind | None]:
    """Return each template path with its change, or ``None`` when it needs a three-way merge."""
    plan: dict[str, ChangeKind | None] = {}
    for path in sorted(set(old) | set(new)):
        before, after, mine = old.get(path), new.get(path), project.get(path)
        if after is None:  # removed from the template
            if mine is None:
                plan[path] = ChangeKind.UNCHANGED
            else:
                plan[path] = ChangeKind.DELETED if mine == before else None
        elif before is None:  # added by the template
            if mine is None:
                plan[path] = ChangeKind.CREATED
            else:
                plan[path] = ChangeKind.UNCHANGED if mine == after else None
        elif after in (before, mine):
            plan[path] = ChangeKind.UNCHANGED
        elif mine is None:
            plan[path] = ChangeKind.UNCHANGED  # you deleted it; the upgrade respects that
        elif mine == before:
            plan[path] = ChangeKind.UPDATED
        else:
            plan[path] = None
    return plan
