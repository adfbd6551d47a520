# @file corpus_table.py
# @path benchmarks/corpus_table.py
# @version 0.1.0
"""The tables ``benchmarks/corpus.py`` writes into docs/corpus.md, from the kept results."""

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.corpus import Result


def table(results: Sequence["Result"]) -> str:
    """Return the corpus's tables (audit, adoption, invariants) and the runs' notes."""
    audit_rows = [
        (
            "| project | lint (mason / ruff) | format (mason / ruff) | mypy (mason / mypy) "
            "| pyright (mason / pyright) | layers | coverage (mason / by hand) | exit |"
        ),
        "|---|---|---|---|---|---|---|---|",
    ]
    adopt_rows = [
        (
            "| project | shape | environment | cold | warm | --pretend | --adopt "
            "| lines removed | TOML | 2nd --adopt | day one |"
        ),
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for result in results:
        mine, theirs = result.checks, result.by_hand
        name = f"{result.project.name} {result.project.version}"
        audit_rows.append(
            f"| {name} | {mine.get('lint', '-')} / {theirs.get('lint', '-')} "
            f"| {mine.get('format', '-')} / {theirs.get('format', '-')} "
            f"| {mine.get('mypy', '-')} / {theirs.get('mypy', '-')} "
            f"| {mine.get('pyright', '-')} / {theirs.get('pyright', '-')} "
            f"| {mine.get('layers', '-')} "
            f"| {mine.get('coverage', '-')} / {theirs.get('coverage', '-')} "
            f"(tests {theirs.get('tests', '-')}) | {mine.get('exit', '-')} |"
        )
        times = result.times
        adopt_rows.append(
            f"| {name} | {result.project.shape} | {result.env} "
            f"| {times.get('cold', 0):.1f} s | {times.get('warm', 0):.2f} s "
            f"| {result.adopt.get('pretend', '-')} ({times.get('pretend', 0):.1f} s) "
            f"| {result.adopt.get('adopt', '-')} ({times.get('adopt', 0):.1f} s) "
            f"| {result.adopt.get('removed', '-')} | {result.adopt.get('toml', '-')} "
            f"| {result.adopt.get('again', '-')} | {result.adopt.get('day one', '-')} |"
        )
    invariant_rows = [
        (
            "| project | files outside the project changed | metadata changed "
            "| checks newly erroring | tests newly failing | tests compared |"
        ),
        "|---|---|---|---|---|---|",
    ]
    for result in results:
        kept = result.invariants
        compared = f"{kept.compared}" if kept.compared is not None else "n/a"
        invariant_rows.append(
            f"| {result.project.name} {result.project.version} | {kept.cell('outside')} "
            f"| {kept.cell('metadata')} | {kept.cell('erroring')} | {kept.cell('failing')} "
            f"| {compared} |"
        )
    notes = [
        f"- **{result.project.name}**: {note}"
        for result in results
        for note in [*result.notes, *result.invariants.notes, *result.invariants.details()]
    ]
    return "\n".join(
        [
            "### Audit: mason's status and count next to the tool's own",
            "",
            *audit_rows,
            "",
            "### Adoption and day one",
            "",
            *adopt_rows,
            "",
            "### Adoption's invariants, measured from outside mason",
            "",
            *invariant_rows,
            "",
            "### What the runs said",
            "",
            *(notes or ["- nothing beyond the tables"]),
        ]
    )
