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

from mason.cli.render.audit_plain import to_plain
from mason.cli.writers.github import to_github
from mason.cli.writers.gitlab import to_gitlab
from mason.cli.writers.html import to_html
from mason.cli.writers.json_report import to_json
from mason.cli.writers.junit import to_junit
from mason.cli.writers.markdown import to_markdown
from mason.cli.writers.sarif import to_sarif
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


WRITERS: Mapping[OutputFormat, Callable[[AuditReport], str]] = {
    OutputFormat.RICH: to_plain,
    OutputFormat.JSON: to_json,
    OutputFormat.SARIF: to_sarif,
    OutputFormat.JUNIT: to_junit,
    OutputFormat.GITHUB: to_github,
    OutputFormat.MARKDOWN: to_markdown,
    OutputFormat.GITLAB: to_gitlab,
    OutputFormat.HTML: to_html,
}
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
