# @file test_headers.py
# @path tests/unit/test_headers.py
# @version 0.1.0
"""Header rules: reading, judging and repairing headers of every file kind."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mason.checks.headers.expectation import Expected
from mason.checks.headers.file_kinds import FileKind, kind_of
from mason.checks.headers.judge import judge_header
from mason.checks.headers.syntax import fix_header, parse_header

GOOD_PY = '# @file app.py\n# @path src/shop/app.py\n# @version 1.0\n"""The app."""\n\nx = 1\n'
EXPECT = Expected(path="src/shop/app.py", version="1.0")


def _rules(text: str, kind: FileKind = FileKind.PYTHON, expected: Expected = EXPECT) -> list[str]:
    return [finding.rule for finding in judge_header(parse_header(text, kind), kind, expected)]


def test_a_complete_python_header_is_clean() -> None:
    assert _rules(GOOD_PY) == []


def test_no_header_at_all() -> None:
    findings = judge_header(parse_header("x = 1\n", FileKind.PYTHON), FileKind.PYTHON, EXPECT)
    assert [(f.rule, f.line) for f in findings] == [("HDR001", 1)]


def test_a_docstring_alone_lacks_the_tags() -> None:
    assert _rules('"""Doc."""\n') == ["HDR003", "HDR004", "HDR005"]


def test_stale_tags_are_reported_on_their_lines() -> None:
    moved = Expected(path="src/shop/core/app2.py", version="1.1")
    findings = judge_header(parse_header(GOOD_PY, FileKind.PYTHON), FileKind.PYTHON, moved)
    assert [(f.rule, f.line) for f in findings] == [("HDR003", 1), ("HDR004", 2), ("HDR005", 3)]
    assert "@version 1.0 but the project is at 1.1" in findings[2].message


def test_missing_description_for_each_kind() -> None:
    assert _rules("# @file app.py\n# @path src/shop/app.py\n# @version 1.0\nx = 1\n") == ["HDR002"]
    toml = "# @file pyproject.toml\n# @path pyproject.toml\n# @version 1.0\n[a]\n"
    assert _rules(toml, FileKind.HASH, Expected("pyproject.toml", "1.0")) == ["HDR002"]


def test_markdown_header_in_a_comment_block() -> None:
    text = "<!--\n@file README.md\n@path README.md\n@version 1.0\n@description Hi.\n-->\n# T\n"
    assert _rules(text, FileKind.MARKDOWN, Expected("README.md", "1.0")) == []


def test_unknown_version_only_needs_a_tag() -> None:
    assert _rules(GOOD_PY, expected=Expected("src/shop/app.py", None)) == []


def test_configured_fields_limit_the_rules() -> None:
    only_path = Expected("src/shop/app.py", "9.9", fields=("path",))
    assert _rules("# @path src/shop/app.py\nx = 1\n", expected=only_path) == []


def test_fix_inserts_tags_after_a_shebang() -> None:
    fixed = fix_header(
        "#!/usr/bin/env python3\nprint(1)\n", FileKind.PYTHON, Expected("run.py", "2")
    )
    assert (
        fixed == "#!/usr/bin/env python3\n# @file run.py\n# @path run.py\n# @version 2\nprint(1)\n"
    )


def test_fix_keeps_a_byte_order_mark_first() -> None:
    """Python reads past a BOM; a header written before it would be a syntax error."""
    fixed = fix_header("\ufeffprint(1)\n", FileKind.PYTHON, Expected("run.py", "2"))
    assert fixed == "\ufeff# @file run.py\n# @path run.py\n# @version 2\nprint(1)\n"
    assert fix_header(fixed, FileKind.PYTHON, Expected("run.py", "2")) is None


def test_fix_keeps_a_python_encoding_declaration_on_its_line() -> None:
    text = "#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nx = 1\n"
    fixed = fix_header(text, FileKind.PYTHON, Expected("run.py", "2"))
    assert fixed is not None
    assert fixed.splitlines()[:3] == [
        "#!/usr/bin/env python",
        "# -*- coding: latin-1 -*-",
        "# @file run.py",
    ]
    assert fix_header(fixed, FileKind.PYTHON, Expected("run.py", "2")) is None


def test_fix_puts_the_markdown_header_after_front_matter() -> None:
    text = "---\nname: Bug report\nabout: Tell us\n---\n\nWhat happened?\n"
    expected = Expected(".github/ISSUE_TEMPLATE/bug.md", "1.0")
    fixed = fix_header(text, FileKind.MARKDOWN, expected)
    assert fixed == (
        "---\nname: Bug report\nabout: Tell us\n---\n"
        "<!--\n@file bug.md\n@path .github/ISSUE_TEMPLATE/bug.md\n@version 1.0\n-->\n"
        "\nWhat happened?\n"
    )
    assert _rules(fixed, FileKind.MARKDOWN, expected) == ["HDR002"]
    assert fix_header(fixed, FileKind.MARKDOWN, expected) is None


def test_fix_keeps_dockerfile_parser_directives_on_top() -> None:
    text = "# syntax=docker/dockerfile:1\n# escape=`\nFROM python:3.12\n"
    fixed = fix_header(text, FileKind.HASH, Expected("Dockerfile", "1"))
    assert fixed == (
        "# syntax=docker/dockerfile:1\n# escape=`\n"
        "# @file Dockerfile\n# @path Dockerfile\n# @version 1\nFROM python:3.12\n"
    )
    assert _rules(fixed, FileKind.HASH, Expected("Dockerfile", "1")) == ["HDR002"]


def test_a_lone_rule_line_is_not_front_matter() -> None:
    text = "---\nno closing line\n"
    fixed = fix_header(text, FileKind.MARKDOWN, Expected("a.md", "1"))
    assert fixed is not None
    assert fixed.startswith("<!--\n@file a.md")


def test_fix_rewrites_stale_values_and_keeps_everything_else() -> None:
    moved = Expected(path="src/shop/core/app2.py", version="1.1")
    fixed = fix_header(GOOD_PY, FileKind.PYTHON, moved)
    assert fixed == (
        '# @file app2.py\n# @path src/shop/core/app2.py\n# @version 1.1\n"""The app."""\n\nx = 1\n'
    )


def test_fix_keeps_windows_line_endings() -> None:
    fixed = fix_header("x = 1\r\n", FileKind.PYTHON, Expected("a.py", "1"))
    assert fixed == "# @file a.py\r\n# @path a.py\r\n# @version 1\r\nx = 1\r\n"


def test_fix_wraps_markdown_tags_in_a_comment() -> None:
    fixed = fix_header("# Title\n", FileKind.MARKDOWN, Expected("docs/a.md", "1"))
    assert fixed == "<!--\n@file a.md\n@path docs/a.md\n@version 1\n-->\n# Title\n"


def test_fix_of_a_good_header_changes_nothing() -> None:
    assert fix_header(GOOD_PY, FileKind.PYTHON, EXPECT) is None


def test_fix_a_file_without_a_final_newline() -> None:
    fixed = fix_header("# @file a.py\nx = 1", FileKind.PYTHON, Expected("a.py", "3"))
    assert fixed == "# @file a.py\n# @path a.py\n# @version 3\nx = 1"


body_lines = st.lists(
    st.text(alphabet="abcdefgh =()'\"#@:", max_size=30).filter(
        lambda line: not line.startswith("#")
    ),
    max_size=8,
)


@given(body_lines, st.sampled_from(["1.0", "2.3.4"]))
def test_fixing_changes_only_header_lines_and_settles(lines: list[str], version: str) -> None:
    body = "".join(f"{line}\n" for line in lines)
    expected = Expected("src/pkg/mod.py", version)
    fixed = fix_header(body, FileKind.PYTHON, expected)
    assert fixed is not None
    assert fixed.endswith(body)
    assert fix_header(fixed, FileKind.PYTHON, expected) is None
    rules = _rules(fixed, expected=expected)
    assert set(rules) <= {"HDR002"}


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("src/a.py", FileKind.PYTHON),
        ("stubs/a.pyi", FileKind.PYTHON),
        ("pyproject.toml", FileKind.HASH),
        (".github/workflows/ci.yml", FileKind.HASH),
        (".envrc", FileKind.HASH),
        ("setup.sh", FileKind.HASH),
        ("docs/index.md", FileKind.MARKDOWN),
        ("uv.lock", None),
        ("LICENSE", None),
        ("src/pkg/py.typed", None),
        (".copier-answers.yml", None),
        ("data.json", None),
        ("notes.txt", None),
    ],
)
def test_which_files_need_which_header(path: str, kind: FileKind | None) -> None:
    assert kind_of(path) == kind


def test_include_and_exclude_globs() -> None:
    assert kind_of("notes.txt", include=("*.txt",)) is FileKind.HASH
    assert kind_of("tests/fixtures/a.py", exclude=("tests/fixtures/**",)) is None
