# @file adopt.py
# @path src/mason/cli/commands/adopt.py
# @version 0.1.0
"""``mason upgrade --adopt``: the output of adopting a project mason did not make."""

from pathlib import Path

from rich.markup import escape

from mason.cli.console import stderr_console, stdout_console
from mason.cli.render.upgrade_table import render_changes
from mason.cli.render.verification import render_verification
from mason.services.upgrade.adopt import AdoptOutcome, adopt


def run_adopt(path: Path, *, layout: str | None, pretend: bool, tighten: bool) -> None:
    """Adopt the project at ``path`` and report what changed, what was kept, what is next."""
    outcome = adopt(path, layout=layout, pretend=pretend, tighten=tighten)
    console = stdout_console()
    adoption = outcome.adoption
    package = adoption.package or "no package"
    how = "detected" if adoption.detected else "chosen"
    facts = f"{adoption.layout} layout ({how}), {package}, Python {adoption.python_version}"
    console.print(f"adopting {escape(adoption.project_name)}: {facts}", soft_wrap=True)
    if outcome.project is not None and outcome.project != path.resolve():
        stderr_console().print(
            f"project: {escape(str(outcome.project))} (the nearest project at or above "
            f"{escape(str(path))}); nothing outside it is touched",
            soft_wrap=True,
        )
    _report_invariants(outcome)
    if not outcome.changes:
        console.print("already on the standard: nothing to change")
        return
    title = "mason upgrade --adopt --pretend" if pretend else "mason upgrade --adopt"
    render_changes(console, title, outcome.changes, diffs=pretend)
    _report_settings(outcome)
    if pretend:
        console.print("pretend: nothing was written")
        return
    _next_steps(outcome)


def _report_invariants(outcome: AdoptOutcome) -> None:
    """Say what was checked on the staging copies, what could not be, and what was left out."""
    notes = stderr_console()
    render_verification(notes, outcome.verification)
    if outcome.data:
        notes.print(
            f"data: {outcome.data} fixture, golden or package data file(s) left as they are",
            soft_wrap=True,
        )
    for name in outcome.repository_files:
        notes.print(
            f"[warning]not added:[/] {escape(name)}: it is read at the repository's root, "
            "outside this project; add the project's steps there yourself",
            soft_wrap=True,
        )


def _report_settings(outcome: AdoptOutcome) -> None:
    """Say what adoption added, tightened and kept, and where tools read their settings."""
    notes = stderr_console()
    for added in outcome.log.added:
        notes.print(f"added: {escape(added)}", soft_wrap=True)
    for tightened in outcome.log.tightened:
        notes.print(f"tightened: {escape(tightened)}", soft_wrap=True)
    for weaker in outcome.log.weaker:
        notes.print(
            f"[warning]kept (weaker than the standard):[/] {escape(weaker)}", soft_wrap=True
        )
    for tool, name in outcome.edited_elsewhere.items():
        notes.print(
            f"[warning]edited:[/] {escape(name)}: {escape(tool)} reads it before pyproject.toml, "
            "so the standard's settings went there; moving them into pyproject.toml and "
            "deleting it is STR002's advice",
            soft_wrap=True,
        )
    for name, where in outcome.elsewhere:
        notes.print(
            f"[warning]kept:[/] {escape(name)} configures a tool outside pyproject.toml; "
            f"move its settings into {escape(where)} and delete it (STR002)",
            soft_wrap=True,
        )
    if outcome.adoption.detected:
        notes.print(
            "layout: detected from the package's folders; `--layout NAME` chooses another "
            "(`mason layouts` lists them)",
            soft_wrap=True,
        )


def _next_steps(outcome: AdoptOutcome) -> None:
    notes = stderr_console()
    steps = [
        "review with `git diff`, then commit",
        "`uv sync` (or `mason audit --sync`) to create the environment the checks run in",
    ]
    if outcome.violations:
        steps.append("`mason audit --baseline .mason-baseline.json` gates new findings only")
    steps.append(
        "`mason audit` lists what is left for people: descriptions mason never invents "
        "(HDR002), design and structure findings; `mason audit --write-baseline` accepts "
        "today's findings so only new ones fail"
    )
    for step in steps:
        notes.print(f"next: {escape(step)}", soft_wrap=True)
