# @file cache_key.py
# @path src/mason/services/audit/cache_key.py
# @version 0.1.0
"""A unit's cache key, derived from its declared inputs; never written by hand.

The key hashes the unit's name and origin, mason's version and exactly what ``Inputs``
declares: the contents of its files, the file list, its pyproject tables, its ``[tool.mason]``
keys, its facts, the versions of its tools (or of the whole environment) and its options; and
the project's symbolic links with what they point at, which every tool reads through. A tree
with a link to a directory has no key: what the tools read there is not listed.
Nothing absolute goes in, so another checkout of the same content (a CI runner, the
merge-base of ``--changed-since``) finds the same results.
"""

import hashlib
import json
from collections.abc import Sequence
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


def config_read(check: Check, unit: Unit) -> tuple[str, ...]:
    """Return the ``[tool.mason]`` keys a unit reads: its declared ones and its check's table."""
    own = (check.name,) if check.settings is not None else ()
    return tuple(dict.fromkeys((*unit.inputs.config, *own)))


def _content(ctx: AuditContext, check: Check, unit: Unit) -> dict[str, object]:
    """Return everything the unit's key hashes, except the contents of its files."""
    inputs = unit.inputs
    config = ctx.project.config.model_dump(mode="json", by_alias=True)
    facts = ctx.facts.model_dump(mode="json")
    options: dict[str, Path | None] = {"coverage_file": ctx.coverage_file}
    return {
        "unit": f"{check.name}/{unit.name}",
        "origin": [check.origin, check.version],
        "mason": __version__,
        "listing": list(ctx.files) if inputs.listing else None,
        "links": ctx.link_targets,
        "tables": {name: value_at(ctx.project.pyproject, name) for name in inputs.tables},
        "config": {name: config.get(name) for name in config_read(check, unit)},
        "facts": {name: facts.get(name) for name in inputs.facts},
        "tools": {name: ctx.tools.version(name) for name in inputs.tools},
        "environment": sorted(ctx.tools.environment().items()) if inputs.environment else None,
        "options": {
            name: _digest_of(given) if (given := options.get(name)) is not None else None
            for name in inputs.options
        },
    }


def _hash(content: dict[str, object]) -> str:
    return hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()


def unit_key(
    ctx: AuditContext, check: Check, unit: Unit, focus: Sequence[str] | None = None
) -> str | None:
    """Return the cache key of ``unit`` of ``check`` in ``ctx``, or ``None`` if uncacheable.

    ``focus`` is the set of subjects a narrowed run judges (it is part of the key).
    """
    if not unit.inputs.cache or not ctx.verifiable:
        return None
    if ctx.shard is not None and unit.keeps_files:
        return None  # a shard's test run must leave its data for the merge, every time
    content = _content(ctx, check, unit)
    if focus is not None and not unit.reads_imports:
        # A narrowed run's findings on a subject depend on that subject alone and the other
        # inputs (``Unit.subjects``): the other subjects' bytes are not read, only their names.
        # A hook on one staged file then hashes that file, not the whole project.
        content.update(_subjects_apart(ctx, unit, frozenset(focus)))
    else:
        content["files"] = [(path, ctx.digest(path)) for path in ctx.matching(unit.inputs.files)]
    content["focus"] = sorted(focus) if focus is not None else None
    content["shard"] = str(ctx.shard) if ctx.shard is not None else None
    return _hash(content)


def base_key(ctx: AuditContext, check: Check, unit: Unit) -> str:
    """Return the key of everything but the contents of the unit's subjects.

    Two runs with the same base key differ only in what some subject files say, so the
    second may judge just those files (and their importers) and keep the first's other
    findings. The list of subjects is in the base: a file added or removed means a full run.
    """
    content = _content(ctx, check, unit)
    content.update(_subjects_apart(ctx, unit, frozenset()))
    return _hash(content)


def _subjects_apart(ctx: AuditContext, unit: Unit, hashed: frozenset[str]) -> dict[str, object]:
    """Return the unit's files by digest, except its subjects outside ``hashed``, by name only."""
    matched, subjects = ctx.matching(unit.inputs.files), ctx.matching_set(unit.subjects)
    return {
        "files": [
            (path, ctx.digest(path)) for path in matched if path in hashed or path not in subjects
        ],
        "subjects": [path for path in matched if path in subjects],
    }


def subject_digests(ctx: AuditContext, unit: Unit) -> dict[str, str]:
    """Return the digest of every subject file of ``unit``."""
    subjects = ctx.matching_set(unit.subjects)
    return {path: ctx.digest(path) for path in ctx.matching(unit.inputs.files) if path in subjects}
