# @file doc_recipes.py
# @path tests/doc_recipes.py
# @version 0.1.0
"""The recipes of docs/ci.md, read from the page, so the tests validate exactly what users copy.

A recipe is the fenced block right after an HTML comment ``<!-- recipe: NAME -->``.
"""

import re
from pathlib import Path

CI_DOC = Path(__file__).resolve().parents[1] / "docs" / "ci.md"
_RECIPE = re.compile(
    r"<!-- recipe: (?P<name>[\w-]+) -->\n```\w*\n(?P<body>.*?)^```$", re.DOTALL | re.MULTILINE
)


def recipes(page: Path = CI_DOC) -> dict[str, str]:
    """Return every recipe of ``page`` by name."""
    return {match["name"]: match["body"] for match in _RECIPE.finditer(page.read_text("utf-8"))}


def recipe(name: str, page: Path = CI_DOC) -> str:
    """Return the recipe ``name`` of ``page`` (``KeyError`` if the page has none by that name)."""
    return recipes(page)[name]
