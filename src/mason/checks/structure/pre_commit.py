# @file pre_commit.py
# @path src/mason/checks/structure/pre_commit.py
# @version 0.1.0
"""Does pre-commit run ruff check and ruff format? Read from .pre-commit-config.yaml.

A hook runs ruff by its id (ruff-pre-commit's, mason's ``mason-files``), by its entry (any path
to ruff, ``uv run ruff``, ``python -m ruff``), or by a task runner or script its entry calls
(``make lint``, whose Makefile runs ``ruff check``; ``task_runners``).
"""

import re
import shlex
from collections.abc import Iterator, Mapping

from mason.checks.structure.rules import STR012
from mason.checks.structure.task_runners import handed_on
from mason.checks.structure.yaml_doc import Yaml, load_yaml
from mason.domain.finding import Finding
from mason.domain.toml import TomlTable

PRE_COMMIT_CONFIG = ".pre-commit-config.yaml"
_CHECK_IDS = frozenset({"ruff", "ruff-check", "mason-files"})
"""Hook ids that run ruff's linter: ruff-pre-commit's (``ruff`` is its old name) and mason's."""
_FORMAT_IDS = frozenset({"ruff-format", "mason-files"})
_RUFF_PROGRAMS = frozenset({"ruff", "ruff.exe"})
_RUFF_IN_TEXT = re.compile(r"(?<![\w.-])ruff(?:\.exe)?(?:\s+--?[\w=./-]+)*\s+(check|format)\b")
"""``ruff check`` or ``ruff format`` (options between allowed) in a runner's file or script."""


def _hooks(config: Yaml) -> Iterator[dict[Yaml, Yaml]]:
    repos = config.get("repos") if isinstance(config, dict) else None
    for repo in repos if isinstance(repos, list) else []:
        hooks = repo.get("hooks") if isinstance(repo, dict) else None
        for hook in hooks if isinstance(hooks, list) else []:
            if isinstance(hook, dict):
                yield hook


def _ruff_subcommand(hook: dict[Yaml, Yaml]) -> str | None:
    """Return the ruff subcommand a hook's entry (and args) runs, if it runs ruff."""
    entry = hook.get("entry")
    if not isinstance(entry, str):
        return None
    try:
        words = shlex.split(entry)
    except ValueError:
        return None
    args = hook.get("args")
    words += [str(arg) for arg in args] if isinstance(args, list) else []
    for index, word in enumerate(words):
        if word.rsplit("/", 1)[-1] in _RUFF_PROGRAMS:
            rest = [w for w in words[index + 1 :] if not w.startswith("-")]
            return rest[0] if rest else None
    return None


def check_pre_commit(
    text: str, files: Mapping[str, str] | None = None, pyproject: TomlTable | None = None
) -> list[Finding]:
    """Return STR012 for each of ruff check and ruff format no hook of ``text`` runs.

    ``files`` (path -> text) and ``pyproject`` hold the task runners' files and tables a hook's
    entry may hand its work on to.
    """
    config = load_yaml(text)
    if isinstance(config, Exception):
        return [STR012.finding(f"{PRE_COMMIT_CONFIG} is not valid YAML", path=PRE_COMMIT_CONFIG)]
    lint = formats = False
    entries: list[str] = []
    for hook in _hooks(config):
        hook_id = hook.get("id")
        subcommand = _ruff_subcommand(hook)
        lint = lint or hook_id in _CHECK_IDS or subcommand == "check"
        formats = formats or hook_id in _FORMAT_IDS or subcommand == "format"
        entry = hook.get("entry")
        entries += [entry] if isinstance(entry, str) else []
    handed = {
        match[1]
        for found in handed_on(entries, files or {}, pyproject or {})
        for match in _RUFF_IN_TEXT.finditer(found)
    }
    lint = lint or "check" in handed
    formats = formats or "format" in handed
    missing = [name for name, runs in (("ruff check", lint), ("ruff format", formats)) if not runs]
    return [
        STR012.finding(f"no pre-commit hook runs {name}", path=PRE_COMMIT_CONFIG)
        for name in missing
    ]
