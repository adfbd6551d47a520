# @file test_plugins.py
# @path tests/integration/test_plugins.py
# @version 0.1.0
"""A third-party package adds a check through the ``mason.checks`` entry point group.

The plugin below is a real distribution, built and installed by uv into a scratch environment
that also sees mason; the audit, ``mason explain`` and every report format then know its check
and its rule, exactly like mason's own.
"""

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import mason
from mason.adapters.cache_store import CacheStore
from tests.support import UV, write_tree

pytestmark = pytest.mark.slow

PLUGIN = '''"""A mason plugin: TODO comments must name an issue."""

import re

from pydantic import BaseModel, ConfigDict

from mason.api import PYTHON, Check, Finding, Inputs, Rule, Unit, UnitContext, UnitOutcome


class TodosSettings(BaseModel):
    """[tool.mason.todos]: the words that mark a TODO."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    words: tuple[str, ...] = ("TODO",)
    """The words that mark a TODO comment."""

TODO001 = Rule(
    id="TODO001",
    check="todos",
    title="A TODO that names no issue",
    rationale="A TODO without an issue is never done.",
    seed="the team's own",
    fix="Write the issue number: TODO(#123).",
)
def scan(ctx: UnitContext) -> UnitOutcome:
    words = "|".join(map(re.escape, ctx.config.settings(TodosSettings).words))
    _TODO = re.compile(rf"#\\s*(?:{words})(?!\\(#\\d+\\))")
    findings: list[Finding] = []
    for path in ctx.python_files:
        text = ctx.text(path)
        if isinstance(text, str):
            for number, line in enumerate(text.splitlines(), start=1):
                if _TODO.search(line):
                    found = TODO001.finding("TODO without an issue", path=path, line=number)
                    findings.append(found)
    return UnitOutcome.counted(findings, "todos")


CHECK = Check(
    name="todos",
    title="TODOs name their issue",
    tools="mason-todos",
    rules=(TODO001,),
    units=(Unit(name="scan", inputs=Inputs(files=PYTHON), run=scan),),
    settings=TodosSettings,
)
NOT_A_CHECK = "oops"
'''


def _environment(tmp_path: Path, entry_points: str) -> Path:
    """Return the python of a new environment that sees mason and has the plugin installed."""
    package = write_tree(
        tmp_path / "mason-todos",
        {
            "pyproject.toml": (
                '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n'
                '[project]\nname = "mason-todos"\nversion = "1.2.3"\n\n'
                f'[project.entry-points."mason.checks"]\n{entry_points}'
            ),
            "mason_todos/__init__.py": PLUGIN,
        },
    )
    env = tmp_path / "env"
    subprocess.run([*UV, "venv", "--quiet", "--python", sys.executable, str(env)], check=True)
    python = env / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    mason_src = Path(mason.__file__).resolve().parents[1]
    lines = f"{mason_src}\n{sysconfig.get_paths()['purelib']}\n"
    Path(site, "mason_sees_this.pth").write_text(lines, encoding="utf-8")
    subprocess.run(
        [*UV, "pip", "install", "--quiet", "--python", str(python), "--no-deps", str(package)],
        check=True,
    )
    return python


