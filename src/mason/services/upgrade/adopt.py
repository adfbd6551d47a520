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
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import tomlkit

from mason.adapters.answers_file import ANSWERS_FILE
from mason.adapters.copier_engine import render
from mason.adapters.file_listing import list_files
from mason.adapters.git import git
from mason.adapters.pyproject import PYPROJECT, load_pyproject
from mason.adapters.pyproject_editor import EditLog, edit_pyproject, minimal_pyproject
from mason.adapters.templates import bundled_template
from mason.adapters.tool_env import environment
from mason.checks.file_kinds import kind_of
from mason.checks.header_expectation import Expected
from mason.checks.headers import fix_header
from mason.checks.structure import STRAY_CONFIG
from mason.domain.adoption import Adoption
from mason.domain.answers import package_name_for, python_version_for, validate_answers
from mason.domain.audit_request import AuditRequest
from mason.domain.change_kind import ChangeKind
from mason.domain.check_result import CheckResult
from mason.domain.check_status import CheckStatus
from mason.domain.config import parse_mason_config
from mason.domain.errors import ToolError, UsageError
from mason.domain.file_change import FileChange
from mason.domain.layouts import (
    LAYOUT_NAMES,
    LAYOUTS,
    LayoutName,
    detect_layout,
    package_members,
)
from mason.domain.project import Project
from mason.domain.toml import TomlTable, table_at
from mason.services.audit.baseline import BASELINE_FILE, write_baseline
from mason.services.audit.context import AuditContext
from mason.services.audit.layers_unit import UNIT as LAYERS_UNIT
from mason.services.audit.runner import run_unit
from mason.services.upgrade.preconditions import git_root, require_clean

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
"""The template's files an adopted project gets when it lacks them (nothing else is copied)."""
_PYTHON = re.compile(r">=\s*3\.(\d+)")


@dataclass(slots=True)
class AdoptOutcome:
    """What adoption changed (or would change), and what it found and left alone."""

    adoption: Adoption
    changes: list[FileChange] = field(default_factory=list[FileChange])
    log: EditLog = field(default_factory=EditLog)
    violations: int = 0
    elsewhere: list[str] = field(default_factory=list[str])
    """Tool configuration files outside pyproject.toml (kept; the team moves them)."""


def _package(root: Path) -> str | None:
    for base in (root / "src", root):
        found = sorted(
            path.parent.name
            for path in base.glob("*/__init__.py")
            if path.parent.name not in {"tests", "test", "docs", "scripts"}
            and path.parent.name.isidentifier()
        )
        if found:
            return found[0]
    return None


