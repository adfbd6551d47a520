# @file test_immutability.py
# @path tests/unit/test_immutability.py
# @version 0.1.0
"""Immutability over syntax trees: module state, mutable field defaults, mutable frozen fields."""

import ast

from mason.checks.immutability.fields import check_fields
from mason.checks.immutability.module_state import check_module_state


def _state(source: str) -> list[tuple[str, int | None]]:
    return [(f.rule, f.line) for f in check_module_state(ast.parse(source), "m.py")]


def _fields(source: str) -> list[tuple[str, int | None]]:
    return [(f.rule, f.line) for f in check_fields(ast.parse(source), "m.py")]


def test_an_empty_module_level_container_is_state() -> None:
    source = (
        "from collections import defaultdict\n"
        "CACHE: dict[str, int] = {}\n"
        "_seen = set()\n"
        "_index = defaultdict(list)\n"
        "HANDLERS = []\n"
    )
    assert _state(source) == [("IMM001", 2), ("IMM001", 3), ("IMM001", 4), ("IMM001", 5)]
    (first, *_) = check_module_state(ast.parse(source), "m.py")
    assert "CACHE: a module-level dict, empty at import" in first.message


def test_constant_tables_and_read_only_names_are_not_state() -> None:
    source = (
        "from collections.abc import Mapping, Sequence\n"
        "from typing import Final\n"
        "from types import MappingProxyType\n"
        "LIMITS = {'a': 1, 'b': 2}\n"
        "NAMES = ['x', 'y']\n"
        "SQUARES = {n: n * n for n in range(4)}\n"
        "EMPTY: Mapping[str, int] = {}\n"
        "NOTHING: Final = []\n"
        "ORDER: 'Sequence[str]' = []\n"
        "FROZEN = MappingProxyType({})\n"
        "__all__ = []\n"
        "__all__ += ['LIMITS']\n"
        "def lookup(key: str) -> int:\n    return LIMITS.get(key, 0)\n"
    )
    assert _state(source) == []


def test_a_container_the_module_changes_is_state_wherever_it_is_changed() -> None:
    source = (
        "REGISTRY = {'default': 1}\n"
        "QUEUE = [1]\n"
        "TOTALS: dict[str, list[int]] = {'a': []}\n"
        "COUNTS: dict[str, int] = {'a': 0}\n"
        "FLAGS: set[str] = {'x'}\n"
        "def register(name: str) -> None:\n    REGISTRY[name] = 2\n"
        "async def push(item: int) -> None:\n    QUEUE.append(item)\n"
        "def add(key: str, value: int) -> None:\n    TOTALS[key].append(value)\n"
        "def bump(key: str) -> None:\n    COUNTS[key] += 1\n"
        "def forget() -> None:\n    del REGISTRY['default']\n"
        "def clear() -> None:\n    FLAGS.discard('x')\n"
    )
    assert _state(source) == [
        ("IMM001", 1),
        ("IMM001", 2),
        ("IMM001", 3),
        ("IMM001", 4),
        ("IMM001", 5),
    ]
    (registry, *_) = check_module_state(ast.parse(source), "m.py")
    assert (
        "REGISTRY: a module-level dict that functions change (at lines 7, 15)" in registry.message
    )


def test_a_table_completed_at_import_is_a_constant() -> None:
    # false positives of a first version on public projects: httpx's SUPPORTED_DECODERS (an
    # entry popped at import), litestar's PYDANTIC_UNDEFINED_SENTINELS (empty in the except
    # branch only), attrs' conftest (collect_ignore extended at import), rich's demo blocks
    source = (
        "import sys\n"
        "DECODERS = {'gzip': 1, 'br': 2}\n"
        "if sys.version_info < (3, 12):\n    DECODERS.pop('br')\n"
        "EXTRA = []\nEXTRA.append(1)\n"
        "try:\n    import fast\n    SENTINELS = {fast.UNDEFINED}\n"
        "except ImportError:\n    SENTINELS = set()\n"
        "if __name__ == '__main__':\n    data = {}\n    data['x'] = 1\n"
    )
    assert _state(source) == []


def test_a_final_container_the_module_changes_is_still_state() -> None:
    source = (
        "from typing import Final\nSEEN: Final[set[str]] = set()\n"
        "def mark(name: str) -> None:\n    SEEN.add(name)\n"
    )
    assert _state(source) == [("IMM001", 2)]


