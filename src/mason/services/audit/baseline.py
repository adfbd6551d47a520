# @file baseline.py
# @path src/mason/services/audit/baseline.py
# @version 0.1.0
"""Baselines: accept today's findings, fail only on new ones, and never let metrics slide.

A finding's fingerprint hashes its rule, file, message and the text of its source line (not
the line number), plus its rank among identical ones, so inserting lines above it does not
make an old finding look new. Metric ratchets: escape hatches may not grow, coverage may not
drop below what the baseline recorded.
"""

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import ValidationError

from mason import __version__
from mason.domain.baseline_entry import BaselineEntry
from mason.domain.baseline_file import FORMAT_VERSION, BaselineFile
from mason.domain.check_result import CheckResult
from mason.domain.check_status import CheckStatus
from mason.domain.errors import ConfigError
from mason.domain.finding import Finding
from mason.domain.severity import Severity

BASELINE_FILE = ".mason-baseline.json"
RATCHETS: dict[str, tuple[str, str]] = {
    "escape_hatches": ("TYP031", "escape hatches grew from {old:g} to {new:g} since the baseline"),
    "coverage": ("COV005", "coverage fell from {old:.2f}% to {new:.2f}% since the baseline"),
}

type SourceLine = Callable[[str, int], str]


def fingerprints(findings: Sequence[Finding], source_line: SourceLine) -> list[str]:
    """Return one fingerprint per finding, stable under line shifts."""
    seen: Counter[str] = Counter()
    prints: list[str] = []
    for finding in findings:
        text = source_line(finding.path, finding.line) if finding.path and finding.line else ""
        base = "\0".join((finding.rule, finding.path or "", finding.message, text.strip()))
        seen[base] += 1
        prints.append(hashlib.sha256(f"{base}\0{seen[base]}".encode()).hexdigest()[:20])
    return prints


def write_baseline(path: Path, results: Sequence[CheckResult], source_line: SourceLine) -> int:
    """Write every current finding and metric to ``path``; return how many findings."""
    entries: list[BaselineEntry] = []
    metrics: dict[str, float] = {}
    for result in results:
        prints = fingerprints(result.findings, source_line)
        entries.extend(
            BaselineEntry(
                fingerprint=fingerprint,
                check=result.name,
                rule=finding.rule,
                path=finding.path,
                message=finding.message,
            )
            for finding, fingerprint in zip(result.findings, prints, strict=True)
        )
        metrics.update({key: value for key, value in result.metrics.items() if key in RATCHETS})
    document = BaselineFile(mason_version=__version__, findings=tuple(entries), metrics=metrics)
    path.write_text(document.model_dump_json(indent=2) + "\n", encoding="utf-8")
    return len(entries)


def _load(path: Path) -> BaselineFile:
    try:
        return BaselineFile.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        msg = f"no baseline at {path}"
        raise ConfigError(msg, hint="write one with `mason audit --write-baseline`") from None
    except (OSError, ValidationError) as error:
        reason = error.strerror if isinstance(error, OSError) else f"{error.error_count()} problems"
        msg = f"{path} is not a readable mason baseline ({reason})"
        raise ConfigError(msg, hint="rewrite it with `mason audit --write-baseline`") from None


def _status(result: CheckResult, findings: tuple[Finding, ...]) -> CheckStatus:
    if result.status in {CheckStatus.ERROR, CheckStatus.SKIPPED}:
        return result.status
    failed = any(finding.severity is Severity.ERROR for finding in findings)
    return CheckStatus.FAIL if failed else CheckStatus.PASS


def apply_baseline(
    path: Path, results: Sequence[CheckResult], source_line: SourceLine
) -> tuple[list[CheckResult], int]:
    """Drop findings the baseline knows; add ratchet findings; return results and resolved count.

    Raises:
        ConfigError: the baseline file is missing or unreadable.

    """
    baseline = _load(path)
    if baseline.version != FORMAT_VERSION:
        msg = f"{path} has baseline format {baseline.version}; this mason reads {FORMAT_VERSION}"
        raise ConfigError(msg, hint="rewrite it with `mason audit --write-baseline`")
    known = {entry.fingerprint for entry in baseline.findings}
    old_metrics = baseline.metrics
    matched: set[str] = set()
    updated: list[CheckResult] = []
    for result in results:
        kept: list[Finding] = []
        for finding, fingerprint in zip(
            result.findings, fingerprints(result.findings, source_line), strict=True
        ):
            if fingerprint in known:
                matched.add(fingerprint)
            else:
                kept.append(finding)
        for metric, (rule, template) in RATCHETS.items():
            new, old = result.metrics.get(metric), old_metrics.get(metric)
            grew = metric == "escape_hatches" and new is not None and old is not None and new > old
            fell = (
                metric == "coverage" and new is not None and old is not None and new < old - 0.005
            )
            if grew or fell:
                kept.append(
                    Finding(
                        rule=rule,
                        severity=Severity.ERROR,
                        path=None,
                        line=None,
                        message=template.format(old=old, new=new),
                    )
                )
        findings = tuple(kept)
        suppressed = len(result.findings) - len(
            [f for f in kept if f.rule not in {"TYP031", "COV005"}]
        )
        summary = result.summary + (f"; {suppressed} known from the baseline" if suppressed else "")
        updated.append(
            result.model_copy(
                update={
                    "findings": findings,
                    "status": _status(result, findings),
                    "summary": summary,
                }
            )
        )
    return updated, len(known - matched)
