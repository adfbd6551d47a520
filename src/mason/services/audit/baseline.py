# @file baseline.py
# @path src/mason/services/audit/baseline.py
# @version 0.1.0
"""Hold the line: accept known findings, fail only on new ones, and never let metrics slide.

A finding's fingerprint hashes its rule, file, message and the text of its source line (not
the line number), plus its rank among identical ones, so inserting lines above it does not make
an old finding look new. Findings without a line (``total coverage 68.2% is below the gate``)
are fingerprinted with their numbers masked, so the number moving is not a new finding; the
metric ratchets judge the numbers instead: escape hatches may not grow, coverage may not fall.
The same comparison serves a baseline file and the merge-base of ``--changed-since``.
"""

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from mason import __version__
from mason.adapters.files import write_atomic
from mason.checks.builtin import BUILTIN_CHECKS
from mason.checks.coverage.rules import COV005
from mason.checks.typing.rules import TYP031
from mason.domain.baseline_entry import BaselineEntry
from mason.domain.baseline_file import FORMAT_VERSION, BaselineFile
from mason.domain.check_result import CheckResult
from mason.domain.errors import ConfigError, MasonError
from mason.domain.finding import Finding
from mason.domain.registry import Registry
from mason.domain.rule import Rule
from mason.services.registry import registry

BASELINE_FILE = ".mason-baseline.json"
LEGACY_FORMAT = 1
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_COVERAGE_TOLERANCE = 0.005

type SourceLine = Callable[[str, int], str]


@dataclass(frozen=True, slots=True)
class Ratchet:
    """A metric that may move one way only, and the rule that reports it moving back."""

    rule: Rule
    grows: bool
    """True: the metric may not grow (escape hatches); False: it may not fall (coverage)."""
    message: str

    def broken(self, old: float, new: float) -> bool:
        """Return whether ``new`` moved the wrong way from ``old``."""
        return new > old if self.grows else new < old - _COVERAGE_TOLERANCE


RATCHETS: Mapping[str, Ratchet] = {
    "escape_hatches": Ratchet(
        TYP031, grows=True, message="escape hatches grew from {old:g} to {new:g}"
    ),
    "coverage": Ratchet(COV005, grows=False, message="coverage fell from {old:.2f}% to {new:.2f}%"),
}


@cache
def _whole_file_rules() -> frozenset[str]:
    """Return the ids of the rules whose findings are about a whole file (``Rule.scope``)."""
    try:
        known = registry()
    except MasonError:
        known = Registry(BUILTIN_CHECKS)  # a broken plugin: the audit has said so already
    return frozenset(rule.id for rule in known.rules if rule.scope == "file")


def fingerprints(
    findings: Sequence[Finding],
    source_line: SourceLine,
    *,
    legacy: bool = False,
    anchored: bool = False,
) -> list[str]:
    """Return one fingerprint per finding, stable under line shifts.

    A finding about a whole file (a missing header) does not hash the text of the line it
    points at: inserting a line there leaves it the same finding. ``anchored`` hashes that text
    anyway, as mason did before, so baselines written then still match.
    """
    seen: Counter[str] = Counter()
    prints: list[str] = []
    whole = frozenset[str]() if legacy or anchored else _whole_file_rules()
    for finding in findings:
        path, line = finding.path, finding.line
        text = source_line(path, line) if path and line and finding.rule not in whole else ""
        message = finding.message
        if finding.line is None and not legacy:
            message = _NUMBER.sub("#", message)
        base = "\0".join((finding.rule, finding.path or "", message, text.strip()))
        seen[base] += 1
        prints.append(hashlib.sha256(f"{base}\0{seen[base]}".encode()).hexdigest()[:20])
    return prints


def with_fingerprints(result: CheckResult, source_line: SourceLine) -> CheckResult:
    """Return ``result`` with every finding (new and existing) carrying its fingerprint."""
    every = (*result.findings, *result.existing)
    stamped = [
        finding.model_copy(update={"fingerprint": fingerprint})
        for finding, fingerprint in zip(every, fingerprints(every, source_line), strict=True)
    ]
    count = len(result.findings)
    return result.model_copy(
        update={"findings": tuple(stamped[:count]), "existing": tuple(stamped[count:])}
    )


