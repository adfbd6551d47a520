# @file costs.py
# @path src/mason/services/audit/costs.py
# @version 0.1.0
"""How long each unit took when it last ran here: the schedule starts the longest first.

A unit declares a relative cost (the test run 100, a per-file check 10); the audit of a real
project measures better. Each unit that ran (not from the cache) records its seconds in the
cache; the next audit orders its units by what they took, so the two long streams (the type
checkers, the tests) start together and the short units fill the gaps. Where a unit never ran
here, its declared cost stands in (a tenth of a second per point).
"""

import json
from collections.abc import Iterable, Mapping

from pydantic import TypeAdapter, ValidationError

from mason.adapters.cache_store import CacheStore
from mason.domain.check import Check
from mason.domain.unit import Unit

KEY = "costs-measured"
"""The cache entry of the measured seconds (a plain number per unit: nothing to keep exact)."""
SECONDS_PER_POINT = 0.1
_SECONDS = TypeAdapter(dict[str, float])


def _name(check: Check, unit: Unit) -> str:
    return f"{check.origin}/{check.name}/{unit.name}"


def measured(cache: CacheStore) -> dict[str, float]:
    """Return the seconds each unit took when it last ran (empty when unknown)."""
    text = cache.get(KEY)
    if text is None:
        return {}
    try:
        return _SECONDS.validate_json(text)
    except ValidationError:
        return {}


def expected(known: Mapping[str, float], check: Check, unit: Unit) -> float:
    """Return the seconds ``unit`` is expected to take: measured, else from its declared cost."""
    return known.get(_name(check, unit), unit.cost * SECONDS_PER_POINT)


def record(
    cache: CacheStore, known: Mapping[str, float], ran: Iterable[tuple[Check, Unit, float]]
) -> None:
    """Remember the seconds of the units that ran (cached results say nothing about cost)."""
    updated = dict(known)
    for check, unit, seconds in ran:
        updated[_name(check, unit)] = round(seconds, 3)
    if updated != known:
        cache.put(KEY, json.dumps(updated, sort_keys=True))
