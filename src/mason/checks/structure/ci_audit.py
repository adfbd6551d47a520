# @file ci_audit.py
# @path src/mason/checks/structure/ci_audit.py
# @version 0.1.0
"""Does CI audit the dependencies for known vulnerabilities? Read from the CI files alone.

The commands a pipeline runs are the strings under its command keys (GitHub's ``run``,
GitLab's ``script``, CircleCI's ``command``, ...), the actions it uses are the strings under
``uses``, and GitLab's security templates come in through ``include``. A command that runs a
task runner or a shell script of the repository hands the question on to that runner's file or
that script (``task_runners``).
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass

from mason.checks.structure.task_runners import COMMENT_LINE
from mason.checks.structure.yaml_doc import load_yaml, strings_under

AUDIT_COMMAND = re.compile(
    r"(?<![\w./-])(?:pip[-_]audit|osv-scanner|uv\s+(?:pip\s+)?audit|safety\s+(?:check|scan)"
    r"|trivy(?:\s+--?\S+)*\s+(?:fs|filesystem|repo|repository|rootfs|image)|snyk\s+test|grype)"
    r"(?![\w-])"
)
"""Programs (and subcommands) that look the dependencies up in a vulnerability database."""
AUDIT_REFERENCE = re.compile(
    r"pip[-_]audit|osv-scanner|trivy|grype|snyk|safety|dependency[-_ ](?:review|scanning)"
    r"|vulnerabilit",
    re.IGNORECASE,
)
"""An action, reusable workflow, template or component that names such a scan: GitHub's
dependency-review-action, pypa/gh-action-pip-audit, aquasecurity/trivy-action,
google/osv-scanner-action, a reusable ``.../reusable-dependency-review.yml`` (sigstore's),
GitLab's Dependency-Scanning template. Their steps live elsewhere; their names say it."""
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
            commands.append(COMMENT_LINE.sub("", text))  # a Jenkinsfile: Groovy, read as text
            continue
        document = load_yaml(text)
        if isinstance(document, Exception):
            continue
        commands.extend(text for _, text in strings_under(document, _COMMAND_KEYS))
        references.extend(text for _, text in strings_under(document, _REFERENCE_KEYS))
    return Pipeline(tuple(commands), tuple(references))


def runs_an_audit(pipeline: Pipeline, handed: list[str]) -> bool:
    """Return whether the pipeline, or a runner or script it calls, audits the dependencies."""
    if any(AUDIT_COMMAND.search(text) for text in (*pipeline.commands, *handed)):
        return True
    return any(AUDIT_REFERENCE.search(reference) for reference in pipeline.references)
