# @file test_purity_audit.py
# @path tests/integration/test_purity_audit.py
# @version 0.1.0
"""Purity and closed layouts on generated projects: each violation planted, each one found.

For every layout with a package: I/O, the environment and the clock planted in a pure layer
are PUR001-PUR003 (and the imports LAY001, through the pure layers' forbidden contract); a
connection opened at import time in another layer is PUR004; a module beside the layers is
LAY002 where the seed closes the layout and passes where it does not; ``__main__`` passes
everywhere. The audit is the real one (``mason audit``, import-linter included).
"""

from pathlib import Path

import pytest

from mason.domain.layouts import LAYOUTS, LayoutName
from tests.integration.conftest import ProjectFactory, private_copy
from tests.support import audit, findings, messages, write_tree

pytestmark = pytest.mark.slow

LEAKY = '''\
"""Planted: effects a pure layer may not have."""

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit


def leak(root: Path) -> str:
    """Read a file, the environment and the clock, and open a database."""
    stamp = datetime.now().isoformat() + urlsplit("https://example.org").netloc
    return root.read_text() + os.environ["HOME"] + stamp + str(sqlite3.connect(":memory:"))
'''

EAGER = '''\
"""Planted: a connection opened when the module is imported."""

import sqlite3

CONNECTION = sqlite3.connect(":memory:")
'''

ENTRY = '''\
"""Planted: python -m's entry point, outside the layers by nature."""
'''

PURE: dict[LayoutName, str] = {
    "functional-core": "domain",
    "clean-ddd": "domain",
    "four-layer": "foundation",
    "webapp": "schemas",
    "cli": "core",
}
"""A pure layer of each layout that has one."""
OTHER: dict[LayoutName, str | None] = {
    "functional-core": "adapters",
    "clean-ddd": "infrastructure",
    "four-layer": "infrastructure",
    "webapp": "crud",
    "cli": "commands",
    "library": None,
}
"""A layer that may do I/O (the library's modules sit at the package's top)."""


def _planted(
    generated_project: ProjectFactory, tmp_path: Path, layout: LayoutName
) -> tuple[Path, str]:
    project = private_copy(generated_project(layout), tmp_path / f"demo-{layout}")
    package = f"src/demo_{layout.replace('-', '_')}"
    other = OTHER[layout]
    files = {
        f"{package}/{other}/eager.py" if other else f"{package}/eager.py": EAGER,
        f"{package}/helpers.py": '"""Planted: a module beside the layers."""\n',
        f"{package}/__main__.py": ENTRY,
    }
    if layout in PURE:
        files[f"{package}/{PURE[layout]}/leaky.py"] = LEAKY
    write_tree(project, files)
    return project, package


@pytest.mark.parametrize("layout", list(PURE))
def test_effects_planted_in_a_pure_layer_are_found(
    generated_project: ProjectFactory, tmp_path: Path, layout: LayoutName
) -> None:
    project, package = _planted(generated_project, tmp_path, layout)
    leaky = f"{package}/{PURE[layout]}/leaky.py"
    code, checks = audit(project, "--check", "purity", "--check", "layers")
    assert code == 1
    assert sorted(findings(checks["purity"])) == [
        ("PUR001", leaky, 13),
        ("PUR001", leaky, 13),
        ("PUR002", leaky, 13),
        ("PUR003", leaky, 12),
        ("PUR004", f"{package}/{OTHER[layout]}/eager.py", 5),
    ]
    said = " ".join(messages(checks["purity"]))
    assert "`root.read_text` (Path.read_text)" in said
    assert f"in pure layer '{PURE[layout]}'" in said
    layers = findings(checks["layers"])
    assert sorted(finding for finding in layers if finding[0] == "LAY001") == [
        ("LAY001", leaky, 3),
        ("LAY001", leaky, 4),
    ]
    unplaced = [finding for finding in layers if finding[0] == "LAY002"]
    closed = LAYOUTS[layout].closed
    assert unplaced == ([("LAY002", f"{package}/helpers.py", None)] if closed else [])


def test_a_library_opens_no_client_at_import_time(
    generated_project: ProjectFactory, tmp_path: Path
) -> None:
    project, package = _planted(generated_project, tmp_path, "library")
    code, checks = audit(project, "--check", "purity", "--check", "layers")
    assert code == 1
    assert findings(checks["purity"]) == [("PUR004", f"{package}/eager.py", 5)]
    assert checks["layers"].status == "pass"


def test_the_clean_ddd_domain_is_deterministic_and_its_tests_still_pass(
    generated_project: ProjectFactory, tmp_path: Path
) -> None:
    project = private_copy(generated_project("clean-ddd"), tmp_path / "demo-clean-ddd")
    task = project / "src/demo_clean_ddd/domain/task.py"
    text = task.read_text(encoding="utf-8")
    task.write_text(
        text.replace("from uuid import UUID\n", "from uuid import UUID, uuid4\n")
        .replace(
            "from pydantic import BaseModel, ConfigDict\n",
            "from pydantic import BaseModel, ConfigDict, Field\n",
        )
        .replace("    id: UUID\n", "    id: UUID = Field(default_factory=uuid4)\n"),
        encoding="utf-8",
    )
    code, checks = audit(project, "--check", "purity")
    assert code == 1
    (finding,) = checks["purity"].findings
    assert (finding.rule, finding.path) == ("PUR003", "src/demo_clean_ddd/domain/task.py")
    assert finding.message.startswith("`uuid4` (uuid.uuid4) draws random numbers")
