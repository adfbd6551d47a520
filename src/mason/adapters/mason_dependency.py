# @file mason_dependency.py
# @path src/mason/adapters/mason_dependency.py
# @version 0.1.0
"""Record mason in a project: a development dependency with an explicit source, by uv itself.

``uv add --frozen --dev`` writes the requirement into ``[dependency-groups]`` and its source
into ``[tool.uv.sources]`` without resolving, so ``uv lock`` then pins exactly that mason: the
commit of a git repository, the address of an archive, or the version on the named index. An
index is declared first, ``explicit`` (only mason is looked up there; every other dependency
resolves as before), and uv's ``--index`` then finds it by name and adds only the source.
"""

import tomllib
from pathlib import Path

import tomlkit

from mason.adapters.files import write_atomic
from mason.adapters.pyproject import read_text
from mason.adapters.tools.uv import uv
from mason.domain.mason_source import INDEX_NAME, MasonSource
from mason.domain.source_kind import SourceKind

ADD_TIMEOUT = 120


def add_mason(project: Path, source: MasonSource, python: Path | None) -> str | None:
    """Add mason from ``source`` to the dev group of ``project``; return why not, or ``None``.

    Raises:
        ToolError: uv cannot run at all.

    """
    options = ["--frozen", "--dev", "--quiet"]
    if python is not None:
        options += ["--python", str(python)]
    if source.editable:
        options.append("--editable")
    if source.kind is SourceKind.INDEX:
        refused = _declare_index(project / "pyproject.toml", source.url)
        if refused is not None:
            return refused
        options += ["--index", f"{INDEX_NAME}={source.url}"]
    completed = uv("add", *options, source.requirement, cwd=project, timeout=ADD_TIMEOUT)
    return None if completed.ok else completed.tail(2).replace("\n", " ")


def _declare_index(pyproject: Path, url: str) -> str | None:
    """Append ``[[tool.uv.index]]`` for mason's index, explicit; return why not, or ``None``."""
    fragment = {"tool": {"uv": {"index": [{"name": INDEX_NAME, "url": url, "explicit": True}]}}}
    text = read_text(pyproject)
    combined = text.rstrip("\n") + "\n\n" + tomlkit.dumps(fragment).lstrip("\n")
    try:
        tomllib.loads(combined)
    except tomllib.TOMLDecodeError as error:  # [tool.uv] written inline: no table can follow
        return f"cannot declare mason's index in pyproject.toml: {error}"
    write_atomic(pyproject, combined)
    return None
