# @file test_template_rendering.py
# @path tests/integration/test_template_rendering.py
# @version 0.1.0
"""The bundled template, rendered by copier for every layout and answer shape.

These renders skip uv and git, so they are quick enough to cover many answers: the longest
names mason accepts (formatting must not depend on name length), every license, and the
import-linter contracts, which must equal the layout catalog that ``mason audit`` derives.
"""

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from mason.adapters.copier_engine import render
from mason.adapters.templates import bundled_template
from mason.domain.answers import LICENSES, MAX_PACKAGE_NAME, MAX_PROJECT_NAME, validate_answers
from mason.domain.layouts import LAYOUT_NAMES, LAYOUTS, LayoutName

RUFF = Path(sys.executable).with_name("ruff")
LONG_PROJECT = "p" * (MAX_PROJECT_NAME - 4) + "-api"
LONG_PACKAGE = "q" * MAX_PACKAGE_NAME


def _render(target: Path, **answers: str) -> Path:
    validated = validate_answers({"project_name": "demo", **answers})
    render(bundled_template(), target, validated.as_data())
    return target


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_rendered_contracts_equal_the_layout_catalog(tmp_path: Path, layout: LayoutName) -> None:
    project = _render(tmp_path, layout=layout, package_name="shop")
    pyproject = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    rendered = pyproject.get("tool", {}).get("importlinter", {}).get("contracts", [])
    expected = [contract.as_table() for contract in LAYOUTS[layout].contracts("shop")]
    assert rendered == expected
    assert pyproject["tool"]["mason"]["layout"] == layout


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_longest_names_stay_lint_and_format_clean(tmp_path: Path, layout: LayoutName) -> None:
    project = _render(
        tmp_path,
        layout=layout,
        project_name=LONG_PROJECT,
        package_name=LONG_PACKAGE,
        description="A description long enough to push a line or two past the limit, if any",
        author_name="Anna-Maria Long-Surname-Example",
        author_email="anna-maria.long-surname@subdomain.example.org",
    )
    for command in (["check", "--no-cache", "."], ["format", "--no-cache", "--check", "."]):
        completed = subprocess.run(
            [str(RUFF), *command], cwd=project, capture_output=True, text=True, check=False
        )
        assert completed.returncode == 0, completed.stdout + completed.stderr


@pytest.mark.parametrize("license_name", LICENSES)
def test_every_license_renders_its_text(tmp_path: Path, license_name: str) -> None:
    project = _render(tmp_path, license=license_name, author_name="Ada Lovelace")
    text = (project / "LICENSE").read_text(encoding="utf-8")
    assert "Ada Lovelace" in text
    pyproject = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"].get("license") == (
        None if license_name == "Proprietary" else license_name
    )


def test_quotes_in_answers_stay_valid_toml(tmp_path: Path) -> None:
    project = _render(tmp_path, description='Say "hi" politely', author_name='Jo "J\\J" Doe')
    pyproject = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["description"] == 'Say "hi" politely'
    assert pyproject["project"]["authors"][0]["name"] == 'Jo "J\\J" Doe'


def test_only_layouts_with_settings_get_an_env_example(tmp_path: Path) -> None:
    with_settings = _render(tmp_path / "a", layout="webapp")
    without = _render(tmp_path / "b", layout="library")
    assert "APP_NAME" in (with_settings / ".env.example").read_text(encoding="utf-8")
    assert not (without / ".env.example").exists()
