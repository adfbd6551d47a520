# @file test_pyproject_editing.py
# @path tests/unit/test_pyproject_editing.py
# @version 0.1.0
"""Adoption's pyproject.toml edits, against generated files: valid TOML, every key kept.

Hypothesis writes pyproject files the way real projects do: ``[tool.*]`` tables in any order,
split into pieces with other tables between them, dotted keys, inline tables, arrays of tables
and comments everywhere. Whatever it writes, the edited file must parse with the standard
library's parser, keep every key the user had with its value, and add only planned keys.
"""

import tomllib

import pytest
import tomlkit
import tomlkit.exceptions
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from mason.adapters.pyproject_editor import edit_pyproject, spaced
from mason.checks.toml_edit import edit_problems
from mason.domain.adoption import Adoption
from mason.domain.contract_spec import ContractSpec
from mason.domain.errors import ToolError
from mason.domain.toml import TomlTable, TomlValue

ADOPTION = Adoption(
    project_name="shop",
    package="shop",
    layout="four-layer",
    python_version="3.12",
    python_floor="3.10",
    contracts=(ContractSpec(name="layers", type="layers", options={"layers": ("a", "b")}),),
    detected=True,
)
TABLES: dict[str, dict[str, str]] = {
    "tool.ruff": {"line-length": "100", "target-version": '"py310"'},
    "tool.ruff.lint": {"select": '["E", "F"]', "ignore": '["E501"]'},
    "tool.ruff.lint.isort": {"known-first-party": '["shop"]'},
    "tool.mypy": {"strict": "false", "warn_unused_ignores": "true"},
    "tool.pyright": {"typeCheckingMode": '"basic"'},
    "tool.coverage.run": {"branch": "false", "omit": '["tests/*"]'},
    "tool.coverage.report": {"fail_under": "50", "show_missing": "true"},
    "tool.black": {"line-length": "88"},
    "tool.isort": {"profile": '"black"'},
    "tool.pytest.ini_options": {"addopts": '"-ra"'},
}
COMMENTS = st.sampled_from(["", "  # kept", "  # a comment with = and [brackets]"])


def _tool_block(draw: st.DrawFn, dotted: list[str], forms: dict[str, str]) -> list[str]:
    """Return a ``[tool]`` table holding ``dotted`` tables as dotted keys or inline tables."""
    if not dotted:
        return []
    block = ["[tool]"]
    for name in dotted:
        short = name.removeprefix("tool.")
        key, value = next(iter(TABLES[name].items()))
        if forms[name] == "inline":
            block.append(f"{short} = {{ {key} = {value} }}{draw(COMMENTS)}")
        else:
            block.append(f"{short}.{key} = {value}{draw(COMMENTS)}")
    return [*block, ""]


@st.composite
def pyprojects(draw: st.DrawFn) -> str:
    """Return the text of a pyproject.toml with tool tables in one of the ways people write them."""
    names = draw(st.lists(st.sampled_from(sorted(TABLES)), unique=True, max_size=len(TABLES)))
    lines = ["[project]", 'name = "shop"  # the name', 'version = "1.0"', ""]
    forms = {name: draw(st.sampled_from(["header", "dotted", "inline"])) for name in names}
    dotted = [name for name in names if forms[name] != "header" and name.count(".") == 1]
    dotted = [
        name
        for name in dotted
        if not any(other.startswith(f"{name}.") for other in names)  # TOML forbids reopening
    ]
    block = _tool_block(draw, dotted, forms)
    headed = [name for name in names if name not in dotted]
    where = draw(st.integers(min_value=0, max_value=len(headed)))  # [tool] may come after others
    for index, name in enumerate(headed):
        if index == where:
            lines += block
        if draw(st.booleans()):
            lines.append(f"# about {name}")
        lines.append(f"[{name}]{draw(COMMENTS)}")
        items = list(TABLES[name].items())
        for key, value in items[: draw(st.integers(min_value=1, max_value=len(items)))]:
            lines.append(f"{key} = {value}{draw(COMMENTS)}")
        lines.append("")
    if where == len(headed):
        lines += block
    if "tool.mypy" not in dotted and draw(st.booleans()):
        lines += ["[[tool.mypy.overrides]]", 'module = "legacy.*"', "ignore_errors = true", ""]
    if draw(st.booleans()):
        lines += ["[project.urls]", 'home = { text = "x" }', ""]
    return "\n".join(lines)


def _tomlkit_reads(text: str) -> bool:
    """Return whether tomlkit parses ``text``.

    tomlkit refuses a few valid orders of tables; mason then reports the file as malformed
    (exit 2) and edits nothing.
    """
    try:
        tomlkit.parse(text)
    except tomlkit.exceptions.ParseError:
        return False
    return True


def _edit(text: str, *, tighten: bool) -> tuple[str, list[str]]:
    document = tomlkit.parse(text)
    log = edit_pyproject(document, ADOPTION, tighten=tighten)
    after = tomlkit.dumps(document)
    return after, edit_problems(text, after, planned=log.planned, replaced=log.replaced)


