# @file run.py
# @path src/mason/checks/headers/run.py
# @version 0.1.0
"""The ``headers`` check's work; ``check.py`` declares it and loads this when a unit runs."""

from typing import TYPE_CHECKING

from mason.checks.headers.expectation import Expected
from mason.checks.headers.judge import covered, judge_header
from mason.checks.headers.rules import SRC001, SRC003
from mason.checks.headers.settings import HeadersConfig
from mason.checks.headers.syntax import parse_header
from mason.checks.test_data import package_data
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome
from mason.domain.unreadable import Unreadable

if TYPE_CHECKING:
    from mason.domain.finding import Finding


def run_headers(ctx: UnitContext) -> UnitOutcome:
    """Judge the header of every covered file."""
    findings: list[Finding] = []
    settings = ctx.config.settings(HeadersConfig)
    data = package_data(ctx.files, ctx.facts.package, ctx.facts.source_root)
    files = covered(ctx.files, settings, data)
    for path, kind in files:
        text = ctx.text(path)
        if isinstance(text, Unreadable):
            rule = SRC003 if text.too_large else SRC001
            findings.append(rule.finding(f"file is {text}", path=path))
            continue
        expected = Expected(path=path, version=ctx.facts.version, fields=settings.fields)
        findings.extend(judge_header(parse_header(text, kind), kind, expected))
    outcome = UnitOutcome.counted(findings, f"{len(files)} file{'' if len(files) == 1 else 's'}")
    return outcome.model_copy(update={"metrics": {"files": float(len(files))}})
