# @file test_layouts.py
# @path tests/unit/test_layouts.py
# @version 0.1.0
"""The layout catalog and the import-linter contracts each layout implies."""

import pytest

from mason.domain.contract_spec import ContractSpec
from mason.domain.io_modules import PURE_FORBIDDEN
from mason.domain.layouts import LAYOUT_NAMES, LAYOUTS, LayoutName, package_members


def test_the_catalog_holds_the_seven_documented_layouts_in_order() -> None:
    assert tuple(LAYOUTS) == LAYOUT_NAMES
    assert len(LAYOUT_NAMES) == 7


def _names(contract: ContractSpec, key: str) -> tuple[str, ...]:
    value = contract.options[key]
    assert isinstance(value, tuple)
    return value


def test_four_layer_is_the_seed_002_contract_closed_and_its_foundation_pure() -> None:
    layers, forbidden = LAYOUTS["four-layer"].contracts("shop")
    assert layers.as_table() == {
        "name": "shop layers: application > integration > infrastructure > foundation",
        "type": "layers",
        "containers": ["shop"],
        "layers": ["application", "integration", "infrastructure", "foundation"],
        "exhaustive": True,
        "exhaustive_ignores": ["__main__"],
    }
    assert forbidden.as_table()["source_modules"] == ["shop.foundation"]


@pytest.mark.parametrize(
    ("name", "pure"),
    [
        ("functional-core", ["domain", "protocols", "decorators", "ops"]),
        ("clean-ddd", ["core", "domain"]),
        ("four-layer", ["foundation"]),
        ("webapp", ["schemas"]),
        ("cli", ["core"]),
    ],
)
def test_every_layouts_pure_layers_import_no_io_client_or_framework(
    name: LayoutName, pure: list[str]
) -> None:
    *_, forbidden = LAYOUTS[name].contracts("shop")
    assert forbidden.type == "forbidden"
    assert _names(forbidden, "source_modules") == tuple(f"shop.{layer}" for layer in pure)
    named = set(_names(forbidden, "forbidden_modules"))
    assert {"os", "sqlite3", "requests", "sqlalchemy", "fastapi", "pydantic_settings"} <= named
    assert "pydantic" not in named
    assert {"urllib", "http"}.isdisjoint(named)  # arclith's domain parses URLs purely


def test_only_the_layouts_whose_seed_closes_them_are_exhaustive() -> None:
    closed = {
        name
        for name, layout in LAYOUTS.items()
        for contract in layout.contracts("shop")
        if contract.options.get("exhaustive") is True
    }
    assert closed == {"functional-core", "clean-ddd", "four-layer"}


def test_adoption_keeps_the_modules_outside_the_layers_today_and_no_new_one() -> None:
    layers, _ = LAYOUTS["four-layer"].contracts(
        "shop", frozenset({"foundation", "utils", "legacy"}), unplaced={"utils", "legacy"}
    )
    assert layers.options["exhaustive_ignores"] == ("__main__", "legacy", "utils")


def test_a_package_named_like_an_io_module_does_not_forbid_itself() -> None:
    *_, forbidden = LAYOUTS["cli"].contracts("rich")
    assert "rich" not in _names(forbidden, "forbidden_modules")
    assert "typer" in _names(forbidden, "forbidden_modules")


def test_functional_core_keeps_io_out_of_its_pure_layers() -> None:
    layers, forbidden = LAYOUTS["functional-core"].contracts("core_app")
    assert layers.type == "layers"
    assert forbidden.as_table()["source_modules"] == [
        "core_app.domain",
        "core_app.protocols",
        "core_app.decorators",
        "core_app.ops",
    ]
    assert forbidden.as_table()["forbidden_modules"] == list(PURE_FORBIDDEN)


def test_library_forbids_cycles_and_script_has_no_contract() -> None:
    (acyclic,) = LAYOUTS["library"].contracts("lib")
    assert acyclic.type == "acyclic_siblings"
    assert acyclic.options["ancestors"] == ("lib",)
    assert LAYOUTS["script"].contracts("anything") == ()
    assert LAYOUTS["library"].direction == "no import cycles"
    assert LAYOUTS["script"].direction == "none"


@pytest.mark.parametrize("name", ["functional-core", "clean-ddd", "four-layer", "webapp", "cli"])
def test_every_layered_layout_names_each_folder_in_its_layers(name: LayoutName) -> None:
    layout = LAYOUTS[name]
    in_layers = {part.strip() for layer in layout.layers for part in layer.split("|")}
    folders = {folder.removesuffix(".py") for folder in layout.folders}
    assert folders == in_layers
    assert set(layout.pure) <= in_layers


def test_layers_a_package_lacks_become_optional_so_import_linter_checks_the_rest() -> None:
    layers, forbidden = LAYOUTS["functional-core"].contracts(
        "allocation", frozenset({"domain", "adapters"})
    )
    assert layers.as_table()["layers"] == [
        "(runtime)",
        "adapters | (ops)",
        "(decorators)",
        "(protocols)",
        "domain",
    ]
    assert forbidden.as_table()["source_modules"] == ["allocation.domain"]


def test_no_io_contract_is_left_out_when_no_pure_layer_is_there() -> None:
    contracts = LAYOUTS["functional-core"].contracts("app", frozenset({"runtime"}))
    assert [contract.type for contract in contracts] == ["layers"]


def test_package_members_are_the_modules_and_subpackages_directly_inside() -> None:
    paths = [
        "src/shop/__init__.py",
        "src/shop/domain/__init__.py",
        "src/shop/domain/model.py",
        "src/shop/views.py",
        "src/other/api.py",
        "tests/shop/test_x.py",
        "shop/README.md",
    ]
    assert package_members(paths, "shop") == {"domain", "views"}
    assert package_members(["shop/cli.py", "shop/core/x.py"], "shop") == {"cli", "core"}