@settings(max_examples=300, deadline=None)
@given(text=pyprojects(), tighten=st.booleans())
def test_every_edit_is_valid_keeps_every_key_and_adds_only_the_plan(
    text: str, *, tighten: bool
) -> None:
    tomllib.loads(text)  # the generator writes valid files
    assume(_tomlkit_reads(text))
    after, problems = _edit(text, tighten=tighten)
    assert problems == [], after
    edited = tomllib.loads(after)
    assert edited["tool"]["mypy"]["strict"] is True or not tighten
    assert "mason" in edited["tool"]
    again, problems = _edit(after, tighten=tighten)
    assert problems == []
    assert tomllib.loads(again) == edited  # a second adoption changes nothing


def test_a_table_split_by_other_tables_is_extended_not_declared_twice() -> None:
    """Reproduction: [tool.coverage.run] ... [tool.isort] ... [tool.coverage.report]."""
    text = "[tool.coverage.run]\nbranch = true\n[tool.isort]\nx = 1\n[tool.coverage.report]\n"
    after, problems = _edit(text + "fail_under = 50\n", tighten=False)
    assert problems == []
    assert after.count("[tool.coverage.report]") == 1
    assert tomllib.loads(after)["tool"]["coverage"]["report"]["fail_under"] == 50


def test_the_judge_names_lost_changed_unplanned_and_invalid() -> None:
    before = '[tool.mypy]\nstrict = false\nfiles = ["src"]\n'
    after = "[tool.mypy]\nstrict = true\n[tool.extra]\nx = 1\n"
    assert edit_problems(before, after, planned=[("tool", "mypy", "warn")], replaced=[]) == [
        "tool.mypy.strict changed",
        "tool.mypy.files was lost",
        "tool.extra.x was added, but not planned",
    ]
    assert edit_problems(
        before, after, planned=[("tool", "extra")], replaced=[("tool", "mypy", "strict")]
    ) == ["tool.mypy.files was lost"]
    (invalid,) = edit_problems(before, "[a]\n[a]\n", planned=[], replaced=[])
    assert invalid.startswith("the result is not valid TOML")


def test_a_tool_key_that_is_not_a_table_is_refused() -> None:
    document = tomlkit.parse('tool = "not a table"\n')
    with pytest.raises(ToolError, match=r"could not edit pyproject\.toml safely: tool is a String"):
        edit_pyproject(document, ADOPTION, tighten=False)


@pytest.mark.parametrize(
    "text",
    [
        "[tool.mypy]\nstrict = false\n\n[tool]\nruff.line-length = 100\n",
        '[tool.ruff.format]\nquote-style = "single"\n\n[tool.ruff]\nlint.select = ["E"]\n',
        '[tool.ruff.lint]\nignore = ["E501"]\n\n[tool]\ncoverage.run.branch = false\n',
    ],
)
def test_dotted_keys_in_a_table_declared_after_others_are_extended_in_place(text: str) -> None:
    """Reproduction (issue 17, defect 10): dotted keys in a table declared after others.

    The edit wrote `[ruff.lint]` at the top level, and the refusal named garbled keys
    (``ruff.lint.pydocstyle.ruff.line-length``).
    """
    after, problems = _edit(text, tighten=False)
    assert problems == [], after
    assert "\n[ruff" not in after
    assert "\n[lint" not in after
    assert "\n[coverage" not in after


def test_an_inserted_table_is_followed_by_a_blank_line() -> None:
    """Reproduction (issue 17, defect 10): `convention = "pep257"` then `[tool.mypy]` at once."""
    text = '[tool.ruff.lint]\nselect = ["E"]\n\n[tool.mypy]\nfiles = "src"\n'
    document = tomlkit.parse(text)
    edit_pyproject(document, ADOPTION, tighten=False)
    after = spaced(text, tomlkit.dumps(document))
    assert '[tool.ruff.lint.pydocstyle]\nconvention = "pep257"\n\n[tool.mypy]' in after
    glued = "[a]\nx = 1\n[b]\ny = 2\n"  # the team's own style stays
    assert spaced(glued, glued) == glued


SKIPPABLE = [
    ("tool", "ruff", "lint", "select"),
    ("tool", "ruff", "lint", "pydocstyle", "convention"),
    ("tool", "mypy", "strict"),
    ("tool", "mypy", "warn_unreachable"),
    ("tool", "mypy", "python_version"),
    ("tool", "pyright", "typeCheckingMode"),
    ("tool", "pyright", "pythonVersion"),
    ("tool", "coverage", "run", "branch"),
    ("tool", "coverage", "run", "source"),
    ("tool", "coverage", "report", "fail_under"),
    ("tool", "importlinter"),
    ("tool", "mason"),
]


@settings(max_examples=150, deadline=None)
@given(text=pyprojects(), skip=st.sets(st.sampled_from(SKIPPABLE)))
def test_skipped_keys_are_left_out_and_leave_no_empty_table(
    text: str, skip: set[tuple[str, ...]]
) -> None:
    """What the invariants leave out is not written, and nothing else changes."""
    assume(_tomlkit_reads(text))
    document = tomlkit.parse(text)
    log = edit_pyproject(document, ADOPTION, tighten=False, skip=skip)
    after = tomlkit.dumps(document)
    assert edit_problems(text, after, planned=log.planned, replaced=log.replaced) == []
    before: TomlTable = tomllib.loads(text)
    edited: TomlTable = tomllib.loads(after)
    for path in skip:
        assert not set(log.planned) & {path}
        if _get(before, path) is None:
            assert _get(edited, path) is None, path
    for path in log.planned:
        assert path not in skip


def _get(table: TomlTable, path: tuple[str, ...]) -> TomlValue | None:
    value: TomlValue = table
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value
