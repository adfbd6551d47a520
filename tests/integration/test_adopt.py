# @file test_adopt.py
# @path tests/integration/test_adopt.py
# @version 0.1.0
"""``mason upgrade --adopt`` on repositories mason did not make: nothing the team wrote is lost."""

import json
import tomllib
from pathlib import Path

import pytest

from mason.domain.template_version import TEMPLATE_VERSION
from tests.support import audit, commit, git, run_mason, snapshot_tree, write_tree

pytestmark = pytest.mark.slow

TEAM_PYPROJECT = """\
# Team settings: do not touch
[project]
name = "legacy"  # the PyPI name
version = "2.1.0"
requires-python = ">=3.12"
dependencies = [
    "requests>=2",  # pinned by ops
]

[tool.mypy]
# we are migrating, one module at a time
strict = false

[tool.ruff]
line-length = 120  # team choice
"""
SOURCES = {
    "src/legacy/__init__.py": '"""Legacy."""\n',
    "src/legacy/cli.py": (
        '"""The app."""\n\nfrom legacy.commands import run\n\n\n'
        'def main() -> None:\n    """Run."""\n    run()\n'
    ),
    "src/legacy/commands/__init__.py": (
        '"""Commands."""\n\nfrom legacy.core.logic import value\n\n\n'
        'def run() -> int:\n    """Run."""\n    return value()\n'
    ),
    "src/legacy/core/__init__.py": '"""Core."""\n',
    "src/legacy/core/logic.py": (
        '"""Logic."""\n\nfrom legacy import commands  # core must not import commands\n\n\n'
        'def value() -> int:\n    """Return one."""\n    return 1\n'
    ),
    "scripts/release.sh": "#!/bin/sh\necho release\n",
    "tests/test_logic.py": (
        "from legacy.core.logic import value\n\n\n"
        "def test_value() -> None:\n    assert value() == 1\n"
    ),
    "README.md": "# Legacy\n\nOur app.\n",
    "setup.sh": "#!/bin/sh\necho 'our own setup'\n",
}


@pytest.fixture
def legacy(tmp_path: Path) -> Path:
    project = write_tree(tmp_path / "legacy", {"pyproject.toml": TEAM_PYPROJECT, **SOURCES})
    git(project, "init", "-q")
    commit(project, "legacy")
    return project


def test_adoption_keeps_every_team_line_and_only_adds(legacy: Path) -> None:
    outcome = run_mason(["upgrade", str(legacy), "--adopt"])
    assert outcome.exit_code == 0, outcome.stderr
    assert "adopting legacy: cli layout (detected), legacy, Python 3.12" in outcome.stdout
    assert "kept (weaker than the standard): tool.mypy.strict is False" in outcome.stderr
    pyproject = (legacy / "pyproject.toml").read_text(encoding="utf-8")
    remaining = iter(pyproject.splitlines())
    assert all(line in remaining for line in TEAM_PYPROJECT.splitlines())  # every line, in order
    assert "strict = false" in pyproject
    assert "line-length = 120  # team choice" in pyproject
    assert '[tool.mason]\nlayout = "cli"' in pyproject
    assert "[[tool.importlinter.contracts]]" in pyproject


def test_code_changes_only_by_its_header(legacy: Path) -> None:
    run_mason(["upgrade", str(legacy), "--adopt"])
    for path, content in SOURCES.items():
        after = (legacy / path).read_text(encoding="utf-8")
        if path == "setup.sh":  # the team's own, not replaced by the template's
            assert "uv_cmd" not in after
        added = after.replace(content.removeprefix("#!/bin/sh\n"), "").replace("#!/bin/sh\n", "")
        assert after.endswith(content.removeprefix("#!/bin/sh\n"))
        assert all(line.startswith(("# @", "<!--", "@", "-->")) for line in added.splitlines()), (
            path
        )
    assert (
        (legacy / "scripts/release.sh")
        .read_text(encoding="utf-8")
        .startswith("#!/bin/sh\n# @file release.sh")
    )


def test_standard_files_are_added_where_missing(legacy: Path) -> None:
    run_mason(["upgrade", str(legacy), "--adopt"])
    for path in (
        ".envrc",
        ".pre-commit-config.yaml",
        ".github/workflows/ci.yml",
        "docs/architecture.md",
        "m2m/README.md",
        ".copier-answers.yml",
    ):
        assert (legacy / path).is_file(), path
    assert "@version 2.1.0" in (legacy / ".envrc").read_text(encoding="utf-8")


