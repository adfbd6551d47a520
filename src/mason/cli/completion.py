# @file completion.py
# @path src/mason/cli/completion.py
# @version 0.1.0
"""Shell completion of what mason knows: rule ids, layouts and check names.

``mason --install-completion`` installs typer's completion for the user's shell; these
functions give it the values, each with its title where the shell shows one (zsh, fish).
Rule ids are mason's own and every ruff code (``mason explain E5<TAB>``: E501, E502, ...),
matched by prefix whatever the case, since ``mason explain`` takes them either way.
"""

from pathlib import Path

from mason.domain.errors import MasonError
from mason.domain.layouts import LAYOUTS
from mason.domain.registry import Registry
from mason.services.registry import registry
from mason.services.rule_help import ruff_rules


def _known() -> Registry | None:
    try:
        return registry()
    except MasonError:  # a broken plugin: complete nothing rather than print a traceback
        return None


def complete_rule(incomplete: str) -> list[tuple[str, str]]:
    """Return the rule ids (mason's, plugins' and ruff's) that start with ``incomplete``."""
    known = _known()
    own = [] if known is None else [(rule.id, rule.title) for rule in known.rules]
    wanted = incomplete.upper()
    native = {rule_id for rule_id, _ in own}
    candidates = [
        *own,
        *((code, name) for code, name in ruff_rules(Path.cwd()) if code not in native),
    ]
    return [(rule_id, title) for rule_id, title in candidates if rule_id.startswith(wanted)]


def complete_check(incomplete: str) -> list[tuple[str, str]]:
    """Return the check names that start with ``incomplete``."""
    known = _known()
    if known is None:
        return []
    return [
        (check.name, check.title) for check in known.checks if check.name.startswith(incomplete)
    ]


def complete_layout(incomplete: str) -> list[tuple[str, str]]:
    """Return the layout names that start with ``incomplete``."""
    return [
        (name, layout.summary) for name, layout in LAYOUTS.items() if name.startswith(incomplete)
    ]
