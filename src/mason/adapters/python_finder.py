# @file python_finder.py
# @path src/mason/adapters/python_finder.py
# @version 0.1.0
"""Find a Python interpreter of at least a given version, the way ``setup.sh`` does.

Order: the interpreter running mason, then ``python3.N`` and ``python3`` on PATH, then pyenv's
installed versions, newest first. uv gets the result, so it never downloads an interpreter
when one is already on the machine (and cannot, on machines without that network access).
"""

import os
import shutil
import sys
from pathlib import Path

from mason.adapters.process import run
from mason.domain.errors import ToolError

_PROBE = "import sys; print('%d.%d' % sys.version_info[:2])"
PROBE_TIMEOUT = 10


def _version_of(interpreter: Path) -> tuple[int, int] | None:
    try:
        completed = run([interpreter, "-c", _PROBE], cwd=Path.cwd(), timeout=PROBE_TIMEOUT)
    except (ToolError, OSError):
        return None
    major, _, minor = completed.stdout.strip().partition(".")
    return (int(major), int(minor)) if major.isdigit() and minor.isdigit() else None


def _candidates() -> list[Path]:
    found = [Path(sys.executable)]
    for name in ("python3.14", "python3.13", "python3.12", "python3"):
        located = shutil.which(name)
        if located:
            found.append(Path(located))
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    if root.is_dir():
        versions = sorted(
            (path for path in root.iterdir() if path.name[:1].isdigit()),
            key=lambda path: tuple(int(part) for part in path.name.split(".") if part.isdigit()),
            reverse=True,
        )
        found.extend(path / "bin" / "python3" for path in versions)
    return found


def find_python(minimum: tuple[int, int]) -> Path | None:
    """Return an interpreter whose version is at least ``minimum``, or ``None``."""
    if sys.version_info[:2] >= minimum:
        return Path(sys.executable)
    for candidate in _candidates()[1:]:
        version = _version_of(candidate) if candidate.exists() else None
        if version is not None and version >= minimum:
            return candidate
    return None
