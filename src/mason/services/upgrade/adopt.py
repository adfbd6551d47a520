# @file adopt.py
# @path src/mason/services/upgrade/adopt.py
# @version 0.1.0
"""Adopt a project mason did not make: add the standard, keep everything the team wrote.

pyproject.toml gains what it lacks (tomlkit, comments and values kept); the standard files it
lacks are rendered from the template and added (never over an existing file); every file gets
its header through the audit's own fixer; the layout's import contracts are added and today's
violations recorded in a baseline, so the gate passes on day one and no new violation lands;
the answers file is written so later runs are ordinary template updates. ``--pretend`` shows
all of it and writes nothing; a failure puts the (clean) repository back as it was.
"""

import difflib
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import tomlkit

from mason.adapters.copier_engine import render
from mason.adapters.file_listing import list_files
from mason.adapters.files import keep_newlines, read_exact, write_atomic
from mason.adapters.git import git
from mason.adapters.pyproject import PYPROJECT, load_pyproject
from mason.adapters.pyproject_editor import EditLog, edit_pyproject, minimal_pyproject
from mason.adapters.templates import bundled_template
from mason.checks.config_files import find_config_files
from mason.checks.dependencies import depends_on
from mason.checks.facts import derive_facts
from mason.checks.headers.expectation import Expected
from mason.checks.headers.file_kinds import kind_of
from mason.checks.headers.syntax import fix_header
from mason.checks.structure.judge import STRAY_CONFIG
from mason.checks.structure.required import ENV_EXAMPLE, SETTINGS_LIBRARIES
from mason.checks.toml_edit import edit_problems
from mason.domain.adoption import Adoption
from mason.domain.answers import package_name_for, python_version_for, validate_answers
from mason.domain.change_kind import ChangeKind
from mason.domain.check_result import CheckResult
from mason.domain.check_status import CheckStatus
from mason.domain.config import parse_mason_config
from mason.domain.errors import ToolError, UsageError
from mason.domain.file_change import FileChange
from mason.domain.layouts import LAYOUT_NAMES, LAYOUTS, LayoutName
from mason.domain.patterns import matches
from mason.domain.project_facts import ProjectFacts
from mason.domain.template_version import ANSWERS_FILE
from mason.domain.toml import TomlTable, table_at
from mason.services.audit.baseline import BASELINE_FILE, write_baseline
from mason.services.audit.run_check import Overrides, run_check
from mason.services.registry import registry
from mason.services.upgrade.preconditions import git_root, require_clean
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
MYPY_FLOOR = (3, 10)
"""The oldest Python mypy 2 checks code for."""
SHOWN = 5
"""How many problems of an unsafe edit the error names."""


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
    project = table_at(plain, "project")
    description = project.get("description")
    answers = {
        "project_name": adoption.project_name,
        "package_name": adoption.package or package_name_for(adoption.project_name),
        "layout": adoption.layout,
        "python_version": adoption.python_version,
        **({"description": description} if isinstance(description, str) and description else {}),
    }
    target = scratch / "render"
    render(bundled_template(), target, validate_answers(answers).as_data())
    return target


def _diff(path: str, before: str, after: str) -> str:
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
    planned = [*log.planned, *([("project",)] if not before else [])]
    problems = edit_problems(before, after, planned=planned, replaced=log.replaced)
    if problems:
        listed = "; ".join(problems[:SHOWN]) + (" ..." if len(problems) > SHOWN else "")
        msg = f"mason could not edit pyproject.toml safely: {listed}"
        raise ToolError(
            msg,
            hint="nothing was written; please report this file to mason's maintainers, and add "
            "the settings by hand meanwhile (docs/upgrade.md lists them)",
        )


def _header_changes(
    root: Path, files: list[str], skip: set[str], version: str | None
) -> list[tuple[FileChange, str]]:
    """Return the header each existing file gains, with its new content."""
    changes: list[tuple[FileChange, str]] = []
    for existing in files:
        if existing in skip or kind_of(existing) is None:
            continue
        try:
            text = read_exact(root / existing)
        except (OSError, UnicodeDecodeError):
            continue
        fixed = _headed(existing, text, version)
        if fixed != text:
            diff = _diff(existing, text, fixed)
            changes.append((FileChange(existing, ChangeKind.UPDATED, diff, "header"), fixed))
    return changes


def _adoption(root: Path, facts: ProjectFacts, files: list[str], layout: str | None) -> Adoption:
    """Return what adoption writes down about the project: name, package, layout, Pythons."""
    package = facts.package
    chosen = _layout(facts, files, layout)
    floor = facts.python_floor or (sys.version_info.major, sys.version_info.minor)
    unplaced = set(facts.layers) - LAYOUTS[chosen].layer_names()
    return Adoption(
        project_name=facts.name or root.name,
        package=package,
        layout=chosen,
        python_version=python_version_for(floor),
        python_floor=f"{floor[0]}.{floor[1]}",
        detected=layout is None,
        contracts=LAYOUTS[chosen].contracts(package, facts.layers, unplaced) if package else (),
    )


