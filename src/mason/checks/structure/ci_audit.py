# @file ci_audit.py
# @path src/mason/checks/structure/ci_audit.py
# @version 0.1.0
"""Does CI audit the dependencies for known vulnerabilities? Read from the CI files alone.

The commands a pipeline runs are the strings under its command keys (GitHub's ``run``,
GitLab's ``script``, CircleCI's ``command``, ...), the actions it uses are the strings under
``uses``, and GitLab's security templates come in through ``include``. A command that runs a
task runner (nox, tox, make, just, pre-commit, hatch, poe, pdm, task, invoke) or a shell script
of the repository hands the question on to that runner's file or that script.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass

from mason.checks.structure.yaml_doc import load_yaml, strings_under
from mason.domain.toml import TomlTable, TomlValue

AUDIT_COMMAND = re.compile(
    r"(?<![\w./-])(?:pip[-_]audit|osv-scanner|uv\s+(?:pip\s+)?audit|safety\s+(?:check|scan)"
    r"|trivy(?:\s+--?\S+)*\s+(?:fs|filesystem|repo|repository|rootfs|image)|snyk\s+test|grype)"
    r"(?![\w-])"
)
"""Programs (and subcommands) that look the dependencies up in a vulnerability database."""
AUDIT_ACTIONS = (
    "pypa/gh-action-pip-audit",
    "aquasecurity/trivy-action",
    "google/osv-scanner-action",
    "actions/dependency-review-action",
    "snyk/actions/",
    "anchore/scan-action",
    "pyupio/safety-action",
)
"""GitHub actions (and reusable workflows) that do the same."""
AUDIT_TEMPLATE = re.compile(r"dependency[-_ ]scanning", re.IGNORECASE)
"""GitLab's Dependency-Scanning template and component."""
_COMMAND_KEYS = frozenset(
    {
        "run",
        "script",
        "before_script",
        "after_script",
        "command",
        "commands",
        "bash",
        "pwsh",
        "powershell",
        "sh",
        "cmd",
    }
)
_REFERENCE_KEYS = frozenset({"uses", "include", "template", "component", "orbs"})
_RUNNER = re.compile(
    r"(?<![\w./-])(nox|tox|make|just|pre-commit|prek|hatch|poe|pdm|task|invoke|inv)(?![\w-])"
)
RUNNER_FILES: Mapping[str, tuple[str, ...]] = {
    "nox": ("noxfile.py",),
    "tox": ("tox.ini",),
    "make": ("Makefile", "makefile", "GNUmakefile"),
    "just": ("justfile", "Justfile", ".justfile"),
    "pre-commit": (".pre-commit-config.yaml",),
    "prek": (".pre-commit-config.yaml",),
    "task": ("Taskfile.yml", "Taskfile.yaml"),
    "invoke": ("tasks.py",),
    "inv": ("tasks.py",),
    "hatch": ("hatch.toml",),
}
"""Where each task runner reads its tasks, besides its table of pyproject.toml."""
RUNNER_TABLES: Mapping[str, str] = {
    "tox": "tool.tox",
    "hatch": "tool.hatch",
    "poe": "tool.poe",
    "pdm": "tool.pdm",
}
"""The pyproject.toml table each task runner reads its tasks from."""
_SCRIPT = re.compile(r"[\w./-]+\.(?:sh|bash)\b")
_COMMENT = re.compile(r"^\s*(#|//).*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Pipeline:
    """What the CI files run: their commands and the actions and templates they use."""

    commands: tuple[str, ...]
    references: tuple[str, ...]


def read_pipeline(texts: Mapping[str, str]) -> Pipeline:
    """Return the commands and references of the CI files ``texts`` (path -> text)."""
    commands: list[str] = []
    references: list[str] = []
    for path, text in texts.items():
        if not path.endswith((".yml", ".yaml")):
            commands.append(_COMMENT.sub("", text))  # a Jenkinsfile: Groovy, read as text
            continue
        document = load_yaml(text)
        if isinstance(document, Exception):
            continue
        commands.extend(text for _, text in strings_under(document, _COMMAND_KEYS))
        references.extend(text for _, text in strings_under(document, _REFERENCE_KEYS))
    return Pipeline(tuple(commands), tuple(references))


def _table_strings(value: TomlValue) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _table_strings(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _table_strings(item)]
    return []


def handed_on(pipeline: Pipeline, files: Mapping[str, str], pyproject: TomlTable) -> list[str]:
    """Return the texts the pipeline's commands hand on to: runners' files, named scripts.

    ``files`` holds the text of each runner file and shell script that exists (path -> text);
    ``pyproject`` the runners' tables.
    """
    texts: list[str] = []
    for command in pipeline.commands:
        for runner in {match[1] for match in _RUNNER.finditer(command)}:
            texts.extend(files[name] for name in RUNNER_FILES.get(runner, ()) if name in files)
            if runner in RUNNER_TABLES:
                tool, _, name = RUNNER_TABLES[runner].partition(".")
                table = pyproject.get(tool)
                if isinstance(table, dict) and name in table:
                    texts.extend(_table_strings(table[name]))
        for script in _SCRIPT.findall(command):
            named = script.removeprefix("./")
            if named in files:
                texts.append(_COMMENT.sub("", files[named]))
    return texts


def runs_an_audit(pipeline: Pipeline, handed: list[str]) -> bool:
    """Return whether the pipeline, or a runner or script it calls, audits the dependencies."""
    if any(AUDIT_COMMAND.search(text) for text in (*pipeline.commands, *handed)):
        return True
    return any(
        reference.lower().startswith(AUDIT_ACTIONS) or AUDIT_TEMPLATE.search(reference)
        for reference in pipeline.references
    )
