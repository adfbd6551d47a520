# @file syntax.py
# @path src/mason/checks/headers/syntax.py
# @version 0.1.0
"""The header format of seed 004 (HDR-*): read a header, and repair it in place.

A header is the first comment block of a file holding ``@file``, ``@path``, ``@version`` and
``@description`` tags; for Python the module docstring is the description. Lines that must come
first stay first: a shebang, a Python encoding declaration (PEP 263: line 1 or 2), Dockerfile
parser directives (``# syntax=...``) and Markdown front matter (``---`` ... ``---``, which
GitHub issue templates, Jekyll and MkDocs read only at the very top); the header follows them.
The fixer rewrites only the tag lines it must and inserts missing ones; every other byte of the
file stays as it was.
"""

import re
from typing import TYPE_CHECKING

from mason.checks.headers.expectation import HEADER_ORDER, Expected
from mason.checks.headers.file_kinds import FileKind
from mason.checks.headers.header import Header

if TYPE_CHECKING:
    from mason.checks.headers.settings import HeaderField

_TAG = re.compile(r"^(?P<prefix>\s*(?:#\s*)?)@(?P<name>[a-z]+)\b[ \t]*(?P<value>.*?)\s*$")
_DOCSTRING = re.compile(r"""^[rRuUbB]{0,2}("{3}|'{3}|"|')""")
_CODING = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+")
_FRONT_MATTER_END = ("---", "...")
_DOCKER_DIRECTIVE = re.compile(r"^#[ \t]*(?:syntax|escape|check)[ \t]*=", re.IGNORECASE)
"""A Dockerfile parser directive: read only above the first other comment or instruction."""


def _split(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _preamble(lines: list[str], kind: FileKind) -> int:
    """Return how many leading lines must stay before the header."""
    if kind is FileKind.MARKDOWN:
        if lines and lines[0].rstrip() == "---":
            for index, line in enumerate(lines[1:], start=1):
                if line.rstrip() in _FRONT_MATTER_END:
                    return index + 1
        return 0
    start = 1 if lines and lines[0].startswith("#!") else 0
    while kind is FileKind.HASH and start < len(lines) and _DOCKER_DIRECTIVE.match(lines[start]):
        start += 1
    if kind is FileKind.PYTHON:
        for index in range(min(2, len(lines))):
            if _CODING.match(lines[index]):
                start = max(start, index + 1)
    return start


def parse_header(text: str, kind: FileKind) -> Header:
    """Return the header of ``text`` (an empty ``Header`` when there is none)."""
    lines = _split(text)
    start = _preamble(lines, kind)
    tags: dict[str, str] = {}
    where: dict[str, int] = {}
    index = start
    if kind is FileKind.MARKDOWN:
        if index < len(lines) and lines[index].lstrip().startswith("<!--"):
            while index < len(lines):
                line = lines[index]
                match = _TAG.match(line.replace("<!--", "").replace("-->", ""))
                if match:
                    tags.setdefault(match["name"], match["value"])
                    where.setdefault(match["name"], index)
                if "-->" in line:
                    break
                index += 1
        return Header(tags, where, max(where.values(), default=start - 1) + 1)
    while index < len(lines) and lines[index].lstrip().startswith("#"):
        match = _TAG.match(lines[index])
        if match:
            tags.setdefault(match["name"], match["value"])
            where.setdefault(match["name"], index)
        index += 1
    rest = (line.strip() for line in lines[index:])
    first_code = next((line for line in rest if line), "")
    has_docstring = kind is FileKind.PYTHON and bool(_DOCSTRING.match(first_code))
    return Header(tags, where, max(where.values(), default=start - 1) + 1, has_docstring)


def _render_tag(kind: FileKind, tag: str, value: str, newline: str) -> str:
    prefix = "" if kind is FileKind.MARKDOWN else "# "
    return f"{prefix}@{tag} {value}{newline}"


BOM = "\ufeff"
"""The UTF-8 byte order mark some editors write first; Python reads past it, and so do we."""


def fix_header(text: str, kind: FileKind, expected: Expected) -> str | None:
    """Return ``text`` with @file, @path and @version repaired, or ``None`` if nothing changes.

    Descriptions are never invented: a missing one stays a finding for a person to fill in.
    A UTF-8 byte order mark an editor wrote stays first, before the header.
    """
    if text.startswith(BOM):
        fixed = fix_header(text.removeprefix(BOM), kind, expected)
        return None if fixed is None else BOM + fixed
    header = parse_header(text, kind)
    lines = _split(text)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    fixable: list[HeaderField] = [
        tag for tag in HEADER_ORDER if tag in expected.fields and expected.value(tag)
    ]
    changed = False
    for tag in fixable:
        wanted = expected.value(tag)
        index = header.tag_lines.get(tag)
        if index is not None and header.tags.get(tag) != wanted and wanted is not None:
            match = _TAG.match(lines[index])
            prefix = match["prefix"] if match else ""
            ending = newline if lines[index].endswith(("\n", "\r")) else ""
            lines[index] = f"{prefix}@{tag} {wanted}{ending}"
            changed = True
    missing: list[HeaderField] = [tag for tag in fixable if tag not in header.tag_lines]
    if missing:
        block = [_render_tag(kind, tag, expected.value(tag) or "", newline) for tag in missing]
        at = header.insert_at
        if kind is FileKind.MARKDOWN and not header.tag_lines:
            block = [f"<!--{newline}", *block, f"-->{newline}"]
        if at < len(lines) and at > 0 and not lines[at - 1].endswith(("\n", "\r")):
            lines[at - 1] += newline
        lines[at:at] = block
        changed = True
    return "".join(lines) if changed else None