def plan_adoption(
    path: Path, *, layout: str | None, tighten: bool, scratch: Path
) -> tuple[AdoptOutcome, dict[str, str]]:
    """Return what adoption would do, and the new content of every file it writes."""
    root = git_root(path)
    require_clean(root)
    pyproject_path = root / PYPROJECT
    document = (
        load_pyproject(pyproject_path)
        if pyproject_path.is_file()
        else minimal_pyproject(
            root.name, python_version_for((sys.version_info.major, sys.version_info.minor))
        )
    )
    before_pyproject = read_exact(pyproject_path) if pyproject_path.is_file() else ""
    plain: TomlTable = document.unwrap()
    files = list_files(root)
    configured = parse_mason_config(
        table_at(plain, "tool", "mason"), pyproject_path, registry().settings
    )
    facts = derive_facts(root, plain, configured, files)
    adoption = _adoption(root, facts, files, layout)
    outcome = AdoptOutcome(adoption)
    elsewhere = find_config_files(files, lambda name: _text(root / name), plain).outside_pyproject()
    outcome.log = edit_pyproject(
        document, plain, adoption, tighten=tighten, elsewhere=set(elsewhere)
    )
    if facts.python_floor and facts.python_floor < MYPY_FLOOR:
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
    edited_plain: TomlTable = document.unwrap()
    project_version = facts.version
    writes: dict[str, str] = {}
    new_pyproject = keep_newlines(
        before_pyproject, _headed(PYPROJECT, tomlkit.dumps(document), project_version)
    )
    _refuse_unsafe(before_pyproject, new_pyproject, outcome.log)
    if new_pyproject != before_pyproject:
        writes[PYPROJECT] = new_pyproject
        kind = ChangeKind.UPDATED if before_pyproject else ChangeKind.CREATED
        outcome.changes.append(
            FileChange(PYPROJECT, kind, _diff(PYPROJECT, before_pyproject, new_pyproject))
        )
    tool_writes = edit_tool_files(root, elsewhere, adoption, outcome.log, tighten=tighten)
    outcome.edited_elsewhere = {
        tool: name for tool, name in elsewhere.items() if name in tool_writes
    }
    for name, after in tool_writes.items():
        writes[name] = _headed(name, after, project_version)
        before = _text(root / name) or ""
        outcome.changes.append(
            FileChange(name, ChangeKind.UPDATED, _diff(name, before, writes[name]))
        )
    rendered = _rendered(adoption, edited_plain, scratch)
    for template_path, standard in _standard_files(adoption, facts):
        source = rendered / template_path
        if source.is_file() and not (root / standard).exists():
            content = _headed(standard, source.read_text(encoding="utf-8"), project_version)
            writes[standard] = content
            outcome.changes.append(
                FileChange(standard, ChangeKind.CREATED, _diff(standard, "", content))
            )
    for change, fixed in _header_changes(root, files, set(writes), project_version):
        writes[change.path] = fixed
        outcome.changes.append(change)
    if not (root / BASELINE_FILE).exists():
        layers = _violations(root, edited_plain, files)
        if layers is not None:
            outcome.violations = len(layers.findings)
            baseline = scratch / BASELINE_FILE
            write_baseline(baseline, [layers], lambda file, line: _line(root, file, line))
            writes[BASELINE_FILE] = baseline.read_text(encoding="utf-8")
            note = f"{outcome.violations} layer violation(s) accepted for now"
            outcome.changes.append(FileChange(BASELINE_FILE, ChangeKind.CREATED, "", note))
    return outcome, writes


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


def adopt(path: Path, *, layout: str | None, pretend: bool, tighten: bool) -> AdoptOutcome:
    """Adopt the project at ``path`` (or, with ``pretend``, only say what that would do)."""
    with tempfile.TemporaryDirectory(prefix="mason-adopt-") as scratch:
        outcome, writes = plan_adoption(path, layout=layout, tighten=tighten, scratch=Path(scratch))
        if pretend or not writes:
            return outcome
        root = git_root(path)
        try:
            for relative, content in writes.items():
                rendered = Path(scratch) / "render" / relative
                mode = rendered.stat().st_mode if rendered.is_file() else None
                write_atomic(root / relative, content, mode=mode)
        except BaseException:
            git("reset", "--hard", "--quiet", cwd=root)
            git("clean", "-fd", "--quiet", cwd=root)
            raise
    return outcome
