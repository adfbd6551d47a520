# @file test_contract_types.py
# @path tests/integration/test_contract_types.py
# @version 0.1.0
"""Every contract type import-linter has, judged by mason exactly as ``lint-imports`` judges it.

mason reads import-linter's report data through its probe, not its printed text; a shape it
misread once passed a broken ``acyclic_siblings`` contract (issue 16, defect 10). Here each
built-in type is broken and kept on a small package, and mason's verdict per contract must
equal lint-imports' own.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import run_mason, write_tree

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

MODULES = {
    "src/shop/__init__.py": "",
    "src/shop/low.py": "",
    "src/shop/mid.py": "import shop.low\n",
    "src/shop/high.py": "import shop.mid\n",
    "src/shop/alpha.py": "",
    "src/shop/beta.py": "",
    "src/shop/secret.py": "",
}

CONTRACTS: dict[str, tuple[str, str]] = {
    # type: (contract options, the import that breaks it, appended to a module)
    "layers": (
        'layers = ["shop.high", "shop.mid", "shop.low"]',
        "src/shop/low.py:import shop.high",
    ),
    "forbidden": (
        'source_modules = ["shop.alpha"]\nforbidden_modules = ["shop.beta"]',
        "src/shop/alpha.py:import shop.beta",
    ),
    "independence": (
        'modules = ["shop.alpha", "shop.beta"]',
        "src/shop/beta.py:import shop.alpha",
    ),
    "protected": (
        'protected_modules = ["shop.secret"]\nallowed_importers = ["shop.high"]',
        "src/shop/alpha.py:import shop.secret",
    ),
    "acyclic_siblings": ('ancestors = ["shop"]', "src/shop/low.py:import shop.mid"),
}


def _project(root: Path, kind: str, *, broken: bool) -> Path:
    options, breaking = CONTRACTS[kind]
    files = dict(MODULES)
    if broken:
        module, _, line = breaking.partition(":")
        files[module] += line + "\n"
    files["pyproject.toml"] = (
        '[project]\nname = "shop"\nversion = "0.1.0"\n\n'
        '[tool.importlinter]\nroot_package = "shop"\n\n'
        f'[[tool.importlinter.contracts]]\nname = "the {kind} contract"\ntype = "{kind}"\n'
        f"{options}\n"
    )
    return write_tree(root, files)


def _lint_imports(project: Path) -> tuple[int, int]:
    """Return lint-imports' kept and broken counts (it reads the same pyproject)."""
    done = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(project / "src"), "PATH": "/usr/bin:/bin"},
    )
    counted = re.search(r"Contracts: (\d+) kept, (\d+) broken", done.stdout)
    assert counted is not None, done.stdout + done.stderr
    return int(counted[1]), int(counted[2])


@pytest.mark.parametrize("broken", [True, False], ids=["broken", "kept"])
@pytest.mark.parametrize("kind", sorted(CONTRACTS))
def test_mason_judges_each_contract_type_as_lint_imports_does(
    tmp_path: Path, kind: str, *, broken: bool
) -> None:
    project = _project(tmp_path / kind, kind, broken=broken)
    kept, broke = _lint_imports(project)
    assert (kept, broke) == ((0, 1) if broken else (1, 0))  # the planted import does break it
    outcome = run_mason(["audit", "-c", "layers", "--format", "json", "--no-cache"], cwd=project)
    (layers,) = json.loads(outcome.stdout)["checks"]
    said = "1 of 1 contracts broken" if broke else "1 contract kept"
    assert layers["summary"].startswith(said), layers["summary"]
    assert layers["status"] == ("fail" if broken else "pass")
    assert outcome.exit_code == (1 if broken else 0)
    if broken:
        assert all(
            finding["path"] and "?" not in finding["message"] for finding in layers["findings"]
        )