def _layout(root: Path, package: str | None, requested: str | None) -> LayoutName:
    if requested is not None:
        for name in LAYOUT_NAMES:
            if name == requested:
                return name
        close = difflib.get_close_matches(requested, LAYOUT_NAMES, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        msg = f"--layout {requested}: there is no such layout"
        raise UsageError(msg, hint=f"{hint}layouts: {', '.join(LAYOUT_NAMES)}")
    if package is None:
        return "script" if (root / "scripts").is_dir() else "library"
    folder = (root / "src" / package) if (root / "src" / package).is_dir() else root / package
    return detect_layout({entry.name for entry in folder.iterdir()})


def _python(plain: TomlTable) -> str:
    match = _PYTHON.search(str(table_at(plain, "project").get("requires-python", "")))
    minor = int(match[1]) if match else sys.version_info.minor
    return python_version_for((3, minor))


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


def _violations(root: Path, plain: TomlTable, scratch: Path) -> CheckResult | None:
    """Run the layers check against the adopted configuration (written to a scratch copy)."""
    raw = table_at(plain, "tool", "mason")
    config = parse_mason_config(raw, root / PYPROJECT)
    pyproject = scratch / PYPROJECT
    pyproject.write_text(tomlkit.dumps(plain), encoding="utf-8")
    project = Project(root=root, pyproject_path=pyproject, pyproject=plain, config=config)
    files = list_files(root, config.exclude)
    context = AuditContext(
        project, files, environment(root), AuditRequest(path=root, use_cache=False)
    )
    outcome = run_unit(context, LAYERS_UNIT).outcome  # as the audit runs it: never raises
    if outcome.error:
        msg = f"import-linter cannot check the contracts adoption would keep: {outcome.error}"
        raise ToolError(
            msg,
            hint="fix [tool.importlinter] or choose another layout with --layout "
            "(see `mason layouts`); nothing was written",
        )
    if not outcome.findings:
        return None
    return CheckResult(
        name="layers",
        status=CheckStatus.FAIL,
        duration_s=0.0,
        summary=outcome.summary,
        findings=outcome.findings,
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
    before_pyproject = (
        pyproject_path.read_text(encoding="utf-8") if pyproject_path.is_file() else ""
    )
    plain: TomlTable = document.unwrap()
    package = _package(root)
    chosen = _layout(root, package, layout)
    files = list_files(root)
    name = table_at(plain, "project").get("name")
    adoption = Adoption(
        project_name=name if isinstance(name, str) and name else root.name,
        package=package,
        layout=chosen,
        python_version=_python(plain),
        detected=layout is None,
        contracts=(
            LAYOUTS[chosen].contracts(package, package_members(files, package)) if package else ()
        ),
    )
    outcome = AdoptOutcome(adoption)
    outcome.log = edit_pyproject(document, plain, adoption, tighten=tighten)
    outcome.elsewhere = [name for name in STRAY_CONFIG if (root / name).is_file()]
    edited_plain: TomlTable = document.unwrap()
    version = table_at(edited_plain, "project").get("version")
    project_version = version if isinstance(version, str) else None
    writes: dict[str, str] = {}
    new_pyproject = _headed(PYPROJECT, tomlkit.dumps(document), project_version)
    if new_pyproject != before_pyproject:
        writes[PYPROJECT] = new_pyproject
        kind = ChangeKind.UPDATED if before_pyproject else ChangeKind.CREATED
        outcome.changes.append(
            FileChange(PYPROJECT, kind, _diff(PYPROJECT, before_pyproject, new_pyproject))
        )
    rendered = _rendered(adoption, edited_plain, scratch)
    for standard in STANDARD_FILES:
        source = rendered / standard
        if source.is_file() and not (root / standard).exists():
            content = _headed(standard, source.read_text(encoding="utf-8"), project_version)
            writes[standard] = content
            outcome.changes.append(
                FileChange(standard, ChangeKind.CREATED, _diff(standard, "", content))
            )
    for existing in files:
        if existing in writes or kind_of(existing) is None:
            continue
        try:
            text = (root / existing).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        fixed = _headed(existing, text, project_version)
        if fixed != text:
            writes[existing] = fixed
            outcome.changes.append(
                FileChange(existing, ChangeKind.UPDATED, _diff(existing, text, fixed), "header")
            )
    if not (root / BASELINE_FILE).exists():
        layers = _violations(root, edited_plain, scratch)
        if layers is not None:
            outcome.violations = len(layers.findings)
            baseline = scratch / BASELINE_FILE
            write_baseline(baseline, [layers], lambda file, line: _line(root, file, line))
            writes[BASELINE_FILE] = baseline.read_text(encoding="utf-8")
            note = f"{outcome.violations} layer violation(s) accepted for now"
            outcome.changes.append(FileChange(BASELINE_FILE, ChangeKind.CREATED, "", note))
    return outcome, writes


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
                target = root / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                mode = target.stat().st_mode if target.exists() else None
                target.write_text(content, encoding="utf-8", newline="")
                rendered = Path(scratch) / "render" / relative
                if mode is not None:
                    target.chmod(mode)
                elif rendered.is_file():
                    shutil.copymode(rendered, target)
        except BaseException:
            git("reset", "--hard", "--quiet", cwd=root)
            git("clean", "-fd", "--quiet", cwd=root)
            raise
    return outcome
