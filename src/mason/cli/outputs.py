# @file outputs.py
# @path src/mason/cli/outputs.py
# @version 0.1.0
"""Where ``mason audit`` writes its reports: ``--format`` to stdout, ``--output`` to files.

``--output FORMAT=PATH`` (repeatable) writes one more report per option, so one run gives CI
its annotations, SARIF and JUnit at once; ``--output PATH`` alone writes the ``--format``
report there instead of stdout (as before). Under GitHub Actions the Markdown summary is also
appended to ``$GITHUB_STEP_SUMMARY``, where every finding can be read (GitHub shows ten
annotations per step).
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from mason.domain.audit_report import AuditReport
from mason.domain.errors import UsageError


class OutputFormat(StrEnum):
    """The report formats."""

    RICH = "rich"
    JSON = "json"
    SARIF = "sarif"
    JUNIT = "junit"
    GITHUB = "github"
    MARKDOWN = "markdown"
    GITLAB = "gitlab"
    HTML = "html"


def writer(output_format: OutputFormat) -> Callable[[AuditReport], str]:  # noqa: PLR0911 - one per format
    """Return the writer of ``output_format``, imported when asked for.

    A run imports only the writers it writes with (the HTML report and SARIF bring their own
    weight): a pre-commit hook that prints plain text starts that much sooner.
    """
    # function-local imports below (PLC0415): each writer loads only when its format is used
    match output_format:
        case OutputFormat.RICH:
            from mason.cli.render.audit_plain import to_plain  # noqa: PLC0415

            return to_plain
        case OutputFormat.JSON:
            from mason.cli.writers.json_report import to_json  # noqa: PLC0415

            return to_json
        case OutputFormat.SARIF:
            from mason.cli.writers.sarif import to_sarif  # noqa: PLC0415

            return to_sarif
        case OutputFormat.JUNIT:
            from mason.cli.writers.junit import to_junit  # noqa: PLC0415

            return to_junit
        case OutputFormat.GITHUB:
            from mason.cli.writers.github import to_github  # noqa: PLC0415

            return to_github
        case OutputFormat.MARKDOWN:
            from mason.cli.writers.markdown import to_markdown  # noqa: PLC0415

            return to_markdown
        case OutputFormat.GITLAB:
            from mason.cli.writers.gitlab import to_gitlab  # noqa: PLC0415

            return to_gitlab
        case OutputFormat.HTML:
            from mason.cli.writers.html import to_html  # noqa: PLC0415

            return to_html


FORMAT_NAMES = ", ".join(item.value for item in OutputFormat)


@dataclass(frozen=True, slots=True)
class Target:
    """One report to write: its format and its file."""

    output_format: OutputFormat
    path: Path
    instead_of_stdout: bool = False
    """``--output PATH`` without a format: the ``--format`` report goes here, not to stdout."""


def parse_outputs(values: Sequence[str], default: OutputFormat) -> list[Target]:
    """Return the reports ``--output`` asks for (``FORMAT=PATH``, or ``PATH`` for ``--format``).

    Raises:
        UsageError: a ``FORMAT=`` that names no format, or an empty path.

    """
    known = {item.value for item in OutputFormat}
    targets: list[Target] = []
    for value in values:
        name, equals, path = value.partition("=")
        if name in known:
            if not path:
                msg = f"--output {value}: no file to write"
                raise UsageError(msg, hint="write FORMAT=PATH, e.g. --output junit=mason.xml")
            targets.append(Target(OutputFormat(name), Path(path)))
        elif equals and "/" not in name and "." not in name:
            msg = f"--output {value}: there is no format {name!r}"
            raise UsageError(msg, hint=f"formats: {FORMAT_NAMES}; e.g. --output sarif=out.sarif")
        else:
            targets.append(Target(default, Path(value), instead_of_stdout=True))
    return targets


def step_summary(environ: Mapping[str, str]) -> Path | None:
    """Return GitHub Actions' step summary file when running there."""
    summary = environ.get("GITHUB_STEP_SUMMARY")
    if environ.get("GITHUB_ACTIONS") == "true" and summary:
        return Path(summary)
    return None
