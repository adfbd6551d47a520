# @file mypy.py
# @path src/mason/adapters/tools/mypy.py
# @version 0.1.0
"""mypy, with JSON lines on stdout where it has them (1.11+), else one text line per message."""

from collections.abc import Mapping, Sequence
from pathlib import Path

from mason.adapters.process import run
from mason.domain.tool_output import ToolOutput

_USAGE_ERROR = 2
_TEXT_OPTIONS = ("--show-column-numbers", "--show-error-codes", "--no-pretty", "--no-error-summary")
"""How older mypy prints one message per line with its place and code."""


def check(  # noqa: PLR0913 - what to check, where, and how
    program: Path,
    root: Path,
    targets: Sequence[str],
    *,
    python: Path | None,
    timeout: float,
    workers: int = 1,
    env: Mapping[str, str] | None = None,
) -> ToolOutput:
    """Run mypy on ``targets`` (or on its configured files).

    ``python`` points mason's own mypy at the project's interpreter, so it sees the project's
    dependencies; ``None`` when the project's own mypy runs. ``workers`` above 1 checks in that
    many worker processes (``--num-workers``, which only newer mypy has).
    """
    interpreter = ["--python-executable", str(python)] if python else []
    parallel = ["--num-workers", str(workers)] if workers > 1 else []
    output = run(
        [str(program), "--output", "json", *interpreter, *parallel, *targets],
        cwd=root,
        timeout=timeout,
        env=env,
    )
    if output.returncode == _USAGE_ERROR and "unrecognized arguments: --output" in output.stderr:
        # mypy before 1.11: no JSON; its text lines carry the same facts
        text = [str(program), *_TEXT_OPTIONS, *interpreter, *parallel, *targets]
        return run(text, cwd=root, timeout=timeout, env=env)
    return output