def _structure(project: Path) -> set[tuple[str, str | None]]:
    _, checks = audit(project, "--check", "structure")
    return {(finding.rule, finding.path) for finding in checks["structure"].findings}


def test_adoption_adds_the_files_the_structure_check_warns_about(legacy: Path) -> None:
    before = _structure(legacy)
    assert {
        ("STR015", "docs/architecture.md"),
        ("STR015", "m2m/README.md"),
        ("STR015", ".envrc"),
        ("STR015", ".github/workflows/ci.yml"),
    } <= before
    assert ("STR015", "setup.sh") not in before  # the team's own counts
    run_mason(["upgrade", str(legacy), "--adopt"])
    commit(legacy, "adopted")
    after = _structure(legacy)
    assert not {rule for rule, _ in after} & {"STR009", "STR010", "STR015"}, after


def test_an_adopted_library_gets_py_typed_in_its_package(tmp_path: Path) -> None:
    project = write_tree(
        tmp_path / "slugs",
        {
            "pyproject.toml": '[project]\nname = "slugs"\nversion = "1.0"\n'
            'requires-python = ">=3.12"\n',
            "slugs/__init__.py": '"""Slugs."""\n',
            "tests/test_slugs.py": "def test_nothing() -> None:\n    assert True\n",
        },
    )
    git(project, "init", "-q")
    commit(project, "slugs")
    outcome = run_mason(["upgrade", str(project), "--adopt"])
    assert outcome.exit_code == 0, outcome.stderr
    assert "library layout" in outcome.stdout
    assert (project / "slugs" / "py.typed").is_file()
    # setuptools' flat-layout discovery would take m2m/ for a second package: left out, named
    assert "left out: m2m/README.md: the metadata would change" in outcome.stderr
    commit(project, "adopted")
    missing = {(rule, path) for rule, path in _structure(project) if rule in {"STR009", "STR015"}}
    assert missing == {("STR009", "m2m/README.md")}


def test_adoption_says_the_env_example_is_the_teams_to_write(tmp_path: Path) -> None:
    project = write_tree(
        tmp_path / "svc",
        {
            "pyproject.toml": '[project]\nname = "svc"\nversion = "1.0"\n'
            'requires-python = ">=3.12"\ndependencies = ["pydantic-settings>=2"]\n',
            "src/svc/__init__.py": '"""Service."""\n',
            "tests/test_svc.py": "def test_nothing() -> None:\n    assert True\n",
        },
    )
    git(project, "init", "-q")
    commit(project, "svc")
    assert ("STR015", ".env.example") in _structure(project)
    outcome = run_mason(["upgrade", str(project), "--adopt"])
    assert outcome.exit_code == 0, outcome.stderr
    assert "no .env.example, though the project reads settings" in outcome.stderr
    assert not (project / ".env.example").exists()
    commit(project, "adopted")
    assert ("STR009", ".env.example") in _structure(project)  # now on the standard: an error


def test_layer_violations_are_baselined_so_the_gate_passes(legacy: Path) -> None:
    run_mason(["upgrade", str(legacy), "--adopt"])
    commit(legacy, "adopted")
    plain = run_mason(["audit", str(legacy), "--check", "layers"])
    assert plain.exit_code == 1
    assert "legacy.core.logic imports legacy.commands" in plain.stdout
    gated = run_mason(
        [
            "audit",
            str(legacy),
            "--check",
            "layers",
            "--baseline",
            str(legacy / ".mason-baseline.json"),
        ]
    )
    assert gated.exit_code == 0, gated.stdout
    new = legacy / "src/legacy/core/more.py"
    new.write_text('"""More."""\n\nfrom legacy import cli  # a new violation\n', encoding="utf-8")
    gated = run_mason(
        [
            "audit",
            str(legacy),
            "--check",
            "layers",
            "--baseline",
            str(legacy / ".mason-baseline.json"),
        ]
    )
    assert gated.exit_code == 1
    assert "legacy.core.more imports legacy.cli" in gated.stdout


def test_a_second_adoption_changes_nothing(legacy: Path) -> None:
    run_mason(["upgrade", str(legacy), "--adopt"])
    commit(legacy, "adopted")
    before = snapshot_tree(legacy)
    again = run_mason(["upgrade", str(legacy), "--adopt"])
    assert again.exit_code == 0
    assert "already on the standard: nothing to change" in again.stdout
    assert snapshot_tree(legacy) == before
    upgrade = run_mason(["upgrade", str(legacy)])
    expected = f"already at template version {TEMPLATE_VERSION}: nothing to do"
    assert upgrade.stdout.strip() == expected


