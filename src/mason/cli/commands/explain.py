# @file explain.py
# @path src/mason/cli/commands/explain.py
# @version 0.1.0
"""``mason explain RULE``: why a rule exists, where it comes from, and how to fix it."""

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from mason.cli.completion import complete_rule
from mason.cli.console import stdout_console
from mason.domain.errors import UsageError
from mason.services.reference import rules_markdown, settings_reference
from mason.services.registry import registry
from mason.services.rule_help import ruff_explanation, rules_page


def _explain_config() -> None:
    console = stdout_console()
    console.print("[bold]\\[tool.mason][/] keys (docs/configuration.md has examples):\n")
    for key in settings_reference(registry()):
        console.print(
            f"  [rule]{key.name}[/]  [dim]{escape(key.kind)}, default {escape(key.default)}[/]"
        )
        if key.description:
            console.print(f"      {escape(key.description)}")


def explain(
    rule: Annotated[
        str | None,
        typer.Argument(
            help="A rule id such as HDR001 or LAY001, a ruff code, or nothing for all.",
            autocompletion=complete_rule,
        ),
    ] = None,
    *,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print every rule as Markdown (docs/rules.md).")
    ] = False,
) -> None:
    """Explain a rule: its rationale, the seed it comes from, and how to fix it.

    Without RULE, list every rule mason reports. Ruff codes (E501, UP007, ...) are explained
    by ruff itself; `mason explain config` lists every [tool.mason] key.
    """
    console = stdout_console()
    known = registry()
    if markdown:
        typer.echo(rules_markdown(known), nl=False)
        return
    if rule is None:
        for item in known.rules:
            console.print(f"[rule]{item.id}[/]  [dim]{item.check:<9}[/] {escape(item.title)}")
        return
    if rule.lower() == "config":
        _explain_config()
        return
    found = known.rule(rule)
    if found is not None and found.id in {native.id for native in known.rules}:
        where = f"{found.check} check, {found.severity}"
        console.print(f"[rule]{found.id}[/] [bold]{escape(found.title)}[/]  ({where})")
        console.print(f"\n[bold]Why[/]   {escape(found.rationale)}")
        console.print(f"[bold]Seed[/]  {escape(found.seed)}")
        console.print(f"[bold]Fix[/]   {escape(found.fix)}")
        page = found.documentation(rules_page())
        if page:
            console.print(f"[bold]Docs[/]  {escape(page)}")
        return
    if found is not None and found.tool == "ruff":
        text = ruff_explanation(found.id, Path.cwd())
        if text is not None:
            typer.echo(text, nl=False)
            return
    close = known.closest(rule)
    hint = f"did you mean {close}? " if close else ""
    msg = f"no rule {rule!r}"
    raise UsageError(msg, hint=f"{hint}`mason explain` lists every rule")
