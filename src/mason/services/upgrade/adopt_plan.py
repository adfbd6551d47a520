# @file adopt_plan.py
# @path src/mason/services/upgrade/adopt_plan.py
# @version 0.1.0
"""What adoption would write, edit by edit, computed without touching the project.

pyproject.toml gains what it lacks (tomlkit, comments and values kept), tool files the tools
read first are extended, the standard files the project lacks are rendered from the template,
every file that is not data gets its header, and today's layer violations are baselined. Each
change is an ``Edit`` that can be left out (``skip``): the invariants (``verify.py``) leave
out the edits that broke the project on a staging copy, and the plan is made again without.
The project's name, version and Python floor come from its metadata, never from its folder.
"""

import difflib
import sys
from dataclasses import dataclass, field
from pathlib import Path

import tomlkit

from mason.adapters.copier_engine import render
from mason.adapters.file_listing import list_files
from mason.adapters.files import keep_newlines, read_exact
from mason.adapters.pyproject import PYPROJECT, load_pyproject
from mason.adapters.pyproject_editor import EditLog, edit_pyproject, spaced
from mason.adapters.templates import bundled_template
from mason.checks.config_files import find_config_files
from mason.checks.dependencies import depends_on
from mason.checks.facts import derive_facts, python_floor
from mason.checks.headers.expectation import Expected
from mason.checks.headers.file_kinds import kind_of
from mason.checks.headers.syntax import fix_header
from mason.checks.structure.judge import STRAY_CONFIG
from mason.checks.structure.required import ENV_EXAMPLE, SETTINGS_LIBRARIES
from mason.checks.test_data import data_files
from mason.checks.toml_edit import edit_problems
from mason.domain.adoption import Adoption
from mason.domain.answers import package_name_for, python_version_for, validate_answers
from mason.domain.change_kind import ChangeKind
from mason.domain.check_result import CheckResult
from mason.domain.check_status import CheckStatus
from mason.domain.config import parse_mason_config
from mason.domain.distribution import Distribution
from mason.domain.errors import ToolError, UsageError
from mason.domain.file_change import FileChange
from mason.domain.invariants import Edit
from mason.domain.layouts import LAYOUT_NAMES, LAYOUTS, LayoutName
from mason.domain.patterns import matches
from mason.domain.project_facts import ProjectFacts
from mason.domain.template_version import ANSWERS_FILE
from mason.domain.toml import TomlTable, table_at
from mason.domain.verification import Verification
from mason.services.audit.baseline import BASELINE_FILE, write_baseline
from mason.services.audit.run_check import Overrides, run_check
from mason.services.registry import registry
from mason.services.upgrade.preconditions import AdoptionScope
from mason.services.upgrade.tool_settings import edit_tool_files

STANDARD_FILES = (
    ".envrc",
    "setup.sh",
    ".pre-commit-config.yaml",
    ".gitignore",
    ".github/workflows/ci.yml",
    "docs/architecture.md",
    "docs/development.md",
    "m2m/README.md",
    ANSWERS_FILE,
)
"""The template's files an adopted project gets when it lacks them (nothing else is copied;
``.env.example`` names the template's own settings, so the team writes its own)."""
REPOSITORY_FILES = frozenset({".github/workflows/ci.yml", ".pre-commit-config.yaml"})
"""Files only the repository's root is read for (GitHub, pre-commit): a project below it does
not get them; they would be dead files, and the root is outside the project."""
MYPY_FLOOR = (3, 10)
"""The oldest Python mypy 2 checks code for."""
SHOWN = 5
"""How many problems of an unsafe edit the error names."""
STAND_IN_VERSION = "0.0.0+mason.staging"
"""The version a build gives a project whose version comes from git (see build_metadata)."""


