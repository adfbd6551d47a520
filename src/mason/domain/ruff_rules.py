# @file ruff_rules.py
# @path src/mason/domain/ruff_rules.py
# @version 0.1.0
"""Which ruff rules a configuration enables, resolved the way ruff resolves selectors.

A rule is on when a selector in ``select``/``extend-select`` matches it (``ALL``, a linter
prefix such as ``UP``, or the code) and no ``ignore``/``extend-ignore`` selector at least as
specific also matches it. With no ``select`` at all, ruff's default (E4, E7, E9, F) applies.
"""

from collections.abc import Iterable

from mason.domain.toml import TomlTable, string_list, table_at

DEFAULT_SELECT: tuple[str, ...] = ("E4", "E7", "E9", "F")

STANDARD_RULES: dict[str, str] = {
    "UP007": "X | Y instead of Union (seed 003)",
    "UP045": "X | None instead of Optional (seed 003)",
    "UP040": "PEP 695 type aliases (seeds 001, 004)",
    "UP046": "PEP 695 generic classes (seeds 001, 004)",
    "UP047": "PEP 695 generic functions (seeds 001, 004)",
    "PLC0415": "no imports inside functions (seed 003)",
    "T201": "no print(); use logging (seed 004)",
    "BLE001": "no blind except Exception (seed 004)",
    "E722": "no bare except (seed 004)",
    "B006": "no mutable argument defaults (seed 000)",
    "RUF012": "no mutable class attribute defaults (seed 000)",
    "D100": "docstrings for modules (seed 004 PY-DOCSTRING)",
    "D101": "docstrings for classes (seed 004 PY-DOCSTRING)",
    "D102": "docstrings for methods (seed 004 PY-DOCSTRING)",
    "D103": "docstrings for functions (seed 004 PY-DOCSTRING)",
    "PGH003": "no blanket type: ignore (seed 003)",
    "ANN401": "no Any in signatures (seed 003)",
}
"""The standard's rules that ruff already implements, with what each one holds."""


def _specificity(code: str, selectors: Iterable[str]) -> int | None:
    best: int | None = None
    for selector in selectors:
        if selector == "ALL":
            length = 0
        elif code.startswith(selector):
            length = len(selector)
        else:
            continue
        best = length if best is None else max(best, length)
    return best


def selectors(pyproject: TomlTable) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return (select, ignore) selectors from ``[tool.ruff]`` and ``[tool.ruff.lint]``."""
    ruff = table_at(pyproject, "tool", "ruff")
    lint = table_at(pyproject, "tool", "ruff", "lint")
    select = string_list(lint.get("select", ruff.get("select"))) or DEFAULT_SELECT
    select += string_list(lint.get("extend-select")) + string_list(ruff.get("extend-select"))
    ignore = string_list(lint.get("ignore")) + string_list(ruff.get("ignore"))
    ignore += string_list(lint.get("extend-ignore")) + string_list(ruff.get("extend-ignore"))
    return select, ignore


def is_enabled(code: str, select: tuple[str, ...], ignore: tuple[str, ...]) -> bool:
    """Return whether ``code`` is on under these selectors."""
    selected = _specificity(code, select)
    ignored = _specificity(code, ignore)
    return selected is not None and (ignored is None or selected > ignored)


def missing_standard_rules(pyproject: TomlTable) -> list[str]:
    """Return the standard's ruff rules that the configuration does not enable."""
    select, ignore = selectors(pyproject)
    return [code for code in STANDARD_RULES if not is_enabled(code, select, ignore)]
