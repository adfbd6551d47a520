# @file synthetic.py
# @path benchmarks/synthetic.py
# @version 0.1.0
"""Generate layered synthetic projects of any size for the audit benchmark.

The project is made by ``mason new --layout four-layer`` (so its configuration is exactly what
mason generates); its package is then filled with ``modules`` typed modules spread over the
four layers, each importing from the layer below, plus one test module per 25 modules.
"""

import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.harness import BIN
from mason.adapters.tools.uv import uv_command

LAYERS = ("foundation", "infrastructure", "integration", "application")
PACKAGE = "synth"
TESTS_PER_MODULE_GROUP = 25


def _header(path: str) -> str:
    return f"# @file {path.rsplit('/', 1)[-1]}\n# @path {path}\n# @version 0.1.0\n"


def _module(layer: int, index: int, per_layer: int) -> str:
    lines = [f'"""Synthetic module {index} of layer {LAYERS[layer]}."""\n']
    if layer > 0:
        below = LAYERS[layer - 1]
        lines.append(f"\nfrom {PACKAGE}.{below}.m{index % per_layer} import value_0 as below\n")
    lines.append("\n")
    for number in range(3):
        call = " + below(x)" if layer > 0 and number == 0 else ""
        lines.append(
            f"\ndef value_{number}(x: int) -> int:\n"
            f'    """Return a number derived from ``x``."""\n'
            f"    return x * {number + 1} + {index}{call}\n\n"
        )
    return "".join(lines).rstrip() + "\n"


def generate(root: Path, modules: int) -> Path:
    """Create the project under ``root`` and return its directory."""
    project = root / f"synth-{modules}"
    subprocess.run(
        [
            BIN / "mason",
            "new",
            project,
            "--layout",
            "four-layer",
            "--name",
            "synth",
            "--defaults",
            "--python",
            "3.12",
        ],
        check=True,
        capture_output=True,
    )
    package = project / "src" / PACKAGE
    per_layer = max(1, modules // len(LAYERS))
    for layer, name in enumerate(LAYERS):
        folder = package / name
        shutil.rmtree(folder)
        folder.mkdir()
        (folder / "__init__.py").write_text(
            _header(f"src/{PACKAGE}/{name}/__init__.py") + f'"""Layer {name}."""\n',
            encoding="utf-8",
        )
        for index in range(per_layer):
            path = f"src/{PACKAGE}/{name}/m{index}.py"
            (project / path).write_text(
                _header(path) + _module(layer, index, per_layer), encoding="utf-8"
            )
    for stale in ("main.py",):
        (package / "application" / stale).unlink(missing_ok=True)
    shutil.rmtree(project / "tests")
    (project / "tests").mkdir()
    (project / "tests" / "__init__.py").write_text(
        _header("tests/__init__.py") + '"""Tests."""\n', encoding="utf-8"
    )
    for group in range(0, per_layer, TESTS_PER_MODULE_GROUP):
        path = f"tests/test_group_{group}.py"
        imports = "".join(
            f"from {PACKAGE}.application.m{index} import value_0 as v{index}\n"
            for index in range(group, min(group + TESTS_PER_MODULE_GROUP, per_layer))
        )
        checks = "".join(
            f"    assert v{index}(1) >= 0\n"
            for index in range(group, min(group + TESTS_PER_MODULE_GROUP, per_layer))
        )
        body = f'"""Tests of group {group}."""\n\n{imports}\n\ndef test_group() -> None:\n{checks}'
        (project / path).write_text(_header(path) + body, encoding="utf-8")
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8").replace(
        f'[project.scripts]\nsynth = "{PACKAGE}.application.main:main"\n\n', ""
    )
    pyproject.write_text(text, encoding="utf-8")
    python = ["--python", sys.executable]  # an interpreter uv need not download
    subprocess.run([*uv_command(), "lock", "--quiet", *python], cwd=project, check=True)
    sync = [*uv_command(), "sync", "--locked", "--compile-bytecode", "--quiet", *python]
    subprocess.run(sync, cwd=project, check=True)
    subprocess.run(["git", "add", "-A"], cwd=project, check=True)
    subprocess.run(["git", "commit", "-qm", "synthetic"], cwd=project, check=True)
    return project
