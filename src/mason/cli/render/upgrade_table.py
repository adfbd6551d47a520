# @file upgrade_table.py
# @path src/mason/cli/render/upgrade_table.py
# @version 0.1.0
"""The upgrade table: every file and what happens to it, diffs for a preview, and next steps."""

from collections import Counter
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.syntax import Syntax
from rich.table import Table

from mason.domain.change_kind import ChangeKind
from mason.domain.file_change import FileChange

STYLE = {
    ChangeKind.CONFLICTED: "fail",
    ChangeKind.MERGED: "warning",
    ChangeKind.UPDATED: "ok",
    ChangeKind.CREATED: "ok",
    ChangeKind.DELETED: "warning",
    ChangeKind.UNCHANGED: "dim",
}
MAX_DIFF_LINES = 120


def render_changes(
    console: Console, title: str, changes: Sequence[FileChange], *, diffs: bool
) -> None:
    """Print the table of changed files (unchanged ones only counted), with diffs if asked."""
    order = list(ChangeKind)
    shown = sorted(
        (change for change in changes if change.kind is not ChangeKind.UNCHANGED),
        key=lambda change: (order.index(change.kind), change.path),
    )
    table = Table(title=title, title_justify="left")
    table.add_column("file", style="path")
    table.add_column("change")
    table.add_column("note", style="dim")
    for change in shown:
        table.add_row(
            escape(change.path),
            f"[{STYLE[change.kind]}]{change.kind.value}[/]",
            escape(change.note),
        )
    console.print(table)
    counts = Counter(change.kind for change in changes)
    console.print(", ".join(f"{counts[kind]} {kind.value}" for kind in order if counts[kind]))
    if diffs:
        for change in shown:
            if change.diff:
                lines = change.diff.splitlines()
                clipped = "\n".join(lines[:MAX_DIFF_LINES])
                if len(lines) > MAX_DIFF_LINES:
                    clipped += f"\n... {len(lines) - MAX_DIFF_LINES} more lines"
                console.print(Syntax(clipped, "diff", theme="ansi_dark", word_wrap=True))


def next_steps(changes: Sequence[FileChange], *, rej: bool) -> list[str]:
    """Return what to do after an update, conflicts first."""
    conflicted = [change.path for change in changes if change.kind is ChangeKind.CONFLICTED]
    if not conflicted:
        return ["review with `git diff`, then commit: `git commit -am 'Upgrade the template'`"]
    where = "the .rej files next to them" if rej else "the <<<<<<< markers (or `git mergetool`)"
    return [
        f"{len(conflicted)} file(s) need you: resolve {where} in {', '.join(conflicted)}",
        "then `git add` them, review with `git diff --cached`, and commit",
        "to give up instead, in the project: `git checkout HEAD -- . && git clean -fd .`",
    ]
