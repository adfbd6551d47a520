# @file test_outcomes.py
# @path src/mason/adapters/tools/test_outcomes.py
# @version 0.1.0
"""Each test's outcome, by pytest's own node id, from one run of the project's test suite.

Adoption runs the suite on a staging copy before and after its edits and compares test by
test. A small plugin (``-p``) records every report pytest makes, so the ids are pytest's, not
a JUnit approximation, and a failing test can be run again alone. The copy's code is imported
ahead of the environment's editable install (``PYTHONPATH``), so an edit to the package is
what the tests see; test order is pytest's own (``-p no:randomly``), the same in both runs.
"""

import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from mason.adapters.process import run
from mason.domain.tool_output import ToolOutput

PLUGIN = "mason_test_outcomes"
TREE = "{tree}"
"""What stands for the tree's own path in a test id: a parametrized id may embed a path
(``test_paths[/tmp/copy/tests/data.zip]``), and two copies must name their tests alike."""
_PLUGIN_SOURCE = '''
"""Record each test's outcome for mason (written by mason into a scratch folder)."""
import json
import os

_OUTCOMES = {}


def pytest_runtest_logreport(report):
    if report.failed:
        _OUTCOMES[report.nodeid] = "failed"
    elif report.skipped and _OUTCOMES.get(report.nodeid) != "failed":
        _OUTCOMES[report.nodeid] = "skipped"
    elif report.when == "call" and _OUTCOMES.get(report.nodeid) is None:
        _OUTCOMES[report.nodeid] = "passed"


def pytest_sessionfinish(session):
    with open(os.environ["MASON_TEST_OUTCOMES"], "w", encoding="utf-8") as stream:
        json.dump(_OUTCOMES, stream)
'''


def run_tests(
    python: Path, tree: Path, source_root: Path, *, timeout: float, tests: Sequence[str] = ()
) -> tuple[dict[str, str] | None, ToolOutput]:
    """Run the test suite of ``tree`` (or only ``tests``); return each test's outcome.

    Ids hold ``TREE`` where pytest's hold the tree's path, here and in ``tests``. The outcomes
    are ``None`` when pytest recorded none (it could not start, or found nothing).
    """
    places = sorted({str(tree), str(tree.resolve())}, key=len, reverse=True)
    chosen = [test.replace(TREE, str(tree)) for test in tests]
    with tempfile.TemporaryDirectory(prefix="mason-tests-") as scratch:
        folder = Path(scratch)
        (folder / f"{PLUGIN}.py").write_text(_PLUGIN_SOURCE, encoding="utf-8")
        record = folder / "outcomes.json"
        paths = [str(folder), str(source_root), os.environ.get("PYTHONPATH", "")]
        done = run(
            [python, "-m", "pytest", "-q", "-p", PLUGIN, "-p", "no:cacheprovider",
             "-p", "no:randomly", *chosen],
            cwd=tree,
            timeout=timeout,
            env={"PYTHONPATH": os.pathsep.join(part for part in paths if part),
                 "MASON_TEST_OUTCOMES": str(record), "PYTHONDONTWRITEBYTECODE": "1"},
        )  # fmt: skip
        if not record.is_file():
            return None, done
        recorded: dict[str, str] = json.loads(record.read_text(encoding="utf-8"))
        outcomes = {_portable(test, places): outcome for test, outcome in recorded.items()}
        return (outcomes or None), done


def _portable(test: str, places: list[str]) -> str:
    for place in places:
        test = test.replace(place, TREE)
    return test