def write_baseline(path: Path, results: Sequence[CheckResult], source_line: SourceLine) -> int:
    """Write every current finding and metric to ``path``; return how many findings.

    Raises:
        ConfigError: the file cannot be written.

    """
    entries: list[BaselineEntry] = []
    metrics: dict[str, float] = {}
    for result in results:
        findings = (*result.findings, *result.existing)
        entries.extend(
            BaselineEntry(
                fingerprint=fingerprint,
                check=result.name,
                rule=finding.rule,
                path=finding.path,
                message=finding.message,
            )
            for finding, fingerprint in zip(
                findings, fingerprints(findings, source_line), strict=True
            )
        )
        metrics.update({key: value for key, value in result.metrics.items() if key in RATCHETS})
    document = BaselineFile(mason_version=__version__, findings=tuple(entries), metrics=metrics)
    try:
        write_atomic(path, document.model_dump_json(indent=2) + "\n")
    except OSError as error:
        msg = f"cannot write the baseline {path}: {error.strerror}"
        raise ConfigError(msg, hint="choose a writable --baseline path") from None
    return len(entries)


def load_baseline(path: Path) -> BaselineFile:
    """Read the baseline at ``path``.

    Raises:
        ConfigError: the baseline file is missing, unreadable or of an unknown format.

    """
    try:
        baseline = BaselineFile.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        msg = f"no baseline at {path}"
        raise ConfigError(msg, hint="write one with `mason audit --write-baseline`") from None
    except (OSError, ValidationError) as error:
        reason = error.strerror if isinstance(error, OSError) else f"{error.error_count()} problems"
        msg = f"{path} is not a readable mason baseline ({reason})"
        raise ConfigError(msg, hint="rewrite it with `mason audit --write-baseline`") from None
    if baseline.version not in {FORMAT_VERSION, LEGACY_FORMAT}:
        msg = f"{path} has baseline format {baseline.version}; this mason reads {FORMAT_VERSION}"
        raise ConfigError(msg, hint="rewrite it with `mason audit --write-baseline`")
    return baseline


def hold(
    result: CheckResult,
    known: Collection[str],
    source_line: SourceLine,
    *,
    legacy: bool = False,
) -> tuple[CheckResult, set[str]]:
    """Move the findings ``known`` already has into ``existing``; return the matched prints."""
    matched: set[str] = set()
    new: list[Finding] = []
    existing = list(result.existing)
    current = fingerprints(result.findings, source_line)
    older = fingerprints(result.findings, source_line, legacy=legacy, anchored=True)
    for finding, fingerprint, old_print in zip(result.findings, current, older, strict=True):
        hit = fingerprint if fingerprint in known else old_print if old_print in known else None
        if hit is None:
            new.append(finding)
        else:
            matched.add(hit)
            existing.append(finding)
    update = {"findings": tuple(new), "existing": tuple(existing)}
    return result.model_copy(update=update), matched


def ratchet(result: CheckResult, old: Mapping[str, float], since: str) -> CheckResult:
    """Add a finding for every metric of ``result`` that moved the wrong way since ``old``."""
    added: list[Finding] = []
    for metric, rule in RATCHETS.items():
        new_value, old_value = result.metrics.get(metric), old.get(metric)
        if rule.rule.check != result.name or new_value is None or old_value is None:
            continue
        if rule.broken(old_value, new_value):
            message = rule.message.format(old=old_value, new=new_value)
            added.append(rule.rule.finding(f"{message} since {since}"))
    if not added:
        return result
    return result.model_copy(update={"findings": (*result.findings, *added)})


def apply_baseline(
    path: Path, results: Sequence[CheckResult], source_line: SourceLine
) -> tuple[list[CheckResult], int]:
    """Hold ``results`` against the baseline at ``path``; return them and the resolved count.

    Raises:
        ConfigError: the baseline file is missing or unreadable.

    """
    baseline = load_baseline(path)
    known = {entry.fingerprint for entry in baseline.findings}
    legacy = baseline.version == LEGACY_FORMAT
    matched: set[str] = set()
    held: list[CheckResult] = []
    for result in results:
        updated, hits = hold(result, known, source_line, legacy=legacy)
        matched |= hits
        held.append(ratchet(updated, baseline.metrics, "the baseline"))
    return held, len(known - matched)


def accept_all(results: Sequence[CheckResult]) -> list[CheckResult]:
    """Return ``results`` with every finding accepted (just written to a new baseline)."""
    return [
        result.model_copy(update={"findings": (), "existing": (*result.existing, *result.findings)})
        for result in results
    ]
