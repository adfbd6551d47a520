# @file verification.py
# @path src/mason/cli/render/verification.py
# @version 0.1.0
"""What a change was checked for on its staging copy: adoption's and updates' invariants."""

from rich.console import Console
from rich.markup import escape

from mason.domain.verification import Verification


def render_verification(notes: Console, checked: Verification) -> None:
    """Say what was checked, what could not be, what was left out, and what else was seen."""
    for invariant, what in checked.checked.items():
        notes.print(
            f"checked ({invariant.value}) {invariant.promise}: {escape(what)}", soft_wrap=True
        )
    for invariant, why in checked.unchecked.items():
        notes.print(
            f"[warning]not checked ({invariant.value}) {invariant.promise}:[/] {escape(why)}",
            soft_wrap=True,
        )
    for left in checked.left_out:
        notes.print(
            f"[warning]left out:[/] {escape(left.edit.id)}: {escape(left.reason)} "
            f"({left.invariant.value})",
            soft_wrap=True,
        )
    for note in checked.notes:
        notes.print(f"note: {escape(note)}", soft_wrap=True)
