# @file pre_commit.py
# @path src/mason/checks/structure/pre_commit.py
# @version 0.1.0
"""Does pre-commit run ruff check and ruff format? Read from .pre-commit-config.yaml alone."""

import shlex
from collections.abc import Iterator

from mason.checks.structure.rules import STR012
from mason.checks.structure.yaml_doc import Yaml, load_yaml
from mason.domain.finding import Finding

PRE_COMMIT_CONFIG = ".pre-commit-config.yaml"
_CHECK_IDS = frozenset({"ruff", "ruff-check", "mason-files"})
"""Hook ids that run ruff's linter: ruff-pre-commit's (``ruff`` is its old name) and mason's."""
_FORMAT_IDS = frozenset({"ruff-format", "mason-files"})
_RUFF_PROGRAMS = frozenset({"ruff", "ruff.exe"})


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


def check_pre_commit(text: str) -> list[Finding]:
    """Return STR012 for each of ruff check and ruff format no hook of ``text`` runs."""
    config = load_yaml(text)
    if isinstance(config, Exception):
        return [STR012.finding(f"{PRE_COMMIT_CONFIG} is not valid YAML", path=PRE_COMMIT_CONFIG)]
    lint = formats = False
    for hook in _hooks(config):
        hook_id = hook.get("id")
        subcommand = _ruff_subcommand(hook)
        lint = lint or hook_id in _CHECK_IDS or subcommand == "check"
        formats = formats or hook_id in _FORMAT_IDS or subcommand == "format"
    missing = [name for name, runs in (("ruff check", lint), ("ruff format", formats)) if not runs]
    return [
        STR012.finding(f"no pre-commit hook runs {name}", path=PRE_COMMIT_CONFIG)
        for name in missing
    ]
