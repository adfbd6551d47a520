# @file standard_table.py
# @path tools/standard_table.py
# @version 0.1.0
"""docs/standard.md: the standard's requirements, each with how mason holds it, from data.

The data is docs/standard.toml (one entry per requirement of the five seeds); the rule titles
come from the registry. ``python -m tools.generate`` writes the page; tests/unit/test_standard.py
checks the data against the registry both ways.
"""

import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TypeGuard

from mason.domain.registry import Registry

STATUSES = ("rule", "template", "deviation")
"""How a requirement is held: checked by a rule, put in place by the templates (and checked to
be there), or a deviation with its reason."""
SEEDS = {
    "000": "000: functional core, imperative shell",
    "001": "001: clean architecture + DDD",
    "002": "002: four layers",
    "003": "003: system design and FastAPI practice",
    "004": "004: Python development best practices",
}


@dataclass(frozen=True, slots=True)
class Requirement:
    """One requirement of a seed and how mason holds it."""

    id: str
    text: str
    seed: str
    section: str
    lines: str
    status: str
    rules: tuple[str, ...]
    templates: tuple[str, ...]
    layouts: tuple[str, ...]
    note: str


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Where seeds disagree, and which one mason follows."""

    topic: str
    seeds: tuple[str, ...]
    follow: str
    detail: str
    reason: str


def _is_list(value: object) -> TypeGuard[list[object]]:
    return isinstance(value, list)


def _strings(value: object) -> tuple[str, ...]:
    return tuple(str(item) for item in value) if _is_list(value) else ()


def load(path: Path) -> tuple[list[Requirement], list[Contradiction]]:
    """Read docs/standard.toml."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    requirements = [
        Requirement(
            id=str(item["id"]),
            text=str(item["text"]),
            seed=str(item["seed"]),
            section=str(item["section"]),
            lines=str(item.get("lines", "")),
            status=str(item["status"]),
            rules=_strings(item.get("rules")),
            templates=_strings(item.get("templates")),
            layouts=_strings(item.get("layouts")),
            note=str(item.get("note", "")),
        )
        for item in data.get("requirement", [])
    ]
    contradictions = [
        Contradiction(
            topic=str(item["topic"]),
            seeds=_strings(item.get("seeds")),
            follow=str(item["follow"]),
            detail=str(item.get("detail", "")),
            reason=str(item.get("reason", "")),
        )
        for item in data.get("contradiction", [])
    ]
    return requirements, contradictions


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _template_name(path: str) -> str:
    """Return a template file's name as a project gets it (``src/<package>/domain/atoms.py``)."""
    shown = path.removeprefix("templates/project/").removeprefix("templates/")
    for jinja, plain in (("{{ package_name }}", "<package>"), (".jinja", "")):
        shown = shown.replace(jinja, plain)
    while "{{" in shown and "}}/" in shown:
        start = shown.index("{{")
        shown = shown[:start] + shown[shown.index("}}/", start) + 3 :]
    return shown


def _how(requirement: Requirement, known: Registry) -> str:
    parts: list[str] = []
    for rule_id in requirement.rules:
        rule = known.rule(rule_id)
        native = rule is not None and rule.id in {item.id for item in known.rules}
        parts.append(f"[{rule_id}](rules.md#{rule_id.lower()})" if native else f"`{rule_id}`")
    if requirement.templates:
        names = sorted({_template_name(path) for path in requirement.templates})
        parts.append("template: " + ", ".join(f"`{name}`" for name in names))
    if requirement.status == "deviation":
        parts.append("**deviation**")
    how = "; ".join(parts)
    note = _cell(requirement.note)
    return f"{how}. {note}" if how and note else how or note


def _counted(counts: Counter[str]) -> str:
    held = [f"{counts[status]} held by a {status}" for status in STATUSES if counts[status]]
    other = [
        f"{count} {status}" for status, count in sorted(counts.items()) if status not in STATUSES
    ]
    return ", ".join([*held, *other])


def render(
    requirements: list[Requirement], contradictions: list[Contradiction], known: Registry
) -> str:
    """Return docs/standard.md."""
    counts = Counter(requirement.status for requirement in requirements)
    lines = [
        "<!--",
        "@file standard.md",
        "@path docs/standard.md",
        "@version 0.1.0",
        "@description Every requirement of the standard's five seeds, and how mason holds it.",
        "-->",
        "# The standard, traceable",
        "",
        "mason holds repositories to the standard written in the five seed documents (see",
        "[layouts.md](layouts.md) for what each seed gives a layout). Every requirement a",
        "scaffolder and an auditor can implement is listed here with how mason holds it: a",
        "**rule** `mason audit` checks (`mason explain RULE`), a **template** `mason new` puts in",
        "place (and a rule checks it stays), or a **deviation**: what mason does instead, and",
        "why. Generated from `docs/standard.toml` and the rule registry by",
        "`python -m tools.generate`; a test fails when a rule named here does not exist, or a",
        "rule exists that no requirement names.",
        "",
        f"{len(requirements)} requirements: {_counted(counts)}.",
    ]
    for seed, title in SEEDS.items():
        chosen = [requirement for requirement in requirements if requirement.seed == seed]
        if not chosen:
            continue
        lines += [
            "",
            f"## Seed {title}",
            "",
            "| id | requirement | where | how mason holds it |",
            "|---|---|---|---|",
        ]
        lines += [
            f"| {r.id} | {_cell(r.text)} | {_cell(r.section)} ({r.lines}) | {_how(r, known)} |"
            for r in chosen
        ]
    if contradictions:
        lines += [
            "",
            "## Where the seeds disagree",
            "",
            "| topic | seeds | mason follows | why |",
            "|---|---|---|---|",
        ]
        lines += [
            f"| {_cell(c.topic)} | {', '.join(c.seeds)} | {_cell(c.follow)} | "
            f"{_cell(c.detail)} {_cell(c.reason)} |"
            for c in contradictions
        ]
    return "\n".join(lines) + "\n"
