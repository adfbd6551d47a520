# @file test_adopt_invariants.py
# @path tests/integration/test_adopt_invariants.py
# @version 0.1.0
"""Adoption's invariants (issue 17): each defect found on real projects, reproduced small.

(a) nothing outside the project changes; (b) the distribution's metadata stays the same;
(c) every check that ran still runs; (d) every test that passed still passes. Real tools run on
real repositories (uv, pytest, mypy, the build backend); where a fault cannot happen with
mason's own edits, one is injected into the plan to prove the checks catch it.
"""

import subprocess
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from mason import api
from mason.adapters.python_finder import find_python
from mason.domain.errors import ToolError
from mason.services.upgrade import adopt as adopt_module
from mason.services.upgrade import adopt_plan
from mason.services.upgrade.adopt_plan import AdoptOutcome, PlanRequest
from tests.support import UV, commit, git, run_mason, snapshot_tree, write_tree

pytestmark = pytest.mark.slow

HATCH = '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n'


def _repository(root: Path, files: dict[str, str]) -> Path:
    write_tree(root, files)
    git(root, "init", "-q")
    commit(root, "the team's work")
    return root


def _environment(project: Path, *packages: str) -> Path:
    """Give ``project`` a ``.venv`` (ignored by git) with ``packages``, as uv makes it."""
    python = find_python((3, 12))
    assert python is not None
    venv = project / ".venv"
    subprocess.run([*UV, "venv", "-q", "--python", str(python), str(venv)], check=True)
    if packages:
        subprocess.run(
            [*UV, "pip", "install", "-q", "--python", str(venv / "bin" / "python"), *packages],
            check=True,
            timeout=600,
        )
    return venv


def _said(text: str) -> str:
    return " ".join(text.split())


def test_a_workspace_member_is_adopted_alone(tmp_path: Path) -> None:
    """Reproduction (defect 1): run in backend/ of a uv workspace, adoption edited the root."""
    repository = _repository(
        tmp_path / "stack",
        {
            "pyproject.toml": '[tool.uv.workspace]\nmembers = ["backend"]\n',
            "README.md": "# Full stack\n",
            "compose.yml": "services:\n  db: {}\n",
            "frontend/README.md": "# Frontend\n",
            "frontend/src/main.ts": "console.log(1);\n",
            "backend/pyproject.toml": (
                '[project]\nname = "app"\nversion = "0.1.0"\nrequires-python = ">=3.12"\n\n' + HATCH
            ),
            "backend/app/__init__.py": '"""The app."""\n',
        },
    )
    outside = snapshot_tree(repository)
    outcome = run_mason(["upgrade", "--adopt"], cwd=repository / "backend")
    assert outcome.exit_code == 0, outcome.stderr
    status = git(repository, "status", "--porcelain", "--untracked-files=all").splitlines()
    assert status
    assert all(line[3:].startswith("backend/") for line in status), status
    for path, content in outside.items():
        if not path.startswith("backend/"):
            assert (repository / path).read_bytes() == content, path
    for made in (".envrc", "setup.sh", "docs/architecture.md", ".copier-answers.yml"):
        assert (repository / "backend" / made).is_file(), made
    assert "@file __init__.py" in (repository / "backend/app/__init__.py").read_text("utf-8")
    said = _said(outcome.stderr)
    assert "not added: .github/workflows/ci.yml: it is read at the repository's root" in said
    assert f"no environment ({repository / '.venv'})" in said  # uv's: the workspace root's


def test_setup_py_metadata_is_never_replaced_by_the_folders_name(tmp_path: Path) -> None:
    """Reproduction (defect 3): `sppkg 0.1` in folder `sp` became `sp 0.1.0`, Python >= 3.13."""
    project = _repository(
        tmp_path / "sp",
        {
            "setup.py": (
                'from setuptools import setup\n\nsetup(name="sppkg", version="0.1", '
                'packages=["sppkg"])\n'
            ),
            "sppkg/__init__.py": '"""The package."""\n',
        },
    )
    outcome = run_mason(["upgrade", "--adopt"], cwd=project)
    assert outcome.exit_code == 0, outcome.stderr
    assert "adopting sppkg:" in outcome.stdout
    assert "checked (b) the distribution's metadata stays the same: sppkg 0.1" in _said(
        outcome.stderr
    )
    pyproject = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    assert "project" not in pyproject
    assert "@version 0.1\n" in (project / "sppkg/__init__.py").read_text(encoding="utf-8")
    assert "python_version" not in pyproject["tool"]["mypy"]  # the project states no floor


