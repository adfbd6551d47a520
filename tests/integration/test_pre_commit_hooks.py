# @file test_pre_commit_hooks.py
# @path tests/integration/test_pre_commit_hooks.py
# @version 0.1.0
"""mason's pre-commit hooks, run by pre-commit itself (``try-repo``) in a scratch repository.

The hooks run ``hooks/mason``, which sets mason up in pre-commit's clone with a Python >= 3.12 it
finds itself, so they work where pre-commit's own Python (or the default ``python3``) is older.
The commit hooks see only the files pre-commit passes them.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import insert_after_docstring

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One pre-commit cache for the module: the hook clone is set up once."""
    return tmp_path_factory.mktemp("pre-commit-home")


def _try_repo(
    project: Path, home: Path, hook: str, *files: str
) -> subprocess.CompletedProcess[str]:
    # Nothing of mason's own environment on PATH: the hook must find its Python itself.
    venv_bin = str(Path(sys.executable).parent)
    path = os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep) if p != venv_bin)
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PATH": path}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--files", *files],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=900,
    )


def test_the_files_hook_checks_only_the_files_it_is_given(
    project: Path, pre_commit_home: Path
) -> None:
    package = project / "src" / "demo_cli"
    staged = package / "cli.py"
    insert_after_docstring(staged, "import os\n")
    insert_after_docstring(package / "__init__.py", "import sys\n")  # not passed: not reported
    completed = _try_repo(project, pre_commit_home, "mason-files", "src/demo_cli/cli.py")
    assert completed.returncode == 1, completed.stdout + completed.stderr
    assert "src/demo_cli/cli.py" in completed.stdout
    assert "F401" in completed.stdout
    assert "__init__.py" not in completed.stdout


def test_the_files_hook_passes_on_clean_files(project: Path, pre_commit_home: Path) -> None:
    completed = _try_repo(
        project, pre_commit_home, "mason-files", "src/demo_cli/cli.py", "README.md"
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "Passed" in completed.stdout


def test_the_typing_hook_checks_the_staged_files_and_their_importers(
    project: Path, pre_commit_home: Path
) -> None:
    words = project / "src" / "demo_cli" / "core" / "words.py"
    words.write_text(
        words.read_text(encoding="utf-8").replace("limit: int)", "limit: str)", 1),
        encoding="utf-8",
    )
    completed = _try_repo(project, pre_commit_home, "mason-typing", "src/demo_cli/core/words.py")
    assert completed.returncode == 1, completed.stdout + completed.stderr
    assert "src/demo_cli/commands/count.py" in completed.stdout  # the importer the change broke


def test_the_headers_hook_writes_the_missing_header(project: Path, pre_commit_home: Path) -> None:
    new = project / "src" / "demo_cli" / "extra.py"
    new.write_text('"""More."""\n', encoding="utf-8")
    untouched = project / "src" / "demo_cli" / "other.py"
    untouched.write_text('"""Other."""\n', encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=project, check=True)
    completed = _try_repo(project, pre_commit_home, "mason-headers", "src/demo_cli/extra.py")
    assert completed.returncode == 1, completed.stdout  # pre-commit: files were modified
    assert "files were modified by this hook" in completed.stdout
    assert new.read_text(encoding="utf-8").startswith("# @file extra.py\n")
    assert untouched.read_text(encoding="utf-8") == '"""Other."""\n'


def test_the_first_run_sets_mason_up_quietly(project: Path, tmp_path: Path) -> None:
    """pre-commit shows a failing hook's output: the findings, no set-up log, no colour codes."""
    insert_after_docstring(project / "src" / "demo_cli" / "cli.py", "import os\n")
    fresh = tmp_path / "pre-commit-home"  # nothing set up yet: this run makes the clone's .venv
    completed = _try_repo(project, fresh, "mason-files", "src/demo_cli/cli.py")
    assert completed.returncode == 1, completed.stdout + completed.stderr
    assert "F401" in completed.stdout
    output = completed.stdout + completed.stderr
    assert "\x1b[" not in output
    assert "setup:" not in output
    assert "next:" not in output  # mason's developer banner


def test_the_typing_hook_says_once_that_the_project_has_no_environment(
    project: Path, pre_commit_home: Path
) -> None:
    shutil.rmtree(project / ".venv")
    completed = _try_repo(project, pre_commit_home, "mason-typing", "src/demo_cli/cli.py")
    assert completed.returncode == 1, completed.stdout + completed.stderr  # pre-commit's own
    assert "exit code: 3" in completed.stdout  # mason's: a check could not run
    assert completed.stdout.count("the project has no environment") == 1, completed.stdout
    assert completed.stdout.count("hint: run `uv sync`") == 1
