# @file parse.py
# @path src/mason/checks/format/parse.py
# @version 0.1.0
"""``ruff format --check`` output as findings, whichever form this ruff printed.

Newer ruff prints JSON with ``--output-format json``; older ruff, and releases that accept the
option but honour it only in preview mode, print text: ``Would reformat: PATH`` (before 0.13),
or a diagnostic, ``unformatted: File would be reformatted`` followed by `` --> PATH:1:1``, or
its concise form ``PATH:1:1: unformatted: ...``. The parser reads what was printed instead of
predicting it from a version number.
"""

import re
from pathlib import PurePath

from mason.checks.format.rules import FMT001
from mason.checks.tool_output import get_int, get_str, load, objects, relative
from mason.domain.finding import Finding

_MESSAGE = "would be reformatted by ruff format"
_TEXT = (
    re.compile(r"^Would reformat: (?P<path>.+?)\s*$"),
    re.compile(r"^\s*--> (?P<path>.+?):(?P<line>\d+):\d+\s*$"),
    re.compile(r"^(?P<path>.+?):(?P<line>\d+):\d+: unformatted: "),
)


def parse_format(text: str, root: PurePath) -> list[Finding]:
    """Return one ``FMT001`` finding per file ``ruff format --check`` would change."""
    if text.lstrip().startswith("["):
        return [
            FMT001.finding(
                _MESSAGE,
                path=relative(get_str(item, "filename") or "", root),
                line=get_int(item, "location", "row"),
            )
            for item in objects(load(text, "ruff format"))
            if get_str(item, "code") == "unformatted"
        ]
    findings: list[Finding] = []
    for line in text.splitlines():
        for pattern in _TEXT:
            match = pattern.match(line)
            if match:
                number = match.groupdict().get("line")
                findings.append(
                    FMT001.finding(
                        _MESSAGE,
                        path=relative(match["path"], root),
                        line=int(number) if number else None,
                    )
                )
                break
    return findings


def unformattable(stdout: str, stderr: str) -> int:
    """Return how many files ``ruff format`` could not format at all (syntax errors, I/O)."""
    if stdout.lstrip().startswith("["):
        return sum(
            1
            for item in objects(load(stdout, "ruff format"))
            if get_str(item, "code") != "unformatted"
        )
    return stderr.count("error: Failed to parse")
