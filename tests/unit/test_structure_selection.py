# @file test_structure_selection.py
# @path tests/unit/test_structure_selection.py
# @version 0.1.0
"""The structure check's file selection gives exactly what matching every file would."""

from hypothesis import given
from hypothesis import strategies as st

from mason.checks.structure.check import PIPELINE_FILES
from mason.checks.structure.compose import COMPOSE_FILES
from mason.checks.structure.selection import matching
from mason.checks.structure.task_runners import HANDED_ON_FILES
from mason.domain.patterns import matches

SEGMENTS = st.sampled_from(
    [
        ".github",
        "workflows",
        "actions",
        ".gitlab",
        "ci",
        "deploy",
        "src",
        "docs",
        "x.sh",
        "compose.yml",
    ]
)
NAMES = st.sampled_from(
    [
        "ci.yml",
        "release.yaml",
        "action.yml",
        ".gitlab-ci.yml",
        "Jenkinsfile",
        "Makefile",
        "noxfile.py",
        "setup.sh",
        "run.bash",
        "compose.yml",
        "compose-dev.yaml",
        "docker-compose.override.yml",
        "mod.py",
        "README.md",
        "config.yml",
    ]
)


def _path(folders: list[str], name: str) -> str:
    return "/".join([*folders, name])


PATHS = st.lists(st.builds(_path, st.lists(SEGMENTS, max_size=3), NAMES), max_size=40)
PATTERN_SETS = st.sampled_from(
    [PIPELINE_FILES, HANDED_ON_FILES, COMPOSE_FILES, ("docs/", "*.md"), ("/src/**/mod.py",)]
)


@given(PATHS, PATTERN_SETS)
def test_selection_equals_matching_every_file(paths: list[str], patterns: tuple[str, ...]) -> None:
    assert matching(paths, patterns) == [path for path in paths if matches(path, patterns)]