def test_pretend_writes_nothing(legacy: Path) -> None:
    before = snapshot_tree(legacy)
    outcome = run_mason(["upgrade", str(legacy), "--adopt", "--pretend"])
    assert outcome.exit_code == 0
    assert "+[tool.mason]" in outcome.stdout
    assert "pretend: nothing was written" in outcome.stdout
    assert snapshot_tree(legacy) == before


def test_tighten_raises_weaker_values(legacy: Path) -> None:
    outcome = run_mason(["upgrade", str(legacy), "--adopt", "--tighten"])
    assert outcome.exit_code == 0
    assert "tightened: tool.mypy.strict: False -> True" in outcome.stderr
    assert "strict = true" in (legacy / "pyproject.toml").read_text(encoding="utf-8")


def test_a_project_without_pyproject_gets_settings_but_no_invented_metadata(
    tmp_path: Path,
) -> None:
    """Reproduction (issue 17, defect 3): the folder's name and 0.1.0 became package metadata."""
    project = write_tree(
        tmp_path / "bare", {"tool.py": '"""A tool."""\n', "scripts/run.py": '"""Run."""\n'}
    )
    git(project, "init", "-q")
    commit(project, "bare")
    outcome = run_mason(["upgrade", str(project), "--adopt"])
    assert outcome.exit_code == 0, outcome.stderr
    assert "script layout" in outcome.stdout
    pyproject = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    assert "project" not in pyproject
    assert pyproject["tool"]["mason"]["layout"] == "script"


@pytest.mark.parametrize(
    ("files", "args", "message"),
    [
        ({"pyproject.toml": "[project\n"}, [], "malformed TOML"),
        (
            {"pyproject.toml": TEAM_PYPROJECT},
            ["--layout", "four-layers"],
            "did you mean 'four-layer'?",
        ),
    ],
)
def test_bad_input_changes_nothing(
    tmp_path: Path, files: dict[str, str], args: list[str], message: str
) -> None:
    project = write_tree(tmp_path / "p", files)
    git(project, "init", "-q")
    commit(project, "p")
    before = snapshot_tree(project)
    outcome = run_mason(["upgrade", str(project), "--adopt", *args])
    assert outcome.exit_code == 2
    assert message in outcome.stderr
    assert snapshot_tree(project) == before


def test_adoption_needs_git_and_a_clean_tree(legacy: Path, tmp_path: Path) -> None:
    outside = write_tree(tmp_path / "nogit", {"pyproject.toml": TEAM_PYPROJECT})
    assert run_mason(["upgrade", str(outside), "--adopt"]).exit_code == 2
    (legacy / "README.md").write_text("# changed\n", encoding="utf-8")
    outcome = run_mason(["upgrade", str(legacy), "--adopt"])
    assert outcome.exit_code == 2
    assert "uncommitted changes (README.md)" in outcome.stderr


PARTLY_LAYERED = {
    "src/allocation/__init__.py": '"""Allocation."""\n',
    "src/allocation/domain/__init__.py": '"""Domain."""\n',
    "src/allocation/domain/model.py": '"""Model."""\n\nVALUE = 1\n',
    "src/allocation/infrastructure/__init__.py": (
        '"""Infrastructure."""\n\nfrom allocation.domain.model import VALUE\n\nSTORED = VALUE\n'
    ),
    "src/allocation/legacy.py": "# -*- coding: utf-8 -*-\nOLD = 1\n",
    "mypy.ini": "[mypy]\nignore_missing_imports = True\n",
    ".github/ISSUE_TEMPLATE/bug.md": "---\nname: Bug report\nabout: Tell us\n---\n\nSteps?\n",
}


