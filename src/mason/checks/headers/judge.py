# @file judge.py
# @path src/mason/checks/headers/judge.py
# @version 0.1.0
"""Judge a file's header: missing header, missing or stale fields (HDR001-HDR005)."""

from collections.abc import Collection, Iterable

from mason.checks.headers.expectation import Expected
from mason.checks.headers.file_kinds import FileKind, kind_of
from mason.checks.headers.header import Header
from mason.checks.headers.rules import HDR001, HDR002, HDR003, HDR004, HDR005
from mason.checks.headers.settings import HeaderField, HeadersConfig
from mason.domain.finding import Finding
from mason.domain.patterns import matches
from mason.domain.rule import Rule

_RULE_OF: dict[HeaderField, Rule] = {
    "description": HDR002,
    "file": HDR003,
    "path": HDR004,
    "version": HDR005,
}


def covered(
    files: Iterable[str], settings: HeadersConfig, data: Collection[str] = ()
) -> list[tuple[str, FileKind]]:
    """Return the files that need a header, with the comment syntax each one uses.

    ``data`` are the project's data files beyond test folders (its package data): none needs a
    header, unless ``[tool.mason.headers].include`` names it.
    """
    found: list[tuple[str, FileKind]] = []
    for path in files:
        if path in data and not matches(path, settings.include):
            continue
        kind = kind_of(path, include=settings.include, exclude=settings.exclude)
        if kind is not None:
            found.append((path, kind))
    return found


def judge_header(header: Header, kind: FileKind, expected: Expected) -> list[Finding]:
    """Return the findings for ``header``: missing header, missing or stale fields."""
    path = expected.path
    if not header.tags and not (kind is FileKind.PYTHON and header.has_docstring):
        fields = ", ".join(f"@{tag}" for tag in expected.fields if tag != "description")
        message = f"no header (expected {fields} and a description)"
        return [HDR001.finding(message, path=path, line=1)]
    findings: list[Finding] = []
    for tag in expected.fields:
        line = header.tag_lines.get(tag, header.insert_at - 1) + 1
        actual = header.tags.get(tag)
        rule = _RULE_OF[tag]
        if tag == "description":
            if not actual and not header.has_docstring:
                what = "a module docstring" if kind is FileKind.PYTHON else "@description"
                findings.append(
                    rule.finding(f"no description: add {what}", path=path, line=max(line, 1))
                )
            continue
        wanted = expected.value(tag)
        if actual is None or actual == "":
            findings.append(rule.finding(f"no @{tag} in the header", path=path, line=max(line, 1)))
        elif wanted is not None and actual != wanted:
            message = (
                f"@version {actual} but the project is at {wanted}"
                if tag == "version"
                else f"@{tag} says {actual!r}, but this is {wanted!r}"
            )
            findings.append(rule.finding(message, path=path, line=line))
    return findings
