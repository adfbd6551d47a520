# @file parse.py
# @path src/mason/checks/format/parse.py
# @version 0.1.0
"""``ruff format --check`` output as findings, whichever form this ruff printed.

Newer ruff prints JSON with ``--output-format json``; older ruff (and some releases without
preview mode) print ``Would reformat: PATH`` lines. The parser looks at what was printed
instead of predicting it from a version number.
"""

from pathlib import PurePath

from mason.checks.format.rules import FMT001
from mason.checks.tool_output import get_int, get_str, load, objects, relative
from mason.domain.finding import Finding

_PREFIX = "Would reformat: "
_MESSAGE = "would be reformatted by ruff format"


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
    return [
        FMT001.finding(_MESSAGE, path=relative(line.removeprefix(_PREFIX).strip(), root))
        for line in text.splitlines()
        if line.startswith(_PREFIX)
    ]
