# @file test_distribution.py
# @path tests/integration/test_distribution.py
# @version 0.1.0
"""mason's distribution: a name no stranger holds on the public index, the command ``mason``.

"mason" on PyPI belongs to someone else, so mason is distributed as ``mason-standard`` and every
metadata lookup, cache key and error message uses that name; the import package and the
command stay ``mason``.
"""

import tomllib
from importlib import metadata
from pathlib import Path

import mason
from mason.domain.check import Check

ROOT = Path(__file__).resolve().parents[2]


def test_the_distribution_is_named_as_pyproject_says_and_keeps_the_command() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == mason.DISTRIBUTION == "mason-standard"
    assert project["scripts"] == {"mason": "mason.cli.app:main"}
    installed = metadata.distribution(mason.DISTRIBUTION)
    assert mason.__version__ == installed.version == project["version"]
    scripts = installed.entry_points.select(group="console_scripts")
    assert [script.name for script in scripts] == ["mason"]


def test_mason_s_own_checks_come_from_its_distribution_not_from_one_called_mason() -> None:
    """A plugin distribution named "mason" (the squatted name) cannot pass for mason itself."""
    check = Check(name="x", title="t", tools="x", rules=(), units=())
    assert check.origin == mason.DISTRIBUTION
