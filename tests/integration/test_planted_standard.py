# @file test_planted_standard.py
# @path tests/integration/test_planted_standard.py
# @version 0.1.0
"""The standard's native rules find what is planted in a project of every layout.

Each test copies a project ``mason new`` made (its tracked files: these rules need no
environment), plants code that breaks the immutability, decorator, protocol, module-length,
noqa and untyped-record rules, and runs the real ``mason audit``. Rules scoped to pure or value
layers are planted there and must be found; the same code where the layout has no such layer
must not be. The type checkers are switched off in the copy (``[tool.mason.typing] checkers``)
so the typing check runs only its own analysis.
"""

import re
import subprocess
from pathlib import Path

import pytest

from mason.domain.layouts import LAYOUT_NAMES
from tests.integration.conftest import ProjectFactory
from tests.support import audit, findings, write_tree

pytestmark = pytest.mark.slow

PURE = {
    "functional-core": "domain",
    "clean-ddd": "domain",
    "four-layer": "foundation",
    "webapp": "schemas",
    "cli": "core",
}
"""A pure layer of each layout that has one (module state, untyped records, frozen models)."""
VALUE = {"functional-core": "runtime", "clean-ddd": "application", "webapp": "models"}
"""A layer whose models must be frozen although it is not pure."""
OUTSIDE = {
    "clean-ddd": "infrastructure",
    "four-layer": "infrastructure",
    "webapp": "crud",
    "cli": "commands",
}
"""A layer that is neither: its models may be mutable (ORM rows, adapters' state)."""

STATE = '''"""Planted: module state and an untyped record."""

from collections.abc import Mapping

CACHE: dict[str, int] = {}
LIMITS: Mapping[str, int] = {"a": 1}


def load() -> dict[str, object]:
    """Return an untyped record."""
    return {"a": CACHE.get("a", LIMITS["a"])}
'''
LOOSE = '''"""Planted: a model that is not frozen."""

from pydantic import BaseModel


class Loose(BaseModel):
    """Not frozen."""

    name: str
'''
USER = '''"""Planted: a frozen model with a mutable field and default."""

from pydantic import BaseModel, ConfigDict


class User(BaseModel):
    """A user."""

    model_config = ConfigDict(frozen=True)

    roles: list[str] = []
'''
PORTS = (
    '"""Planted: a marker protocol and a kitchen-sink one."""\n\n'
    "from typing import Protocol, runtime_checkable\n\n\n"
    '@runtime_checkable\nclass Marker(Protocol):\n    """Nothing."""\n\n\n'
    'class Everything(Protocol):\n    """Too much."""\n\n'
    + "".join(f"    def m{n}(self) -> None: ...\n" for n in range(11))
)
DECORATORS = '''"""Planted: decorators that lose what they wrap."""

from collections.abc import Callable


def timer[R](func: Callable[..., R]) -> Callable[..., R]:
    """Erase the signature."""
    return func


def logged(func):
    """Lose the name."""

    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper
'''
ROW = '''"""Planted: what an adapter may keep: a mutable row, a cache, raw records."""

from pydantic import BaseModel

CACHE: dict[str, "Row"] = {}


class Row(BaseModel):
    """A row, changed in place."""

    name: str


def fetch(name: str) -> dict[str, object]:
    """Return the raw record, caching the row."""
    CACHE[name] = Row(name=name)
    return {"name": name}
'''
LONG = '"""Planted: a long module."""\n\nx = 1  # noqa\n' + "y = 2\n" * 500


def _copy(base: Path, target: Path) -> Path:
    """Copy the tracked files of ``base`` to ``target`` and switch the type checkers off."""
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=base, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    for name in filter(None, tracked):
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        (target / name).write_bytes((base / name).read_bytes())
    pyproject = target / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    if "[tool.mason.typing]" in text:  # functional-core chooses its checkers
        text = re.sub(r"(?m)^checkers = \[.*\]$", "checkers = []", text)
    else:
        text += "\n[tool.mason.typing]\ncheckers = []\n"
    pyproject.write_text(text, encoding="utf-8")
    return target


def _folder(project: Path, layout: str) -> str:
    if layout == "script":
        return "scripts"
    package = project.name.replace("-", "_")
    return f"src/{package}"


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_the_rules_find_what_is_planted(
    generated_project: ProjectFactory, layout: str, tmp_path: Path
) -> None:
    project = _copy(generated_project(layout), tmp_path / f"demo-{layout}")
    root = _folder(project, layout)
    anywhere = f"{root}/{PURE[layout]}" if layout in PURE else root
    planted = {
        f"{anywhere}/planted_user.py": USER,
        f"{anywhere}/planted_ports.py": PORTS,
        f"{anywhere}/planted_decorators.py": DECORATORS,
        f"{anywhere}/planted_long.py": LONG,
        f"{anywhere}/planted_state.py": STATE,
        f"{anywhere}/planted_loose.py": LOOSE,
    }
    if layout in VALUE:
        planted[f"{root}/{VALUE[layout]}/planted_value.py"] = LOOSE
    if layout in OUTSIDE:
        planted[f"{root}/{OUTSIDE[layout]}/planted_row.py"] = ROW
    write_tree(project, planted)
    checks = ("design", "immutability", "decorators", "typing")
    code, results = audit(project, "--no-cache", *(f"--check={name}" for name in checks))
    found = {finding for name in checks for finding in findings(results[name])}
    everywhere = {
        ("IMM002", f"{anywhere}/planted_user.py", 11),
        ("IMM003", f"{anywhere}/planted_user.py", 11),
        ("DES006", f"{anywhere}/planted_ports.py", 7),
        ("DES007", f"{anywhere}/planted_ports.py", 11),
        ("DEC001", f"{anywhere}/planted_decorators.py", 6),
        ("DEC002", f"{anywhere}/planted_decorators.py", 14),
        ("DES008", f"{anywhere}/planted_long.py", None),
        ("TYP024", f"{anywhere}/planted_long.py", 3),
    }
    scoped = {
        ("IMM001", f"{anywhere}/planted_state.py", 5),
        ("TYP026", f"{anywhere}/planted_state.py", 9),
        ("DES004", f"{anywhere}/planted_loose.py", 6),
    }
    assert everywhere <= found
    if layout in PURE:
        assert scoped <= found
    else:  # library and script: no pure layer, nothing there is held to it
        assert not scoped & found
    if layout in VALUE:
        assert ("DES004", f"{root}/{VALUE[layout]}/planted_value.py", 6) in found
    if layout in OUTSIDE:
        assert not {f for f in found if f[1] == f"{root}/{OUTSIDE[layout]}/planted_row.py"}
    assert code == 1
