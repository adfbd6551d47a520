# @file layouts.py
# @path src/mason/cli/commands/layouts.py
# @version 0.1.0
"""``mason layouts``: the documented layouts, where they come from and how they depend."""

from typing import Annotated

import typer
from rich.table import Table

from mason.cli.console import stdout_console
from mason.domain.layouts import LAYOUTS


def layouts(
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print the catalog as JSON.")] = False,
) -> None:
    """List the project layouts that `mason new --layout` renders.

    Each layout follows one of the seed documents of the standard; its package folders are
    held in one direction by import-linter contracts that `mason audit` checks.
    """
    if as_json:
        rows = [
            {**layout.model_dump(mode="json"), "direction": layout.direction}
            for layout in LAYOUTS.values()
        ]
        stdout_console().print_json(data=rows)
        return
    table = Table(title="mason layouts", title_justify="left", show_lines=True)
    table.add_column("layout", style="bold", no_wrap=True)
    table.add_column("what it is", ratio=3)
    table.add_column("seed", no_wrap=True)
    table.add_column("package folders", ratio=2)
    table.add_column("dependencies (higher > lower)", ratio=2)
    for layout in LAYOUTS.values():
        table.add_row(
            layout.name,
            layout.summary,
            layout.seed,
            " ".join(layout.folders),
            layout.direction,
        )
    stdout_console().print(table)
