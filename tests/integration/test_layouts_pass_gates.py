# @file test_layouts_pass_gates.py
# @path tests/integration/test_layouts_pass_gates.py
# @version 0.1.0
"""The defining promise of ``mason new``: every layout passes every gate the moment it exists.

Each project is made by the real ``mason new`` and checked with the real tools from its own
environment: ruff, ruff format, mypy, pyright, lint-imports, pytest with the coverage gate, and
``mason audit``, which must agree with all of them.
Then the README's first command (set up and run the main job) is run as written.
"""

import re
import socket
import subprocess
import time
import urllib.request

import pytest

from mason.domain.layouts import LAYOUT_NAMES
from tests.integration.conftest import ProjectFactory
from tests.support import MASON

GATES: dict[str, list[str]] = {
    "ruff check": [".venv/bin/ruff", "check", "."],
    "ruff format": [".venv/bin/ruff", "format", "--check", "."],
    "mypy": [".venv/bin/mypy"],
    "pyright": [".venv/bin/pyright"],
    "lint-imports": [".venv/bin/lint-imports"],
    "ty": [".venv/bin/ty", "check"],
    "pytest": [".venv/bin/python", "-m", "pytest", "-q", "-p", "no:cacheprovider"],
    "mason audit": [str(MASON), "audit", "--no-cache"],
}

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("gate", list(GATES))
@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_generated_project_passes_gate(
    generated_project: ProjectFactory, layout: str, gate: str
) -> None:
    if gate == "lint-imports" and layout == "script":
        pytest.skip("the script layout has no packages, so no import contracts")
    if gate == "ty" and layout != "functional-core":
        pytest.skip("ty is seed 000's checker: the functional-core layout chooses it")
    project = generated_project(layout)
    completed = subprocess.run(
        GATES[gate], cwd=project, capture_output=True, text=True, check=False, timeout=900
    )
    assert completed.returncode == 0, f"{gate}:\n{completed.stdout[-4000:]}\n{completed.stderr}"
    if gate == "pytest":
        total = re.search(r"Total coverage: ([\d.]+)%", completed.stdout)
        assert total is not None
        assert float(total.group(1)) >= 90, "templates keep coverage well above the 70 % gate"


def _readme_commands(project_readme: str) -> list[str]:
    quickstart = project_readme.split("## Quickstart", 1)[1]
    block = re.search(r"```bash\n(.*?)```", quickstart, re.DOTALL)
    assert block is not None
    return [line for line in block.group(1).splitlines() if line.strip()]


@pytest.mark.parametrize("layout", [name for name in LAYOUT_NAMES if name != "webapp"])
def test_the_readme_main_command_works(generated_project: ProjectFactory, layout: str) -> None:
    project = generated_project(layout)
    first, second = _readme_commands((project / "README.md").read_text(encoding="utf-8"))
    assert second == "./setup.sh && .venv/bin/python -m pytest"
    completed = subprocess.run(
        ["bash", "-c", first], cwd=project, capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip(), "the main job prints what it did"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_for_health(port: int, server: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as page:
                body: bytes = page.read()
                return body.decode()
        except OSError:
            assert server.poll() is None, "the server stopped"
            assert time.monotonic() < deadline, "the server never answered"
            time.sleep(0.2)


def test_the_webapp_readme_command_serves_health(generated_project: ProjectFactory) -> None:
    project = generated_project("webapp")
    first, _ = _readme_commands((project / "README.md").read_text(encoding="utf-8"))
    port = _free_port()
    server = subprocess.Popen(
        ["bash", "-c", f"{first} --port {port}"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        assert '"status":"ok"' in _wait_for_health(port, server)
    finally:
        server.terminate()
        server.communicate(timeout=30)
