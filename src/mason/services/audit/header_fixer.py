# @file header_fixer.py
# @path src/mason/services/audit/header_fixer.py
# @version 0.1.0
"""``mason audit --fix``: repair every header that can be repaired, in place, atomically."""

from pathlib import Path

from mason.adapters.files import write_atomic
from mason.checks.headers.expectation import Expected
from mason.checks.headers.judge import covered
from mason.checks.headers.settings import HeadersConfig
from mason.checks.headers.syntax import fix_header
from mason.domain.config import MasonConfig
from mason.domain.errors import ProjectError
from mason.domain.project_facts import ProjectFacts


def fix_headers(facts: ProjectFacts, config: MasonConfig, files: list[str]) -> list[str]:
    """Repair @file, @path and @version in every covered file; return the files changed.

    Raises:
        ProjectError: a file cannot be written (the files fixed before it stay fixed).

    """
    changed: list[str] = []
    settings = config.settings(HeadersConfig)
    for path, kind in covered(files, settings):
        target = Path(facts.root / path)
        try:
            text = target.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # the headers check reports unreadable files
        expected = Expected(path=path, version=facts.version, fields=settings.fields)
        fixed = fix_header(text, kind, expected)
        if fixed is None:
            continue
        try:
            write_atomic(target, fixed)
        except OSError as error:
            msg = f"cannot fix the header of {path}: {error.strerror}"
            raise ProjectError(msg, hint="make the file writable, or fix it by hand") from None
        changed.append(path)
    return changed
