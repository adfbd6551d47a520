# @file uv.py
# @path src/mason/adapters/tools/uv.py
# @version 0.1.0
"""uv, for the environments and lock files of the projects mason works on."""

import importlib.util
import os
import sys
from pathlib import Path

from mason.adapters.process import find_program, run
from mason.domain.errors import ToolError
from mason.domain.tool_output import ToolOutput

UV_TIMEOUT = 900


def uv_command() -> list[str]:
    """Return how to run uv: mason's own (a dependency, next to its Python), else PATH's.

    ``python -m uv`` is the last resort, for installs that put uv's module but not its program
    where mason looks.

    Raises:
        ToolError: uv is not installed anywhere mason can find it.

    """
    found = find_program("uv", search=(Path(sys.executable).parent,))
    if found is not None:
        return [str(found)]
    if importlib.util.find_spec("uv") is not None:
        return [sys.executable, "-m", "uv"]
    msg = "uv is not installed"
    raise ToolError(msg, hint="install it with `python3 -m pip install uv`")


def uv(*args: str, cwd: Path, timeout: float = UV_TIMEOUT) -> ToolOutput:
    """Run ``uv args`` in ``cwd`` without touching mason's own environment."""
    env = {key: value for key, value in os.environ.items() if key != "VIRTUAL_ENV"}
    env["UV_NO_PROGRESS"] = "1"
    return run([*uv_command(), *args], cwd=cwd, timeout=timeout, env=env)


def lock_check(root: Path, *, timeout: float) -> ToolOutput:
    """Run ``uv lock --check``: status 0 when uv.lock matches pyproject.toml."""
    return uv("lock", "--check", cwd=root, timeout=timeout)
