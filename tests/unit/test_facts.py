# @file test_facts.py
# @path tests/unit/test_facts.py
# @version 0.1.0
"""Repository facts, computed in one place: package, source root, layers, Python floor."""

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from mason.checks.facts import derive_facts, detect_package, poetry_specifier, python_floor
from mason.domain.config import MasonConfig

if TYPE_CHECKING:
    from mason.domain.toml import TomlTable

ROOT = Path("/repo")


@pytest.mark.parametrize(
    ("requires", "floor"),
    [
        (">=3.10", (3, 10)),
        (">=3.13,<4", (3, 13)),
        ("~=3.13", (3, 13)),
        ("==3.13.*", (3, 13)),
        (">3.11", (3, 11)),
        (">=3.10.2", (3, 10)),
        (">=3.8, !=3.9.*", (3, 8)),
        ("<3.12,>=3.9", (3, 9)),
        ("not a specifier", None),
        ("", None),
        (None, None),
    ],
)
def test_the_python_floor_reads_every_spelling(
    requires: str | None, floor: tuple[int, int] | None
) -> None:
    assert python_floor(requires) == floor


def test_a_package_under_src_wins_and_the_projects_name_breaks_ties() -> None:
    files = ["src/zeta/__init__.py", "src/shop_api/core.py", "shop/__init__.py", "tests/t.py"]
    assert detect_package(files, "Shop-API") == ("shop_api", "src")
    assert detect_package(files, None) == ("shop_api", "src")
    assert detect_package(["shop/__init__.py", "tests/__init__.py"], "x") == ("shop", ".")
    assert detect_package(["docs/__init__.py", "scripts/run.py"], "x") == (None, ".")


def test_facts_name_the_layers_and_the_layout_they_look_like() -> None:
    files = [
        "src/app/__init__.py",
        "src/app/cli.py",
        "src/app/commands/greet.py",
        "src/app/core/words.py",
    ]
    pyproject: TomlTable = {
        "project": {"name": "app", "version": "1.2.0", "requires-python": ">=3.12"}
    }
    facts = derive_facts(ROOT, pyproject, MasonConfig(), files)
    assert (facts.package, facts.source_root, facts.version) == ("app", "src", "1.2.0")
    assert facts.layers == ("cli", "commands", "core")
    assert facts.detected_layout == "cli"
    assert facts.layout is None
    assert facts.python_floor == (3, 12)
    assert facts.source_path == ROOT / "src"


def test_configuration_names_the_package_and_its_pure_layers() -> None:
    files = ["lib/mod/__init__.py", "lib/mod/domain/x.py"]
    config = MasonConfig(package="mod", layout="functional-core")
    facts = derive_facts(ROOT, {}, config, files)
    assert (facts.package, facts.source_root) == ("mod", "lib")
    assert facts.pure_layers == ("domain", "protocols", "decorators", "ops")
    assert facts.is_pure("lib/mod/domain/x.py")
    assert not facts.is_pure("lib/mod/adapters/db.py")


@pytest.mark.parametrize(
    ("constraint", "specifier", "floor"),
    [
        ("^3.8", ">=3.8,<4", (3, 8)),
        (">=3.8.0", ">=3.8.0", (3, 8)),
        ("~3.9", ">=3.9,<3.10", (3, 9)),
        (">=3.10,<3.14", ">=3.10,<3.14", (3, 10)),
        ("*", "", None),
    ],
)
def test_poetry_metadata_gives_name_version_and_python_floor(
    constraint: str, specifier: str, floor: tuple[int, int] | None
) -> None:
    """Rich 13.9.4 declares itself in [tool.poetry] only."""
    assert poetry_specifier(constraint) == specifier
    pyproject: TomlTable = {
        "tool": {
            "poetry": {"name": "rich", "version": "13.9.4", "dependencies": {"python": constraint}}
        }
    }
    facts = derive_facts(ROOT, pyproject, MasonConfig(), ["rich/__init__.py"])
    assert (facts.name, facts.version, facts.python_floor) == ("rich", "13.9.4", floor)


@pytest.mark.parametrize(
    ("source_root", "path", "layer"),
    [
        ("src", "src/shop/domain/user.py", "domain"),
        ("src", "src/shop/domain/deep/er.py", "domain"),
        ("src", "src/shop/cli.py", "cli"),
        ("src", "src/shop/types.pyi", "types"),
        ("src", "src/shop/__init__.py", None),
        ("src", "tests/shop/domain/test_user.py", None),
        ("src", "src/other/domain/user.py", None),
        ("src", "/repo/src/shop/ops/x.py", "ops"),
        (".", "shop/ops/x.py", "ops"),
        (".", "src/shop/ops/x.py", None),
    ],
)
def test_the_layer_of_a_path_is_answered_in_one_place(
    source_root: str, path: str, layer: str | None
) -> None:
    facts = derive_facts(Path("/repo"), {}, MasonConfig(package="shop"), [])
    facts = facts.model_copy(update={"source_root": source_root, "pure_layers": ("ops",)})
    assert facts.layer_of(path) == layer
    assert facts.is_pure(path) == (layer == "ops")


@pytest.mark.parametrize(
    ("source_root", "path", "inside"),
    [
        ("src", "src/shop/__init__.py", True),
        ("src", "src/shop/domain/user.py", True),
        ("src", "src/shopping/x.py", False),
        ("src", "tests/test_shop.py", False),
        (".", "shop/x.py", True),
        (".", "src/shop/x.py", False),
    ],
)
def test_whether_a_path_is_in_the_package_is_answered_in_one_place(
    source_root: str, path: str, *, inside: bool
) -> None:
    facts = derive_facts(Path("/repo"), {}, MasonConfig(package="shop"), [])
    assert facts.model_copy(update={"source_root": source_root}).in_package(path) is inside
    assert not derive_facts(Path("/repo"), {}, MasonConfig(), []).in_package(path)
