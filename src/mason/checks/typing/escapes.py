# @file escapes.py
# @path src/mason/checks/typing/escapes.py
# @version 0.1.0
"""Escape hatches from the type checkers and the linter, counted so a budget can gate them.

``Any`` in a signature, ``# type: ignore`` without an error code and a reason, ``cast()``
without a justification comment, ``# pyright: ignore``, and ``# noqa`` (or a file's
``# ruff: noqa``) without a rule code and a reason. A coded and explained suppression is a
decision written down, not an escape, and is not counted. Comments come from the tokenizer
(never from a regex over code, which would also match strings).
"""

import ast
import re

from mason.checks.comments import comments_by_line
from mason.checks.typing.rules import TYP020, TYP021, TYP022, TYP023, TYP024
from mason.domain.finding import Finding

_TYPE_IGNORE = re.compile(r"#\s*type:\s*ignore(?P<codes>\[[^\]]*\])?(?P<rest>.*)$")
_PYRIGHT_IGNORE = re.compile(r"#\s*pyright:\s*ignore")
_REASON = re.compile(r"[#:-]\s*\w")
_NOQA = re.compile(
    r"#\s*(?:(?i:ruff|flake8)\s*:\s*)?(?i:noqa)\b"
    r"(?:\s*:\s*(?P<codes>[A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?(?P<rest>.*)$"
)
_PRAGMA = re.compile(r"\s*(?:type|pyright|mason|pragma|fmt|noqa|ruff|flake8)\b")


def _says_why(text: str) -> bool:
    """Return whether ``text`` (comment parts around a noqa) holds words that are no pragma."""
    return any(re.search(r"\w", part) and not _PRAGMA.match(part) for part in text.split("#"))


def _noqa_escape(comment: str, above: str) -> str | None:
    """Return what a ``noqa`` in ``comment`` lacks (a code, a reason), or ``None``.

    The reason may follow the codes (``# noqa: E501 - a URL``, ``# noqa: E501  # a URL``), come
    before them in the same comment (``# a URL  # noqa: E501``), or be ``above``: a comment
    alone on the line before. Other pragmas (``type:``, ``pyright:``) are no reason.
    """
    match = _NOQA.search(comment)
    if match is None:
        return None
    if not match["codes"]:
        return "a rule code"
    first, _, later = match["rest"].partition("#")
    if re.search(r"\w", first) or _says_why(later) or _says_why(comment[: match.start()]):
        return None
    if _says_why(above) and not _NOQA.search(above):
        return None
    return "a reason"


def _mentions_any(annotation: ast.expr | None) -> bool:
    if annotation is None:
        return False
    return any(
        (isinstance(node, ast.Name) and node.id == "Any")
        or (isinstance(node, ast.Attribute) and node.attr == "Any")
        for node in ast.walk(annotation)
    )


def _signature_annotations(node: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.expr | None]:
    arguments = node.args
    every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    every += [argument for argument in (arguments.vararg, arguments.kwarg) if argument]
    return [argument.annotation for argument in every] + [node.returns]


def find_escapes(tree: ast.Module, text: str, path: str) -> list[Finding]:
    """Return every escape hatch in the module (as warnings; the budget decides if they fail)."""
    comments = comments_by_line(text)
    source_lines = text.splitlines()
    alone = {
        line: comment
        for line, comment in comments.items()
        if line <= len(source_lines) and source_lines[line - 1].lstrip().startswith("#")
    }
    findings: list[Finding] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            if any(_mentions_any(annotation) for annotation in _signature_annotations(node)):
                message = f"Any in the signature of {node.name}()"
                findings.append(TYP020.finding(message, path=path, line=node.lineno))
        elif isinstance(node, ast.Call):
            callee = node.func
            name = callee.id if isinstance(callee, ast.Name) else getattr(callee, "attr", "")
            lines = range(node.lineno - 1, (node.end_lineno or node.lineno) + 1)
            if name == "cast" and not any(line in comments for line in lines):
                message = "cast() without a comment saying why"
                findings.append(TYP022.finding(message, path=path, line=node.lineno))
    for line, comment in sorted(comments.items()):
        if _PYRIGHT_IGNORE.search(comment):
            findings.append(
                TYP023.finding("pyright: ignore silences pyright", path=path, line=line)
            )
        match = _TYPE_IGNORE.search(comment)
        if match and (not match["codes"] or not _REASON.search(match["rest"])):
            what = "an error code" if not match["codes"] else "a reason"
            findings.append(TYP021.finding(f"type: ignore without {what}", path=path, line=line))
        lacking = _noqa_escape(comment, alone.get(line - 1, ""))
        if lacking:
            findings.append(TYP024.finding(f"noqa without {lacking}", path=path, line=line))
    return findings
