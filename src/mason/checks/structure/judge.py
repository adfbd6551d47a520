# @file judge.py
# @path src/mason/checks/structure/judge.py
# @version 0.1.0
"""Structure rules: src/ layout, one configuration file, the lock, the files every project has."""

import configparser
from collections.abc import Collection, Mapping

from mason.checks.facts import NOT_PACKAGES
from mason.checks.structure.rules import STR001, STR002, STR003, STR005, STR006, STR007
from mason.domain.finding import Finding
from mason.domain.ruff_rules import STANDARD_RULES, missing_standard_rules
from mason.domain.toml import TomlTable

STRAY_CONFIG: dict[str, str] = {
    "mypy.ini": "[tool.mypy]",
    ".mypy.ini": "[tool.mypy]",
    ".coveragerc": "[tool.coverage]",
    "pytest.ini": "[tool.pytest.ini_options]",
    ".flake8": "[tool.ruff] (ruff replaces flake8)",
    "ruff.toml": "[tool.ruff]",
    ".ruff.toml": "[tool.ruff]",
    "pyrightconfig.json": "[tool.pyright]",
    ".isort.cfg": "[tool.ruff.lint.isort]",
    ".pylintrc": "[tool.ruff] (ruff implements most pylint rules)",
    ".importlinter": "[tool.importlinter]",
}
"""Files that configure a tool outside pyproject.toml, and the table the settings belong in."""

_SHARED_FILE_SECTIONS = (
    "mypy",
    "flake8",
    "tool:pytest",
    "pytest",
    "coverage:",
    "isort",
    "pydocstyle",
    "pycodestyle",
    "importlinter",
)
_REQUIRED: dict[str, tuple[str, ...]] = {
    "README": ("README.md", "README.rst", "README.txt", "README"),
    "LICENSE": ("LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "COPYING"),
    ".gitignore": (".gitignore",),
    ".pre-commit-config.yaml": (".pre-commit-config.yaml",),
}


def _tool_sections(name: str, text: str) -> list[str]:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=name)
    except configparser.Error:
        return []
    return [section for section in parser.sections() if section.startswith(_SHARED_FILE_SECTIONS)]


def _layout_findings(files: Collection[str]) -> list[Finding]:
    """Return STR001 when a package sits at the top instead of under src/."""
    top_level = {path.split("/", 1)[0] for path in files}
    flat = sorted(
        path.split("/", 1)[0]
        for path in files
        if path.count("/") == 1
        and path.endswith("/__init__.py")
        and path.split("/", 1)[0] not in NOT_PACKAGES
    )
    if "src" in top_level or not flat:
        return []
    return [STR001.finding(f"package {flat[0]} is not under src/", path=f"{flat[0]}/__init__.py")]


def _missing_files(files: Collection[str], *, workspace_member: bool) -> list[Finding]:
    """Return a finding for each file every project has and this one lacks."""
    findings: list[Finding] = []
    if "pyproject.toml" not in files:
        findings.append(STR007.finding("no pyproject.toml: the project declares itself elsewhere"))
    if "uv.lock" not in files and not workspace_member:  # a member's lock is its workspace's
        findings.append(STR003.finding("no uv.lock: dependencies are not pinned"))
    for what, names in _REQUIRED.items():
        if not any(name in files for name in names):
            findings.append(STR005.finding(f"no {what}"))
    top_level = {path.split("/", 1)[0] for path in files}
    if "tests" not in top_level and "test" not in top_level:
        findings.append(STR005.finding("no tests/ directory"))
    return findings


def check_structure(  # noqa: PLR0913 - each is one fact about the tree, named at the call
    files: Collection[str],
    pyproject: TomlTable,
    *,
    src_layout: bool,
    shared_configs: Mapping[str, str],
    ruff_file: str = "pyproject.toml",
    workspace_member: bool = False,
) -> list[Finding]:
    """Return the structure findings for a project whose files are ``files`` (POSIX, relative).

    ``shared_configs`` holds the text of ``setup.cfg`` and ``tox.ini`` when they exist, because
    only their tool sections (not the files themselves) are out of place. ``pyproject`` holds
    ruff's settings as ``[tool.ruff]`` wherever ruff reads them; ``ruff_file`` says from where.
    A uv workspace member (``workspace_member``) has its lock at the workspace root.
    """
    findings = _layout_findings(files) if src_layout else []
    for name, target in STRAY_CONFIG.items():
        if name in files:
            message = f"{name} configures a tool; move it to {target}"
            findings.append(STR002.finding(message, path=name))
    for name, text in sorted(shared_configs.items()):
        findings.extend(
            STR002.finding(f"[{section}] in {name} belongs in pyproject.toml", path=name)
            for section in _tool_sections(name, text)
        )
    findings += _missing_files(files, workspace_member=workspace_member)
    findings.extend(
        STR006.finding(f"ruff rule {code} is off: {STANDARD_RULES[code]}", path=ruff_file)
        for code in missing_standard_rules(pyproject)
    )
    return findings
