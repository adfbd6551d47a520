# @file test_tool_parallelism.py
# @path tests/integration/test_tool_parallelism.py
# @version 0.1.0
"""On more cores, the tools' own workers run, and they find what one process finds.

This machine has two cores, so the share of eight is given by hand: the real pyright, mypy and
pytest-xdist run with workers on a generated project, and their findings and totals must equal
the serial run's.
"""

import json
import subprocess
from pathlib import Path

from mason.adapters.tools.environment import environment
from mason.adapters.tools.options import accepts
from mason.adapters.tools.toolbox import Toolbox
from mason.domain.core_share import CoreShare, share_cores
from mason.domain.tool_output import ToolOutput
from tests.support import UV, insert_after_docstring

PACKAGE = "demo_cli"


def _toolbox(project: Path, share: CoreShare) -> Toolbox:
    return Toolbox(
        project,
        environment(project),
        source_root=project / "src",
        excludes=(),
        timeout=600,
        share=share,
    )


def _pyright(output: ToolOutput) -> set[tuple[str, int, str]]:
    report = json.loads(output.stdout)
    return {
        (Path(d["file"]).name, d["range"]["start"]["line"], d["message"])
        for d in report["generalDiagnostics"]
    }


def _mypy(output: ToolOutput) -> set[str]:
    return {line for line in output.stdout.splitlines() if line.strip()}


def test_two_cores_keep_every_tool_in_one_process() -> None:
    assert share_cores(1) == share_cores(2) == CoreShare()
    assert share_cores(8) == CoreShare(tests=4, pyright=2, mypy=2)
    assert share_cores(3) == CoreShare(tests=1, pyright=1, mypy=1)


def test_the_type_checkers_use_their_workers_and_agree_with_one_process(project: Path) -> None:
    insert_after_docstring(project / "src" / PACKAGE / "cli.py", "broken: int = 'text'\n")
    serial, parallel = _toolbox(project, CoreShare()), _toolbox(project, share_cores(8))
    one, many = serial.pyright(), parallel.pyright()
    assert "--threads" not in one.argv
    assert "--threads" in many.argv
    assert _pyright(many) == _pyright(one)
    assert any(name == "cli.py" for name, _, _ in _pyright(one))
    targets = [f"src/{PACKAGE}"]
    one, many = serial.mypy(targets), parallel.mypy(targets)
    program, _ = parallel.env.tool("mypy")
    assert ("--num-workers" in many.argv) == accepts(program, "--num-workers")
    assert "--num-workers" not in one.argv
    assert _mypy(many) == _mypy(one)
    assert any("cli.py" in line for line in _mypy(one))


def test_with_pytest_xdist_the_tests_run_in_workers_and_cover_the_same(project: Path) -> None:
    python = project / ".venv" / "bin" / "python"
    subprocess.run(
        [*UV, "pip", "install", "--quiet", "--python", str(python), "pytest-xdist"],
        cwd=project,
        check=True,
    )
    one = _toolbox(project, CoreShare()).tests_with_coverage(PACKAGE)
    many = _toolbox(project, share_cores(4)).tests_with_coverage(PACKAGE)
    assert "-n" not in one.pytest.argv
    assert many.pytest.argv[many.pytest.argv.index("-n") + 1] == "2"
    assert one.coverage_json is not None
    assert many.coverage_json is not None
    assert json.loads(many.coverage_json)["totals"] == json.loads(one.coverage_json)["totals"]
    assert one.junit is not None
    assert many.junit is not None
    assert many.junit.count("<testcase") == one.junit.count("<testcase")