def test_a_project_with_some_layers_and_its_own_config_files(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "allocation", PARTLY_LAYERED)
    git(project, "init", "-q")
    commit(project, "allocation")
    outcome = run_mason(["upgrade", str(project), "--adopt", "--layout", "clean-ddd"])
    assert outcome.exit_code == 0, outcome.stderr
    assert "clean-ddd layout (chosen)" in outcome.stdout
    said = " ".join(outcome.stderr.split())
    assert "edited: mypy.ini: mypy reads it before pyproject.toml" in said
    mypy_ini = (project / "mypy.ini").read_text(encoding="utf-8")
    assert f"{PARTLY_LAYERED['mypy.ini']}strict = True\n" in mypy_ini  # the team's line first
    pyproject = (project / "pyproject.toml").read_text(encoding="utf-8")
    assert 'layers = ["(interface)", "(application) | infrastructure", "domain", "(core)"]' in (
        pyproject
    )
    assert 'exhaustive_ignores = ["__main__", "legacy"]' in pyproject  # outside today, kept
    template = (project / ".github/ISSUE_TEMPLATE/bug.md").read_text(encoding="utf-8")
    assert template.startswith("---\nname: Bug report\nabout: Tell us\n---\n<!--\n@file bug.md")
    legacy = (project / "src/allocation/legacy.py").read_text(encoding="utf-8")
    assert legacy.startswith("# -*- coding: utf-8 -*-\n# @file legacy.py\n")
    commit(project, "adopted")
    layers = run_mason(["audit", str(project), "--check", "layers"])
    assert layers.exit_code == 0, layers.stdout
    wrong = project / "src/allocation/domain/bad.py"
    wrong.write_text('"""Bad."""\n\nimport allocation.infrastructure\n', encoding="utf-8")
    (project / "src/allocation/helpers.py").write_text('"""New."""\n', encoding="utf-8")
    layers = run_mason(["audit", str(project), "--check", "layers"])
    assert layers.exit_code == 1
    assert "allocation.domain.bad imports allocation.infrastructure" in layers.stdout
    assert "allocation.helpers is in no layer" in layers.stdout
    assert "allocation.legacy" not in layers.stdout


def test_contracts_import_linter_cannot_check_stop_adoption_and_change_nothing(
    tmp_path: Path,
) -> None:
    broken = (
        '[project]\nname = "shop"\nversion = "1.0"\nrequires-python = ">=3.12"\n\n'
        '[tool.importlinter]\nroot_package = "shop"\n\n'
        '[[tool.importlinter.contracts]]\nname = "ours"\ntype = "layers"\n'
        'layers = ["shop.api", "shop.gone"]\n'
    )
    project = write_tree(
        tmp_path / "shop",
        {
            "pyproject.toml": broken,
            "src/shop/__init__.py": '"""Shop."""\n',
            "src/shop/api.py": '"""API."""\n',
        },
    )
    git(project, "init", "-q")
    commit(project, "shop")
    before = snapshot_tree(project)
    outcome = run_mason(["upgrade", str(project), "--adopt"])
    assert outcome.exit_code == 3, outcome.stderr
    assert "import-linter cannot check the contracts adoption would keep" in outcome.stderr
    assert "shop.gone" in outcome.stderr
    assert snapshot_tree(project) == before


def test_a_pyproject_mason_cannot_edit_safely_is_exit_3_and_nothing_is_written(
    legacy: Path,
) -> None:
    pyproject = legacy / "pyproject.toml"
    pyproject.write_text('tool = "a string, not a table"\n', encoding="utf-8")
    commit(legacy, "an odd pyproject")
    before = snapshot_tree(legacy)
    outcome = run_mason(["upgrade", str(legacy), "--adopt"])
    assert outcome.exit_code == 3
    assert "mason could not edit pyproject.toml safely: tool is a String" in outcome.stderr
    assert "nothing was written" in outcome.stderr
    assert snapshot_tree(legacy) == before


def test_tables_declared_in_pieces_are_extended_and_every_key_survives(legacy: Path) -> None:
    """Reproduction: a table declared twice made a pyproject no parser accepts."""
    pyproject = legacy / "pyproject.toml"
    pieces = (
        "\n[tool.coverage.run]\nbranch = false  # kept\n\n[tool.black]\nline-length = 88\n\n"
        "[tool.coverage.report]\nshow_missing = true\n"
    )
    pyproject.write_text(TEAM_PYPROJECT + pieces, encoding="utf-8")
    commit(legacy, "coverage in pieces")
    outcome = run_mason(["upgrade", str(legacy), "--adopt"])
    assert outcome.exit_code == 0, outcome.stderr
    text = pyproject.read_text(encoding="utf-8")
    assert text.count("[tool.coverage.report]") == 1
    assert "branch = false  # kept" in text
    commit(legacy, "adopted")
    again = run_mason(["upgrade", str(legacy), "--adopt"])
    assert again.exit_code == 0, again.stderr
    assert "already on the standard: nothing to change" in again.stdout


