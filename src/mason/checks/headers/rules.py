# @file rules.py
# @path src/mason/checks/headers/rules.py
# @version 0.1.0
"""The rules of the headers check (seed 004 HDR-*), and the two about unreadable files."""

from mason.domain.rule import Rule
from mason.domain.severity import Severity

HDR001 = Rule(
    id="HDR001",
    check="headers",
    scope="file",
    title="File has no header",
    rationale="Every file starts with a header naming it, its path, its version and its "
    "purpose (seed 004 HDR-REQUIRED, HDR-FORMAT).",
    seed="004 (HDR-REQUIRED, HDR-FORMAT)",
    fix="Run `mason audit --fix` to write @file, @path and @version; add the description "
    "(for Python: the module docstring). Format: docs/headers.md.",
)

HDR002 = Rule(
    id="HDR002",
    check="headers",
    scope="file",
    title="Header has no description",
    rationale="A reader should know what a file is for before reading it (HDR-DESCRIPTION).",
    seed="004 (HDR-DESCRIPTION)",
    fix="Add a module docstring (Python) or a `@description` line.",
)

HDR003 = Rule(
    id="HDR003",
    check="headers",
    scope="file",
    title="Header file name is missing or stale",
    rationale="A header that names another file misleads (HDR-FILENAME).",
    seed="004 (HDR-FILENAME)",
    fix="Run `mason audit --fix`.",
)

HDR004 = Rule(
    id="HDR004",
    check="headers",
    scope="file",
    title="Header path is missing or stale",
    rationale="The path says where a file belongs; after a move it must follow (HDR-FILEPATH).",
    seed="004 (HDR-FILEPATH)",
    fix="Run `mason audit --fix`.",
)

HDR005 = Rule(
    id="HDR005",
    check="headers",
    scope="file",
    title="Header version is missing or behind the project's version",
    rationale="The version says which release a file belongs to (HDR-VERSION).",
    seed="004 (HDR-VERSION)",
    fix="Run `mason audit --fix` after bumping [project].version.",
)

SRC001 = Rule(
    id="SRC001",
    check="headers",
    title="File is not UTF-8",
    rationale="Tools and people read source as UTF-8; other encodings break silently.",
    seed="004",
    fix="Convert the file to UTF-8.",
)

SRC003 = Rule(
    id="SRC003",
    check="headers",
    title="File is too large to check",
    rationale="Files over 2 MB are data, not source; mason does not read them.",
    seed="004",
    fix="Move data out of the source tree, or exclude it with [tool.mason].exclude.",
    severity=Severity.WARNING,
)

RULES = (
    HDR001,
    HDR002,
    HDR003,
    HDR004,
    HDR005,
    SRC001,
    SRC003,
)
