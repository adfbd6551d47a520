# @file conftest.py
# @path tests/integration/conftest.py
# @version 0.1.0
"""Session fixtures for integration tests: one generated project per layout, shared."""

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mason.adapters.python_finder import find_python
from tests.exactness import oracle_project, reset
from tests.stopping import Stopper
from tests.support import UV, run_mason

type ProjectFactory = Callable[[str], Path]


@pytest.fixture(scope="session")
def generated_project(tmp_path_factory: pytest.TempPathFactory) -> ProjectFactory:
    """Return a factory: layout name -> a project made by `mason new` and synced with uv.

    Each layout is created once per session, exactly as a user would: `mason new --defaults`
    (with `uv lock` and the first git commit), then `uv sync --locked`.
    """
    made: dict[str, Path] = {}

    def make(layout: str) -> Path:
        if layout not in made:
            root = tmp_path_factory.mktemp(f"layout-{layout}")
            project = root / f"demo-{layout}"
            outcome = run_mason(
                ["new", str(project), "--layout", layout, "--defaults", "--python", "3.12"]
            )
            assert outcome.exit_code == 0, outcome.stderr
            assert (project / "uv.lock").is_file(), f"not locked: {outcome.stderr}"
            python = find_python((3, 12))
            assert python is not None
            subprocess.run(
                [
                    *UV,
                    "sync",
                    "--locked",
                    "--compile-bytecode",
                    "--quiet",
                    "--python",
                    str(python),
                ],
                cwd=project,
                check=True,
                timeout=900,
            )
            made[layout] = project
        return made[layout]

    return make


@pytest.fixture
def project(generated_project: ProjectFactory, tmp_path: Path) -> Path:
    """Return a private, synced, committed copy of the generated cli project (function scope)."""
    return private_copy(generated_project("cli"), tmp_path / "demo-cli")


def private_copy(base: Path, target: Path) -> Path:
    """Copy the generated project ``base`` to ``target``, with its own environment, committed."""
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=base, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    for name in filter(None, tracked):
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes((base / name).read_bytes())
        destination.chmod((base / name).stat().st_mode)
    python = base / ".venv" / "bin" / "python"
    subprocess.run(
        [*UV, "sync", "--locked", "--quiet", "--python", str(python.resolve())],
        cwd=target,
        check=True,
    )
    for command in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-qm", "base"]):
        subprocess.run(command, cwd=target, check=True)
    return target


@pytest.fixture
def stopper(tmp_path: Path) -> Iterator[Stopper]:
    """Yield a ``Stopper``; on teardown, end every process the test started."""
    made = Stopper(tmp_path / "stopper")
    try:
        yield made
    finally:
        made.end_everything()


@pytest.fixture(scope="session")
def oracle_base(
    generated_project: ProjectFactory, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, str]:
    """Return the exactness oracle's project (tests.exactness) and its package, made once."""
    return oracle_project(generated_project("library"), tmp_path_factory.mktemp("oracle") / "o")


@pytest.fixture
def oracle(oracle_base: tuple[Path, str]) -> tuple[Path, str]:
    """Return the oracle's project as it was committed, with no cache (function scope)."""
    reset(oracle_base[0])
    return oracle_base