def _mason(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [python, "-m", "mason", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin", "HOME": str(cwd)},
    )


def test_a_plugin_check_runs_and_shows_up_everywhere(tmp_path: Path) -> None:
    python = _environment(tmp_path, 'todos = "mason_todos:CHECK"\n')
    project = write_tree(
        tmp_path / "project",
        {
            "pyproject.toml": '[project]\nname = "p"\nversion = "0.1.0"\n',
            "src/p/__init__.py": '"""P."""\n\n# TODO: someday\nX = 1  # TODO(#12) tracked\n',
        },
    )
    audited = _mason(python, "audit", "--check", "todos", "--format", "json", cwd=project)
    assert audited.returncode == 1, audited.stderr
    report = json.loads(audited.stdout)
    (todos,) = report["checks"]
    assert todos["name"] == "todos"
    assert [(f["rule"], f["path"], f["line"]) for f in todos["findings"]] == [
        ("TODO001", "src/p/__init__.py", 3)
    ]
    explained = _mason(python, "explain", "TODO001", cwd=project)
    assert explained.returncode == 0
    assert "A TODO that names no issue" in explained.stdout
    sarif = json.loads(
        _mason(python, "audit", "-c", "todos", "--format", "sarif", cwd=project).stdout
    )
    (run,) = sarif["runs"]
    assert run["tool"]["driver"]["rules"][0]["fullDescription"]["text"].startswith("A TODO")
    assert "mason-todos" in run["tool"]["driver"]["fullName"]
    helped = _mason(python, "audit", "--help", cwd=project)
    assert "todos" in helped.stdout
    _mason(python, "audit", "-c", "todos", cwd=project)  # cached now
    entries = list(CacheStore(project).directory.glob("*.json"))
    assert len(entries) == 1


def test_a_plugin_has_its_own_validated_documented_table(tmp_path: Path) -> None:
    python = _environment(tmp_path, 'todos = "mason_todos:CHECK"\n')
    project = write_tree(
        tmp_path / "project",
        {
            "pyproject.toml": '[project]\nname = "p"\nversion = "0.1.0"\n',
            "src/p/__init__.py": '"""P."""\n\n# FIXME: someday\n',
        },
    )
    pyproject = project / "pyproject.toml"
    assert _mason(python, "audit", "-c", "todos", cwd=project).returncode == 0
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8") + '[tool.mason.todos]\nwords = ["FIXME"]\n',
        encoding="utf-8",
    )
    found = _mason(python, "audit", "-c", "todos", "--format", "json", cwd=project)
    assert found.returncode == 1, found.stderr  # the setting changed: the cache did not hide it
    assert json.loads(found.stdout)["checks"][0]["findings"][0]["line"] == 3
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8").replace("words =", "wrds ="), encoding="utf-8"
    )
    typo = _mason(python, "audit", "-c", "todos", cwd=project)
    assert typo.returncode == 2
    assert "unknown key 'todos.wrds'; did you mean 'words'?" in typo.stderr
    listed = _mason(python, "explain", "config", cwd=project)
    assert "todos.words" in listed.stdout
    assert "The words that mark a TODO comment." in listed.stdout
    schema = json.loads(_mason(python, "schema", "config", cwd=project).stdout)
    assert schema["properties"]["todos"]["properties"]["words"]["default"] == ["TODO"]


def test_a_plugins_check_is_valid_configuration_where_the_plugin_is_installed(
    tmp_path: Path,
) -> None:
    python = _environment(tmp_path, 'todos = "mason_todos:CHECK"\n')
    project = write_tree(
        tmp_path / "project",
        {
            "pyproject.toml": (
                '[project]\nname = "p"\nversion = "0.1.0"\n\n[tool.mason]\nchecks = ["todos"]\n'
            )
        },
    )
    validated = subprocess.run(
        [python, "-m", "validate_pyproject", "pyproject.toml"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert validated.returncode == 0, validated.stderr
    assert _mason(python, "config", cwd=project).returncode == 0
    printed = json.loads(_mason(python, "schema", "config", cwd=project).stdout)
    assert printed["properties"]["checks"]["items"]["enum"][-1] == "todos"


def test_a_broken_plugin_is_exit_2_naming_it(tmp_path: Path) -> None:
    python = _environment(tmp_path, 'broken = "mason_todos:NOT_A_CHECK"\n')
    project = write_tree(tmp_path / "project", {"pyproject.toml": '[project]\nname = "p"\n'})
    audited = _mason(python, "audit", cwd=project)
    assert audited.returncode == 2
    assert "the plugin check 'broken' (mason-todos) is a str, not a mason Check" in audited.stderr
