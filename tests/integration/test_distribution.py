# @file test_distribution.py
# @path tests/integration/test_distribution.py
# @version 0.1.0
"""mason's distribution: a name no stranger holds on the public index, the command ``mason``.

"mason" on PyPI belongs to someone else, so mason is distributed as ``mason-standard`` and every
metadata lookup, cache key and error message uses that name; the import package and the
command stay ``mason``.
"""

import re
import tomllib
from importlib import metadata
from pathlib import Path

import mason
from mason.domain.check import Check
from tests.support import checkout_files, run_mason

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


def _shipped_text() -> dict[str, str]:
    """Return every file mason ships or documents, and a project as `mason new` writes it."""
    names = [
        name
        for name in checkout_files(ROOT)
        if not name.startswith(("tests/", "templates/history/", "benchmarks/"))
        and name not in {"uv.lock", "CHANGELOG.md"}
    ]
    return {name: (ROOT / name).read_text(encoding="utf-8", errors="replace") for name in names}


# An install of mason by a name resolved on an index (`uv tool run --from mason==1`, `pip install
# mason`, `uvx mason`), where a requirement naming its source (`mason-standard @ git+...`) is
# fine; and the placeholder owner that names a stranger's account.
_NAME = r"[\"']?(?:mason-standard|mason)(?![\w-])(?!\s*@)"
_OPTIONS = r"(?:--?[\w-]+\s+)*"
_BARE = re.compile(
    rf"--from\s+{_NAME}|(?:pip|uv pip|uv tool) install\s+{_OPTIONS}{_NAME}"
    rf"|uv add\s+{_OPTIONS}{_NAME}|uvx\s+{_NAME}|MASON_SPEC"
)
_STRANGER = re.compile(r"mason-dev/", re.IGNORECASE)


def test_nothing_mason_ships_or_documents_installs_it_by_a_bare_name(tmp_path: Path) -> None:
    made = run_mason(["new", str(tmp_path / "demo"), "--layout", "cli", "--defaults", "--no-git"])
    assert made.exit_code == 0, made.stderr
    project = {
        f"demo/{path.relative_to(tmp_path / 'demo')}": path.read_text(encoding="utf-8")
        for path in (tmp_path / "demo").rglob("*")
        if path.is_file() and path.name != "uv.lock"
    }
    texts = {**_shipped_text(), **project}
    assert len(texts) > 100
    bare = {name: _BARE.findall(text) for name, text in texts.items() if _BARE.search(text)}
    assert bare == {}
    strangers = [name for name, text in texts.items() if _STRANGER.search(text)]
    assert strangers == []
    pyproject = tomllib.loads(project["demo/pyproject.toml"])
    assert "mason-standard" in pyproject["dependency-groups"]["dev"]
    assert "mason-standard" in pyproject["tool"]["uv"]["sources"]  # never from the index
