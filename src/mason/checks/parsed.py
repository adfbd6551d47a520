# @file parsed.py
# @path src/mason/checks/parsed.py
# @version 0.1.0
"""The modules a native check judges: those that read and parse (one parse per file, shared).

A file that cannot be read or does not parse is not judged here: the headers and design checks
report it, once.
"""

import ast
from collections.abc import Iterable, Iterator

from mason.domain.unit_context import UnitContext


def parsed(ctx: UnitContext, paths: Iterable[str]) -> Iterator[tuple[str, ast.Module]]:
    """Yield each of ``paths`` that reads and parses, with its tree."""
    for path in paths:
        tree = ctx.tree(path)
        if tree is not None and not isinstance(tree, SyntaxError):
            yield path, tree


def modules(count: int) -> str:
    """Return ``1 module`` or ``N modules``, as the native checks' summaries say it."""
    return f"{count} module{'' if count == 1 else 's'}"
