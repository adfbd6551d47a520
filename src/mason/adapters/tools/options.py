# @file options.py
# @path src/mason/adapters/tools/options.py
# @version 0.1.0
"""Whether a tool accepts an option, read from its own ``--help`` (never guessed from versions).

The help text is read once per program and mason process, and only when an option that not
every release has would be used (the tools' parallel modes, on machines with cores to spare).
"""

import functools
from pathlib import Path

from mason.adapters.process import run
from mason.domain.errors import ToolError

HELP_TIMEOUT = 60.0


@functools.cache
def _help(program: str) -> str:
    try:
        output = run([program, "--help"], cwd=Path(program).parent, timeout=HELP_TIMEOUT)
    except ToolError:
        return ""
    return output.stdout + output.stderr


def accepts(program: Path, option: str) -> bool:
    """Return whether ``program --help`` lists ``option``."""
    return option in _help(str(program))