ROUND_TRIP = {
    ".gitignore": ".venv/\n",
    "pyproject.toml": (
        '[project]\nname = "rt"\nversion = "1.0"\nrequires-python = ">=3.12"\n\n' + HATCH
    ),
    "src/rt/__init__.py": (
        '"""Reads and writes text unchanged."""\n\n\ndef round_trip(text: str) -> str:\n'
        '    """Return ``text`` as it was."""\n    return text\n'
    ),
    "tests/examples/example.toml": 'title = "TOML"\n',
    "tests/examples/empty.yml": "{}\n",
    "tests/test_round_trip.py": (
        "from pathlib import Path\n\nfrom rt import round_trip\n\n"
        'EXAMPLES = Path(__file__).parent / "examples"\n\n\n'
        "def test_fixtures_are_exactly_as_written() -> None:\n"
        '    assert (EXAMPLES / "example.toml").read_text() == \'title = "TOML"\\n\'\n'
        '    assert (EXAMPLES / "empty.yml").read_text() == "{}\\n"\n\n\n'
        "def test_round_trip() -> None:\n"
        '    text = (EXAMPLES / "example.toml").read_text()\n'
        "    assert round_trip(text) == text\n"
    ),
}


def test_fixtures_get_no_header_and_the_tests_still_pass(tmp_path: Path) -> None:
    """Reproduction (defect 2): tomlkit's 763 TOML fixtures got headers; 2 tests failed."""
    project = _repository(tmp_path / "rt", ROUND_TRIP)
    _environment(project, "pytest", "-e", str(project))
    outcome = run_mason(["upgrade", "--adopt"], cwd=project)
    assert outcome.exit_code == 0, outcome.stderr
    said = _said(outcome.stderr)
    assert "checked (d) every test that passed still passes: 2 tests" in said
    assert "left out" not in said  # never planned: the data rule, not the search, kept them
    assert "data: 2 fixture, golden or package data file(s) left as they are" in said
    for fixture in ("tests/examples/example.toml", "tests/examples/empty.yml"):
        assert (project / fixture).read_text(encoding="utf-8") == ROUND_TRIP[fixture]
    tests = subprocess.run(
        [str(project / ".venv/bin/python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert tests.returncode == 0, tests.stdout


LINE_NUMBERS = {
    ".gitignore": ".venv/\n",
    "pyproject.toml": (
        '[project]\nname = "where"\nversion = "1.0"\nrequires-python = ">=3.12"\n\n' + HATCH
    ),
    "src/where/__init__.py": '"""Where."""\n',
    "src/where/here.py": (
        '"""Where a line is."""\n\nimport inspect\n\n\ndef line() -> int:\n'
        '    """Return the line this runs on."""\n'
        "    frame = inspect.currentframe()\n    return frame.f_lineno if frame else 0\n"
    ),
    "tests/test_here.py": (
        "from where.here import line\n\n\ndef test_line() -> None:\n    assert line() == 9\n"
    ),
}


def test_a_header_that_breaks_a_passing_test_is_left_out_and_named(tmp_path: Path) -> None:
    """(d): a header shifts the lines of a module whose test pins one; the search finds it."""
    project = _repository(tmp_path / "where", LINE_NUMBERS)
    _environment(project, "pytest", "-e", str(project))
    outcome = run_mason(["upgrade", "--adopt"], cwd=project)
    assert outcome.exit_code == 0, outcome.stderr
    said = _said(outcome.stderr)
    assert (
        "left out: header of src/where/here.py: 1 test(s) that passed would fail "
        "(tests/test_here.py::test_line) (d)"
    ) in said
    assert (project / "src/where/here.py").read_text("utf-8") == LINE_NUMBERS["src/where/here.py"]
    assert "@file __init__.py" in (project / "src/where/__init__.py").read_text("utf-8")
    assert "@file test_here.py" in (project / "tests/test_here.py").read_text("utf-8")


def test_a_setting_that_stops_the_projects_mypy_is_left_out(tmp_path: Path) -> None:
    """Reproduction (defect 4): a python_version that stops the project's own mypy.

    tomlkit got `python_version = "3.9"`; its mypy then exits 2 on a `match` statement in
    site-packages, and typing is `error`.
    """
    project = _repository(
        tmp_path / "old",
        {
            ".gitignore": ".venv/\n",
            "pyproject.toml": (
                '[project]\nname = "old"\nversion = "1.0"\nrequires-python = ">=3.9"\n\n'
                "[tool.mypy]\nstrict = true\n\n" + HATCH
            ),
            "src/old/__init__.py": '"""Old."""\n\nimport matcher\n\nVALUE = matcher.kind(1)\n',
        },
    )
    venv = _environment(project, "mypy==1.19.1")
    (site,) = venv.glob("lib/python3.*/site-packages")
    write_tree(  # a typed package in site-packages that uses `match` (Python 3.10+)
        site / "matcher",
        {
            "py.typed": "",
            "__init__.py": "def kind(value: object) -> str:\n    match value:\n"
            '        case int():\n            return "int"\n    return "other"\n',
        },
    )
    outcome = run_mason(["upgrade", "--adopt"], cwd=project)
    assert outcome.exit_code == 0, outcome.stderr
    assert "left out: pyproject.toml: tool.mypy.python_version: the typing check" in _said(
        outcome.stderr
    )
    mypy = tomllib.loads((project / "pyproject.toml").read_text("utf-8"))["tool"]["mypy"]
    assert "python_version" not in mypy
    assert mypy["warn_unreachable"] is True
    by_hand = subprocess.run(
        [str(venv / "bin" / "mypy"), "src"], cwd=project, capture_output=True, check=False
    )
    assert by_hand.returncode in {0, 1}  # it runs (findings or none), not 2


type Plan = Callable[[PlanRequest], tuple[AdoptOutcome, dict[str, str]]]


def _inject(
    monkeypatch: pytest.MonkeyPatch, fault: Callable[[PlanRequest, dict[str, str]], None]
) -> None:
    """Make every plan adoption computes carry ``fault`` (a bug mason does not have, yet)."""
    real: Plan = adopt_plan.plan_adoption

    def faulty(request: PlanRequest) -> tuple[AdoptOutcome, dict[str, str]]:
        outcome, writes = real(request)
        fault(request, writes)
        return outcome, writes

    monkeypatch.setattr(adopt_module, "plan_adoption", faulty)


PACKAGE = {
    "pyproject.toml": '[project]\nname = "pkg"\nversion = "1.0"\nrequires-python = ">=3.12"\n\n'
    + HATCH,
    "src/pkg/__init__.py": '"""Pkg."""\n',
    "src/pkg/core.py": '"""Core."""\n',
}


def test_injected_write_outside_the_project_stops_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(a), by fault injection: a write through `..` is refused and nothing is written."""
    repository = _repository(tmp_path / "mono", {"README.md": "# mono\n"})
    write_tree(repository / "pkg", PACKAGE)
    commit(repository, "a project below the root")
    before = snapshot_tree(repository)
    _inject(monkeypatch, lambda _request, writes: writes.update({"../README.md": "# mine\n"}))
    with pytest.raises(ToolError, match=r"would write outside the project .*: \.\./README\.md"):
        api.adopt(repository / "pkg")
    assert snapshot_tree(repository) == before


def _bump_version(request: PlanRequest, writes: dict[str, str], *, when: str | None) -> None:
    if when is not None and when in request.skip:
        return
    pyproject = writes.get("pyproject.toml", PACKAGE["pyproject.toml"])
    writes["pyproject.toml"] = pyproject.replace('version = "1.0"', 'version = "2.0"')


def test_injected_metadata_change_is_traced_to_its_edit_and_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(b), by fault injection: a version bump rides on the header of core.py; it is found."""
    project = _repository(tmp_path / "pkg", PACKAGE)
    header = "header of src/pkg/core.py"
    _inject(monkeypatch, lambda request, writes: _bump_version(request, writes, when=header))
    outcome = api.adopt(project)
    (left,) = outcome.verification.left_out
    assert left.edit.id == header
    assert left.invariant.value == "b"
    assert "version: '1.0' -> '2.0'" in left.reason
    assert 'version = "1.0"' in (project / "pyproject.toml").read_text("utf-8")
    assert (project / "src/pkg/core.py").read_text("utf-8") == PACKAGE["src/pkg/core.py"]


def test_injected_change_no_edit_explains_leaves_nothing_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(b), by fault injection: a change that stays whatever is left out stops adoption."""
    project = _repository(tmp_path / "pkg", PACKAGE)
    before = snapshot_tree(project)
    _inject(monkeypatch, lambda request, writes: _bump_version(request, writes, when=None))
    with pytest.raises(ToolError, match="the metadata would change"):
        api.adopt(project)
    assert snapshot_tree(project) == before


def test_tests_whose_ids_hold_their_own_path_are_compared_by_name(tmp_path: Path) -> None:
    """Reproduction (requests in the corpus): `test_paths[/tmp/.../before/tests/x.py]`.

    A parametrized id that holds the test file's path differs between the two staging copies;
    every such test looked newly failing and adoption stopped (exit 3).
    """
    project = _repository(
        tmp_path / "paths",
        {
            ".gitignore": ".venv/\n",
            "pyproject.toml": PACKAGE["pyproject.toml"],
            "src/pkg/__init__.py": '"""Pkg."""\n',
            "tests/test_paths.py": (
                "from pathlib import Path\n\nimport pytest\n\n\n"
                '@pytest.mark.parametrize("path", [__file__])\n'
                "def test_the_file_is_there(path: str) -> None:\n    assert Path(path).is_file()\n"
            ),
        },
    )
    _environment(project, "pytest", "-e", str(project))
    outcome = run_mason(["upgrade", "--adopt"], cwd=project)
    assert outcome.exit_code == 0, outcome.stderr
    assert "checked (d) every test that passed still passes: 1 tests" in _said(outcome.stderr)
