# @file schema.py
# @path src/mason/cli/commands/schema.py
# @version 0.1.0
"""``mason schema config|report``: the JSON schemas of ``[tool.mason]`` and of the JSON report."""

import json
from enum import StrEnum
from typing import Annotated

import typer

from mason.services.schemas import schema as schema_of


class SchemaChoice(StrEnum):
    """The schemas ``mason schema`` prints."""

    CONFIG = "config"
    REPORT = "report"


def schema(
    name: Annotated[
        SchemaChoice,
        typer.Argument(
            help="config: the [tool.mason] table (draft-07, for editors and validate-pyproject); "
            "report: what `mason audit --format json` prints (2020-12)."
        ),
    ],
) -> None:
    """Print a JSON schema, generated from the models mason itself validates with.

    Editors that understand JSON schemas (VS Code with Even Better TOML, PyCharm, taplo) can
    complete and check [tool.mason] with the config schema; validate-pyproject checks it with
    no set-up, through the plugin mason registers. Scripts that read `mason audit --format json`
    can validate it against the report schema. The same files ship in the wheel, under
    mason/schemas/ (the config schema there knows mason's own checks; the one printed here also
    the installed plugins').
    """
    typer.echo(json.dumps(schema_of(name.value), indent=2, ensure_ascii=False))
