# @file cache_key.py
# @path src/mason/services/audit/cache_key.py
# @version 0.1.0
"""A unit's cache key, derived from its declared inputs; never written by hand.

The key hashes the unit's name and origin, mason's version and exactly what ``Inputs``
declares: the contents of its files, the file list, its pyproject tables, its ``[tool.mason]``
keys, its facts, the versions of its tools (or of the whole environment) and its options.
Nothing absolute goes in, so another checkout of the same content (a CI runner, the
merge-base of ``--changed-since``) finds the same results.
"""

import hashlib
import json
from pathlib import Path

from mason import __version__
from mason.domain.check import Check
from mason.domain.unit import Unit
from mason.services.audit.context import AuditContext, value_at


def _digest_of(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def unit_key(ctx: AuditContext, check: Check, unit: Unit) -> str | None:
    """Return the cache key of ``unit`` of ``check`` in ``ctx``, or ``None`` if uncacheable."""
    inputs = unit.inputs
    if not inputs.cache:
        return None
    config = ctx.project.config.model_dump(mode="json", by_alias=True)
    facts = ctx.facts.model_dump(mode="json")
    options: dict[str, Path | None] = {"coverage_file": ctx.coverage_file}
    content = {
        "unit": f"{check.name}/{unit.name}",
        "origin": [check.origin, check.version],
        "mason": __version__,
        "files": [(path, ctx.digest(path)) for path in ctx.matching(inputs.files)],
        "listing": list(ctx.files) if inputs.listing else None,
        "focus": list(ctx.focus) if unit.per_file and ctx.focus is not None else None,
        "tables": {name: value_at(ctx.project.pyproject, name) for name in inputs.tables},
        "config": {name: config.get(name) for name in inputs.config},
        "facts": {name: facts.get(name) for name in inputs.facts},
        "tools": {name: ctx.tools.version(name) for name in inputs.tools},
        "environment": sorted(ctx.tools.environment().items()) if inputs.environment else None,
        "options": {
            name: _digest_of(given) if (given := options.get(name)) is not None else None
            for name in inputs.options
        },
    }
    encoded = json.dumps(content, sort_keys=True, default=str).encode()
    return hashlib.sha256(encoded).hexdigest()
