# @file config.py
# @path src/mason/cli/commands/config.py
# @version 0.1.0
"""``mason config``: show the effective ``[tool.mason]`` configuration and where it came from."""

import json
from pathlib import Path
from typing import Annotated

import typer

from mason.cli.console import stderr_console, stdout_console
from mason.services.audit.pipeline import check_names
from mason.services.project import load_project
from mason.services.registry import registry


def config(
    path: Annotated[
        Path,
        typer.Argument(help="A path inside the project (default: the current directory)."),
    ] = Path(),
    *,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print only the configuration as JSON.")
    ] = False,
) -> None:
    """Show the effective [tool.mason] configuration, defaults included.

    mason looks for the nearest pyproject.toml at or above PATH, validates its [tool.mason]
    table and prints every setting, so you can see what `mason audit` will use.
    """
    project = load_project(path)
    check_names(project.config.checks or (), "[tool.mason].checks:", registry())  # as audit does
    settings = json.dumps(project.config.model_dump(mode="json", by_alias=True), indent=2)
    if as_json:
        typer.echo(settings)
        return
    stderr_console().print(f"[hint]configuration from[/] [path]{project.pyproject_path}[/]")
    stdout_console().print_json(settings)
