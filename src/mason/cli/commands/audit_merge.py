# @file audit_merge.py
# @path src/mason/cli/commands/audit_merge.py
# @version 0.1.0
"""``mason audit merge``: join the reports of ``mason audit --shard I/N`` into one."""

from pathlib import Path
from typing import Annotated

import typer

from mason.cli.emit import FormatOption, OutputOption, emit, report_targets
from mason.cli.outputs import OutputFormat
from mason.services.audit.pipeline import AuditOutcome
from mason.services.audit.shard_merge import merge_shards


def audit_merge(
    folders: Annotated[
        list[Path],
        typer.Argument(
            metavar="DIR",
            help="The directory of every shard (what `mason audit --shard I/N --shard-dir DIR` "
            "wrote; in CI, the shards' downloaded artifacts).",
            show_default=False,
        ),
    ],
    *,
    path: Annotated[
        Path,
        typer.Option(
            "--path",
            help="The project the shards audited (its coverage gates and environment).",
        ),
    ] = Path(),
    output_format: FormatOption = OutputFormat.RICH,
    output: OutputOption = None,
) -> None:
    """Join the reports of `mason audit --shard I/N` runs into one report and one exit code.

    Every shard of the split must be given once. Findings are joined check by check (the
    shards' slices are disjoint); the shards' coverage data is combined with `coverage
    combine` and the coverage gates are judged on the whole, as an unsharded audit would.

    Exit codes as `mason audit`: 0 passed, 1 a check failed, 2 a shard is missing or given
    twice, 3 a check could not run.
    """
    targets = report_targets(output, output_format)
    report = merge_shards(folders, path.resolve())
    outcome = AuditOutcome(report, fixed=(), baseline_written=None, lines={})
    emit(outcome, output_format, targets)
    raise typer.Exit(int(report.exit_code))