def test_a_global_rebinding_is_a_change() -> None:
    source = (
        "ITEMS = [1, 2]\n"
        "def reset() -> None:\n    global ITEMS\n    ITEMS = []\n"
        "def read() -> int:\n    return len(ITEMS)\n"
    )
    assert _state(source) == [("IMM001", 1)]


def test_a_local_of_the_same_name_is_not_the_modules() -> None:
    source = (
        "ITEMS = [1, 2]\n"
        "def fill(ITEMS: list[int]) -> None:\n    ITEMS.append(3)\n"
        "def build() -> list[int]:\n    ITEMS = []\n    ITEMS.append(1)\n    return ITEMS\n"
        "def nested() -> None:\n    def inner(ITEMS: list[int]) -> None:\n"
        "        ITEMS.clear()\n    inner([])\n"
    )
    assert _state(source) == []


def test_a_name_rebound_to_something_immutable_is_not_state() -> None:
    source = "ITEMS = []\nITEMS = (1, 2)\nmodel = object()\n"
    assert _state(source) == []


def test_module_state_inside_top_level_blocks_counts() -> None:
    source = (
        "import sys\n"
        "if sys.platform == 'win32':\n    CACHE = {}\nelse:\n    CACHE = dict()\n"
        "try:\n    import fast\nexcept ImportError:\n    SEEN = []\n"
    )
    assert _state(source) == [("IMM001", 5), ("IMM001", 9)]  # CACHE once, as last bound


def test_mutable_defaults_on_pydantic_attrs_and_msgspec_fields() -> None:
    source = (
        "import attrs\nimport msgspec\nfrom collections import defaultdict\n"
        "from pydantic import BaseModel, Field\n"
        "class User(BaseModel):\n"
        "    roles: list[str] = []\n"
        "    tags: dict[str, str] = Field(default={})\n"
        "    seen: set[str] = Field(default_factory=set)\n"
        "    names: tuple[str, ...] = ()\n"
        "    model_config = {'frozen': False}\n"
        "@attrs.define\nclass Cart:\n"
        "    items: list[int] = attrs.field(default=[])\n"
        "    index: defaultdict[str, int] = defaultdict(int)\n"
        "class Event(msgspec.Struct):\n    tags: list[str] = []\n"
    )
    assert _fields(source) == [
        ("IMM002", 6),
        ("IMM002", 7),
        ("IMM002", 13),
        ("IMM002", 14),
        ("IMM002", 16),
    ]


def test_dataclasses_class_vars_and_plain_classes_are_left_to_ruff() -> None:
    source = (
        "from dataclasses import dataclass, field\nfrom typing import ClassVar\n"
        "from pydantic import BaseModel\n"
        "@dataclass\nclass A:\n    xs: list[int] = field(default_factory=list)\n"
        "    ys: list[int] = []  # Python refuses it at class creation; RUF008 reports it\n"
        "class B(BaseModel):\n    registry: ClassVar[dict[str, int]] = {}\n"
        "class C:\n    items: list[int] = []\n"
    )
    assert _fields(source) == []


def test_mutable_collections_on_frozen_models_are_warnings() -> None:
    source = (
        "from collections.abc import Mapping\nfrom dataclasses import dataclass\n"
        "from typing import Annotated, Optional\n"
        "from pydantic import BaseModel, ConfigDict, Field\n"
        "class Order(BaseModel):\n"
        "    model_config = ConfigDict(frozen=True)\n"
        "    lines: list[str]\n"
        "    prices: Mapping[str, int]\n"
        "    notes: Optional[set[str]] = None\n"
        "    ids: Annotated[dict[str, int], Field(min_length=1)]\n"
        "    sizes: tuple[int, ...] = ()\n"
        "@dataclass(frozen=True)\nclass Box:\n    parts: list[int] | None = None\n"
        "class Loose(BaseModel):\n    lines: list[str]\n"
    )
    findings = check_fields(ast.parse(source), "m.py")
    assert [(f.rule, f.line, f.severity.value) for f in findings] == [
        ("IMM003", 7, "warning"),
        ("IMM003", 9, "warning"),
        ("IMM003", 10, "warning"),
        ("IMM003", 14, "warning"),
    ]
    assert "Order.lines is a list on frozen Order; annotate it tuple[X, ...]" in findings[0].message


def test_a_subclass_of_a_frozen_model_is_frozen_too() -> None:
    source = (
        "from pydantic import BaseModel\n"
        "class Value(BaseModel, frozen=True):\n    x: int\n"
        "class Order(Value):\n    lines: list[str]\n"
    )
    assert _fields(source) == [("IMM003", 5)]
