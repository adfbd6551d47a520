# @file copies.py
# @path src/mason/checks/structure/copies.py
# @version 0.1.0
"""Copies kept beside the module they copy: fix in place (seed 003), from the file list alone."""

import re
from collections.abc import Collection

from mason.checks.structure.rules import STR014
from mason.domain.finding import Finding

_COPY_NAME = re.compile(
    r"^(?P<stem>.+?)(?:[_-](?:fixed|new|old|copy|backup|bak|orig)| copy(?: \d+)?| \(\d+\))"
    r"(?P<suffix>\.pyi?)$"
)
"""``module_fixed.py``, ``module-old.py``, ``module copy.py`` (Finder), ``module (1).py``."""
_LEFTOVER = re.compile(r"^(?P<original>.+?)(?:\.orig|\.rej|\.bak|~)$")
"""What editors and merges leave behind: ``x.py.orig``, ``x.py.rej``, ``x.py.bak``, ``x.py~``."""


def find_copies(files: Collection[str]) -> list[Finding]:
    """Return STR014 for each copy whose original sits in the same folder."""
    present = set(files)
    findings: list[Finding] = []
    for path in sorted(present):
        folder, slash, name = path.rpartition("/")
        copy = _COPY_NAME.match(name)
        leftover = _LEFTOVER.match(name)
        if copy is not None:
            original = f"{copy['stem']}{copy['suffix']}"
        elif leftover is not None:
            original = leftover["original"]
        else:
            continue
        if f"{folder}{slash}{original}" in present:
            message = f"{name} is a copy of {original}: keep one, fix it in place"
            findings.append(STR014.finding(message, path=path))
    return findings
