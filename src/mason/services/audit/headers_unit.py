# @file headers_unit.py
# @path src/mason/services/audit/headers_unit.py
# @version 0.1.0
"""The ``headers`` check (seed 004 HDR-*), and ``--fix``, which repairs headers in place."""

from pathlib import Path

from mason.checks.file_kinds import FileKind, kind_of
from mason.checks.header_expectation import Expected
from mason.checks.headers import fix_header, judge_header, parse_header
from mason.domain.finding import Finding
from mason.domain.severity import Severity
from mason.domain.unit_outcome import UnitOutcome
from mason.services.audit.context import AuditContext, Unreadable
from mason.services.audit.outcomes import counted
from mason.services.audit.unit import Unit


def covered(ctx: AuditContext) -> list[tuple[str, FileKind]]:
    """Return the files that need a header, with the syntax each one uses."""
    settings = ctx.config.headers
    found: list[tuple[str, FileKind]] = []
    for path in ctx.files:
        kind = kind_of(path, include=settings.include, exclude=settings.exclude)
        if kind is not None:
            found.append((path, kind))
    return found


def _expected(ctx: AuditContext, path: str) -> Expected:
    return Expected(path=path, version=ctx.project.version, fields=ctx.config.headers.fields)


def run_headers(ctx: AuditContext) -> UnitOutcome:
    """Judge the header of every covered file."""
    findings: list[Finding] = []
    files = covered(ctx)
    for path, kind in files:
        text = ctx.text(path)
        if isinstance(text, Unreadable):
            findings.append(
                Finding(
                    rule="SRC003" if text.too_large else "SRC001",
                    severity=Severity.WARNING if text.too_large else Severity.ERROR,
                    path=path,
                    line=None,
                    message=f"file is {text}",
                )
            )
            continue
        findings.extend(judge_header(parse_header(text, kind), kind, _expected(ctx, path)))
    outcome = counted(findings, f"{len(files)} files")
    return outcome.model_copy(update={"metrics": {"files": float(len(files))}})


def fix_headers(ctx: AuditContext) -> list[str]:
    """Repair every header that can be repaired; return the files changed."""
    changed: list[str] = []
    for path, kind in covered(ctx):
        text = ctx.text(path)
        if isinstance(text, Unreadable):
            continue
        fixed = fix_header(text, kind, _expected(ctx, path))
        if fixed is not None:
            target = Path(ctx.root / path)
            mode = target.stat().st_mode
            temporary = target.with_name(f".{target.name}.mason-fix")
            temporary.write_text(fixed, encoding="utf-8", newline="")
            temporary.chmod(mode)
            temporary.replace(target)
            changed.append(path)
    return changed


UNIT = Unit(
    "headers",
    "headers",
    lambda ctx: ctx.key("headers", [path for path, _ in covered(ctx)], ctx.project.version),
    run_headers,
)