@dataclass(slots=True)
class AdoptOutcome:
    """What adoption changed (or would change), and what it found and left alone."""

    adoption: Adoption
    changes: list[FileChange] = field(default_factory=list[FileChange])
    log: EditLog = field(default_factory=EditLog)
    violations: int = 0
    elsewhere: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    """Tool configuration files outside pyproject.toml that adoption left alone, and the table
    their settings belong in (kept; the team moves them)."""
    edited_elsewhere: dict[str, str] = field(default_factory=dict[str, str])
    """Tools that read their settings from another file, where adoption put the standard's
    settings (tool -> file)."""
    edits: dict[Edit, str] = field(default_factory=dict[Edit, str])
    """Every edit the plan makes, with the file it writes."""
    data: int = 0
    """How many files are data (fixtures, golden files, package data): never edited."""
    repository_files: list[str] = field(default_factory=list[str])
    """Standard files left out because only the repository's root is read for them."""
    project: Path | None = None
    """The project adopted (the nearest one at or above the path given)."""
    verification: Verification = field(default_factory=Verification)
    """What the invariants' checks on staging copies found, and the edits they left out."""


def _layout(facts: ProjectFacts, files: list[str], requested: str | None) -> LayoutName:
    if requested is not None:
        for name in LAYOUT_NAMES:
            if name == requested:
                return name
        close = difflib.get_close_matches(requested, LAYOUT_NAMES, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        msg = f"--layout {requested}: there is no such layout"
        raise UsageError(msg, hint=f"{hint}layouts: {', '.join(LAYOUT_NAMES)}")
    if facts.package is None:
        return "script" if any(path.startswith("scripts/") for path in files) else "library"
    return facts.detected_layout


def _rendered(adoption: Adoption, plain: TomlTable, scratch: Path) -> Path:
    target = scratch / "render"
    if target.is_dir():
        return target
    project = table_at(plain, "project")
    description = project.get("description")
    answers = {
        "project_name": adoption.project_name,
        "package_name": adoption.package or package_name_for(adoption.project_name),
        "layout": adoption.layout,
        "python_version": adoption.python_version,
        **({"description": description} if isinstance(description, str) and description else {}),
    }
    render(bundled_template(), target, validate_answers(answers).as_data())
    return target


def diff(path: str, before: str, after: str) -> str:
    """Return the unified diff of one file's change."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        f"a/{path}",
        f"b/{path}",
        n=2,
    )
    return "".join(lines)


def _headed(path: str, text: str, version: str | None) -> str:
    kind = kind_of(path)
    if kind is None:
        return text
    return fix_header(text, kind, Expected(path=path, version=version)) or text


def _violations(root: Path, plain: TomlTable, files: list[str]) -> CheckResult | None:
    """Run the layers check against the configuration adoption is about to write."""
    config = parse_mason_config(
        table_at(plain, "tool", "mason"), root / PYPROJECT, registry().settings
    )
    facts = derive_facts(root, plain, config, files)
    result = run_check(facts, "layers", Overrides(pyproject=plain))
    if result.status is CheckStatus.ERROR:
        msg = f"import-linter cannot check the contracts adoption would keep: {result.details}"
        raise ToolError(
            msg,
            hint="fix [tool.importlinter] or choose another layout with --layout "
            "(see `mason layouts`); nothing was written",
        )
    return result if result.findings else None


def _text(path: Path) -> str | None:
    try:
        return read_exact(path)
    except (OSError, UnicodeDecodeError):
        return None


def _refuse_unsafe(before: str, after: str, log: EditLog) -> None:
    """Refuse an edit of pyproject.toml that is not valid TOML, loses a key or adds unplanned ones.

    Raises:
        ToolError: naming each problem; nothing has been written yet.

    """
    problems = edit_problems(before, after, planned=log.planned, replaced=log.replaced)
    if problems:
        listed = "; ".join(problems[:SHOWN]) + (" ..." if len(problems) > SHOWN else "")
        msg = f"mason could not edit pyproject.toml safely: {listed}"
        raise ToolError(
            msg,
            hint="nothing was written; please report this file to mason's maintainers, and add "
            "the settings by hand meanwhile (docs/upgrade.md lists them)",
        )


def _adoption(
    root: Path,
    facts: ProjectFacts,
    metadata: Distribution | None,
    files: list[str],
    layout: str | None,
) -> Adoption:
    """Return what adoption writes down about the project: name, package, layout, Pythons.

    The name and the Python floor are the project's metadata's (pyproject.toml's, else what
    its build backend says); only the template's answers fall back to the folder's name.
    """
    package = facts.package
    chosen = _layout(facts, files, layout)
    floor = facts.python_floor or python_floor(metadata.requires_python if metadata else None)
    current = (sys.version_info.major, sys.version_info.minor)
    unplaced = set(facts.layers) - LAYOUTS[chosen].layer_names()
    return Adoption(
        project_name=facts.name or (metadata.name if metadata else None) or root.name,
        package=package,
        layout=chosen,
        python_version=python_version_for(floor or current),
        python_floor=f"{floor[0]}.{floor[1]}" if floor else None,
        detected=layout is None,
        contracts=LAYOUTS[chosen].contracts(package, facts.layers, unplaced) if package else (),
    )


def _version(facts: ProjectFacts, metadata: Distribution | None) -> str | None:
    """Return the version headers carry: pyproject's, else the backend's (never a stand-in)."""
    if facts.version:
        return facts.version
    if metadata is None or not metadata.version or metadata.version == STAND_IN_VERSION:
        return None
    return metadata.version


def _data(root: Path, files: list[str], facts: ProjectFacts) -> set[str]:
    sources = {
        path: text
        for path in files
        if path.endswith(".py") and (text := _text(root / path)) is not None
    }
    return data_files(files, facts.package, facts.source_root, sources)


@dataclass(frozen=True, slots=True)
class PlanRequest:
    """What to plan: where, how, and which edits to leave out."""

    scope: AdoptionScope
    layout: str | None
    tighten: bool
    scratch: Path
    metadata: Distribution | None = None
    """The project's metadata as its build backend gives it (``None``: it has none)."""
    skip: frozenset[str] = frozenset()
    """The ids of the edits to leave out."""


class _Plan:
    """The writes of one plan, each recorded as an edit (or left out, when skipped)."""

    def __init__(self, root: Path, skip: frozenset[str], outcome: AdoptOutcome) -> None:
        self.root = root
        self.skip = skip
        self.outcome = outcome
        self.writes: dict[str, str] = {}

    def add(self, edit: Edit, content: str, change: FileChange) -> None:
        if edit.id in self.skip:
            return
        self.outcome.edits[edit] = edit.path
        self.writes[edit.path] = content
        self.outcome.changes.append(change)


def _setting_edits(log: EditLog, name: str) -> list[Edit]:
    return [
        Edit(f"{name}: {'.'.join(path)}", name, "setting") for path in (*log.planned, *log.replaced)
    ]


def _settings(
    request: PlanRequest, plan: _Plan, plain: TomlTable, facts: ProjectFacts, files: list[str]
) -> TomlTable:
    """Plan pyproject.toml and the tool files; return the pyproject as adoption leaves it."""
    root = plan.root
    outcome = plan.outcome
    pyproject_path = root / PYPROJECT
    document = load_pyproject(pyproject_path) if pyproject_path.is_file() else tomlkit.document()
    before = read_exact(pyproject_path) if pyproject_path.is_file() else ""
    prefix = f"{PYPROJECT}: "
    skipped = [
        tuple(edit.removeprefix(prefix).split(".")) for edit in plan.skip if edit.startswith(prefix)
    ]
    elsewhere = find_config_files(files, lambda name: _text(root / name), plain).outside_pyproject()
    adoption = outcome.adoption
    outcome.log = edit_pyproject(
        document, adoption, tighten=request.tighten, elsewhere=set(elsewhere), skip=skipped
    )
    if adoption.python_floor and facts.python_floor and facts.python_floor < MYPY_FLOOR:
        outcome.log.weaker.append(
            f"the project supports Python {adoption.python_floor}, which mypy 2 no longer "
            f"checks (it checks {MYPY_FLOOR[0]}.{MYPY_FLOOR[1]} and later): keep a mypy 1.x in "
            "the project's dev dependencies, or raise requires-python"
        )
    if depends_on(plain, SETTINGS_LIBRARIES) and not any(
        matches(name, ENV_EXAMPLE.accepted) for name in files
    ):
        outcome.log.weaker.append(
            "no .env.example, though the project reads settings: list them there, without "
            "secrets (the template's names its own settings, so adoption writes none; STR009)"
        )
    outcome.elsewhere = [
        (name, table)
        for name, table in STRAY_CONFIG.items()
        if (root / name).is_file() and name not in elsewhere.values()
    ]
    version = _version(facts, request.metadata)
    after = keep_newlines(before, spaced(before, tomlkit.dumps(document)))
    _refuse_unsafe(before, after, outcome.log)
    if after != before:
        headed = keep_newlines(before, _headed(PYPROJECT, after, version))
        kind = ChangeKind.UPDATED if before else ChangeKind.CREATED
        for edit in _setting_edits(outcome.log, PYPROJECT):
            outcome.edits[edit] = PYPROJECT
        plan.writes[PYPROJECT] = headed
        outcome.changes.append(FileChange(PYPROJECT, kind, diff(PYPROJECT, before, headed)))
    tool_writes = edit_tool_files(root, elsewhere, adoption, outcome.log, tighten=request.tighten)
    for name, text in tool_writes.items():
        original = _text(root / name) or ""
        content = _headed(name, text, version)
        change = FileChange(name, ChangeKind.UPDATED, diff(name, original, content))
        plan.add(Edit(name, name, "setting"), content, change)
    outcome.edited_elsewhere = {
        tool: name for tool, name in elsewhere.items() if name in plan.writes
    }
    edited: TomlTable = document.unwrap()
    return edited


def plan_adoption(request: PlanRequest) -> tuple[AdoptOutcome, dict[str, str]]:
    """Return what adoption would do, and the new content of every file it writes."""
    root = request.scope.project
    pyproject_path = root / PYPROJECT
    plain: TomlTable = load_pyproject(pyproject_path).unwrap() if pyproject_path.is_file() else {}
    files = list_files(root)
    configured = parse_mason_config(
        table_at(plain, "tool", "mason"), pyproject_path, registry().settings
    )
    facts = derive_facts(root, plain, configured, files)
    outcome = AdoptOutcome(_adoption(root, facts, request.metadata, files, request.layout))
    outcome.project = root
    plan = _Plan(root, request.skip, outcome)
    edited_plain = _settings(request, plan, plain, facts, files)
    version = _version(facts, request.metadata)
    rendered = _rendered(outcome.adoption, edited_plain, request.scratch)
    for template_path, standard in _standard_files(outcome.adoption, facts):
        source = rendered / template_path
        if not source.is_file() or (root / standard).exists() or standard in plan.writes:
            continue
        if standard in REPOSITORY_FILES and not request.scope.at_repository_root:
            outcome.repository_files.append(standard)
            continue
        content = _headed(standard, source.read_text(encoding="utf-8"), version)
        change = FileChange(standard, ChangeKind.CREATED, diff(standard, "", content))
        plan.add(Edit(standard, standard, "file"), content, change)
    data = _data(root, files, facts)
    outcome.data = len(data)
    for existing in files:
        if existing in plan.writes or existing in data or kind_of(existing) is None:
            continue
        text = _text(root / existing)
        if text is None:
            continue
        fixed = _headed(existing, text, version)
        if fixed != text:
            change = FileChange(existing, ChangeKind.UPDATED, diff(existing, text, fixed), "header")
            plan.add(Edit(f"header of {existing}", existing, "header"), fixed, change)
    if not (root / BASELINE_FILE).exists():
        layers = _violations(root, edited_plain, files)
        if layers is not None:
            outcome.violations = len(layers.findings)
            baseline = request.scratch / BASELINE_FILE
            write_baseline(baseline, [layers], lambda file, line: _line(root, file, line))
            note = f"{outcome.violations} layer violation(s) accepted for now"
            change = FileChange(BASELINE_FILE, ChangeKind.CREATED, "", note)
            content = baseline.read_text(encoding="utf-8")
            plan.add(Edit(BASELINE_FILE, BASELINE_FILE, "file"), content, change)
    return outcome, plan.writes


def _standard_files(adoption: Adoption, facts: ProjectFacts) -> list[tuple[str, str]]:
    """Return (where the template renders it, where the project gets it) for each standard file.

    A library also gets ``py.typed`` (PEP 561) in its package, wherever the package lives.
    """
    pairs = [(name, name) for name in STANDARD_FILES]
    if adoption.layout == "library" and facts.package_path is not None:
        rendered_package = adoption.package or package_name_for(adoption.project_name)
        pairs.append((f"src/{rendered_package}/py.typed", f"{facts.package_path}/py.typed"))
    return pairs


def _line(root: Path, path: str, line: int) -> str:
    try:
        rows = (root / path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return ""
    return rows[line - 1] if 0 < line <= len(rows) else ""