TOOL_FILES = {
    "mypy.ini": "[mypy]\n# the team migrates module by module\nstrict = False\n",
    ".coveragerc": "[run]\nbranch = False  \n",
    "ruff.toml": "line-length = 120  # team choice\n",
    "pyrightconfig.json": (
        '{\n  // basic until the migration is done\n  "typeCheckingMode": "basic"\n}\n'
    ),
    ".importlinter": (
        "[importlinter]\nroot_package = legacy\n\n[importlinter:contract:core]\n"
        "name = core is independent\ntype = forbidden\nsource_modules = legacy.core\n"
        "forbidden_modules = legacy.cli\n"
    ),
}


def test_settings_go_into_the_files_the_tools_read(legacy: Path) -> None:
    """Reproduction: adoption added a second, ignored copy next to .importlinter and mypy.ini."""
    write_tree(legacy, TOOL_FILES)
    commit(legacy, "tools configured in their own files")
    outcome = run_mason(["upgrade", str(legacy), "--adopt"])
    assert outcome.exit_code == 0, outcome.stderr
    pyproject = tomllib.loads((legacy / "pyproject.toml").read_text(encoding="utf-8"))
    for tool in ("coverage", "pyright", "importlinter"):
        assert tool not in pyproject["tool"], tool
    assert pyproject["tool"]["mypy"] == {"strict": False}  # the team's tables, untouched
    assert pyproject["tool"]["ruff"] == {"line-length": 120}
    mypy_ini = (legacy / "mypy.ini").read_text(encoding="utf-8")
    assert "# the team migrates module by module\nstrict = False\n" in mypy_ini
    assert "warn_unreachable = True" in mypy_ini
    assert "select = [" in (legacy / "ruff.toml").read_text(encoding="utf-8")
    coveragerc = (legacy / ".coveragerc").read_text(encoding="utf-8")
    assert "source = legacy" in coveragerc
    assert "[report]\nfail_under = 70" in coveragerc
    assert (legacy / "pyrightconfig.json").read_text(encoding="utf-8") == TOOL_FILES[
        "pyrightconfig.json"
    ]
    assert "pyrightconfig.json: typeCheckingMode is 'basic'" in outcome.stderr
    assert "kept (weaker than the standard): mypy.ini: [mypy] strict is 'False'" in outcome.stderr
    commit(legacy, "adopted")
    audited = run_mason(["audit", str(legacy), "--check", "typing", "--format", "json"])
    typing = json.loads(audited.stdout)["checks"][0]
    config = {
        (f["rule"], f["path"]) for f in typing["findings"] if f["rule"] in {"TYP001", "TYP002"}
    }
    assert config == {("TYP001", "mypy.ini"), ("TYP002", "pyrightconfig.json")}
    layers = json.loads(
        run_mason(["audit", str(legacy), "--check", "layers", "--format", "json"]).stdout
    )["checks"][0]
    assert "1 contract" in layers["summary"]  # .importlinter's, not a derived one
    assert [f["rule"] for f in layers["findings"]] == []


SETUP_CFG = """\
[metadata]
name = shared

[mypy]
warn_unused_ignores = true

[coverage:run]
plugins = covdefaults
"""


def test_one_file_that_configures_two_tools_gets_both_edits_at_once(tmp_path: Path) -> None:
    """Reproduction (flake8 in the corpus): one file, two tools' settings.

    setup.cfg holds [mypy] and [coverage:run]; the coverage edit replaced the mypy edit, so a
    second adoption still had changes to make. The project is a flat setuptools layout with
    automatic discovery: a new top-level folder (m2m/) would make its build fail, so (b) leaves
    that file out.
    """
    project = write_tree(
        tmp_path / "shared",
        {
            "setup.cfg": SETUP_CFG,
            "setup.py": "from setuptools import setup\n\nsetup()\n",
            "shared/__init__.py": '"""Shared."""\n',
        },
    )
    git(project, "init", "-q")
    commit(project, "shared")
    outcome = run_mason(["upgrade", str(project), "--adopt"])
    assert outcome.exit_code == 0, outcome.stderr
    setup_cfg = (project / "setup.cfg").read_text(encoding="utf-8")
    assert "[mypy]\nwarn_unused_ignores = true\nstrict = True\nwarn_unreachable = True\n" in (
        setup_cfg
    )
    assert "[coverage:run]\nplugins = covdefaults\nbranch = True\n" in setup_cfg
    assert "left out: m2m/README.md: the metadata would change" in " ".join(outcome.stderr.split())
    assert not (project / "m2m").exists()
    commit(project, "adopted")
    again = run_mason(["upgrade", str(project), "--adopt"])
    assert again.exit_code == 0, again.stderr
    assert "already on the standard: nothing to change" in again.stdout
