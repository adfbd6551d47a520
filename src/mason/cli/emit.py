# @file emit.py
# @path src/mason/cli/emit.py
# @version 0.1.0
"""Where an audit's report goes: stdout in the ``--format``, every ``--output``, CI summaries."""

import os
from typing import Annotated

import typer

from mason.cli.console import stderr_console, stdout_console
from mason.cli.outputs import WRITERS, OutputFormat, Target, parse_outputs, step_summary
from mason.cli.render import audit_rich
from mason.cli.render.audit_plain import verdict
from mason.domain.errors import UsageError
from mason.services.audit.pipeline import AuditOutcome
from mason.services.reports import append_report, check_outputs, write_report

FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        help="What stdout gets: rich (people), json, sarif, junit, github, markdown, gitlab, html.",
    ),
]
"""``--format``: what stdout gets (every command that writes an audit report)."""

OutputOption = Annotated[
    list[str] | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FORMAT=PATH",
        help="Also write this report to a file (repeatable): --output sarif=mason.sarif "
        "--output junit=mason.xml. A PATH alone gets the --format report instead of stdout. "
        "Paths are checked before the audit runs; a symlink is written through to its target, "
        "a FIFO or device (/dev/stdout) gets a stream. "
        "Under GitHub Actions the markdown summary goes to $GITHUB_STEP_SUMMARY too.",
    ),
]
"""``--output FORMAT=PATH``: more reports, to files."""


def report_targets(values: list[str] | None, output_format: OutputFormat) -> list[Target]:
    """Return the ``--output`` reports, refused before any work if a path cannot take one.

    Raises:
        UsageError: a bad ``FORMAT=``, a path that cannot be written, one file named twice.

    """
    targets = parse_outputs(values or [], output_format)
    check_outputs([target.path for target in targets])
    return targets


def emit(outcome: AuditOutcome, output_format: OutputFormat, targets: list[Target]) -> None:
    """Print the ``--format`` report, write every ``--output``, and the CI step summary.

    A file that cannot be written (a full disk) is reported after the others are written and
    stdout has its report, so one bad path loses no other output.

    Raises:
        UsageError: the first report file that could not be written.

    """
    report = outcome.report
    failures: list[UsageError] = []
    for target in targets:
        try:
            write_report(target.path, WRITERS[target.output_format](report))
        except UsageError as error:
            failures.append(error)
    summary = step_summary(os.environ)
    if summary is not None and not any(t.path == summary for t in targets):
        append_report(summary, WRITERS[OutputFormat.MARKDOWN](report))
    if any(target.instead_of_stdout for target in targets):
        stderr_console().print(verdict(report), soft_wrap=True, markup=False)
    elif output_format is OutputFormat.RICH and (console := stdout_console()).is_terminal:
        audit_rich.render(console, report, outcome.lines)
    else:
        typer.echo(WRITERS[output_format](report), nl=False)
    if failures:
        raise failures[0]
