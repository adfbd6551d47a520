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
    **dict.fromkeys(
        ("G001", "G002", "G003", "G004"),
        "log messages are not formatted: an event and its values (seeds 000, 002, 004)",
    ),
    "I001": "imports sorted and grouped (seed 004 PY-ISORT)",
    **dict.fromkeys(("S105", "S106", "S107"), "no hard-coded secrets (seed 004 PHIL-SECURE)"),
    **dict.fromkeys(
        ("S102", "S307"), "no exec() or eval() of strings; validate input instead (seed 004)"
    ),
    **dict.fromkeys(
        (
            *("S103", "S104", "S108", "S113", "S201", "S202", "S301", "S302", "S303", "S304"),
            *("S305", "S306", "S308", "S310", "S312", "S313", "S314", "S315", "S316", "S317"),
            *("S318", "S319", "S321", "S323", "S324", "S501", "S502", "S503", "S505", "S506"),
            *("S507", "S508", "S509", "S601", "S602", "S604", "S605", "S608", "S609", "S610"),
            *("S611", "S612", "S701", "S702", "S704"),
        ),
        "bandit's medium- and high-severity checks (seeds 001, 002, 004: bandit -ll)",
    ),
    **dict.fromkeys(
        ("DTZ001", "DTZ002", "DTZ003", "DTZ004", "DTZ005", "DTZ006", "DTZ007", "DTZ011", "DTZ012"),
        "timezone-aware datetimes (seed 004)",
    ),
    **dict.fromkeys(
        (
            *(f"PTH{number}" for number in range(100, 125)),
            *("PTH202", "PTH203", "PTH204", "PTH205", "PTH206", "PTH207", "PTH208", "PTH211"),
        ),
        "pathlib for filesystem paths (seed 004)",
    ),
    **dict.fromkeys(
        (
            *("ASYNC210", "ASYNC212", "ASYNC220", "ASYNC221", "ASYNC222", "ASYNC230"),
            *("ASYNC240", "ASYNC250", "ASYNC251"),
        ),
        "no blocking calls inside async functions (seeds 000, 004)",
    ),
    **dict.fromkeys(
        (
            *("N801", "N802", "N803", "N804", "N805", "N806", "N807"),
            *("N811", "N812", "N813", "N814", "N815", "N816", "N817"),
        ),
        "PEP 8 names: snake_case, CapWords, ALL_CAPS (seed 004 PY-STYLE-PEP8)",
    ),
    "C901": "a complexity threshold (seed 004)",
    "PLR0913": "long parameter lists become value objects (seed 003)",
    "SIM115": "files opened in a with block (seeds 002, 004)",
    "INP001": "code in packages with __init__.py (seed 004)",
    "UP031": "f-strings, not % formatting (seed 004)",
    "UP032": "f-strings, not str.format (seed 004)",
    "UP035": "collections.abc, not typing's deprecated aliases (seed 004)",
    "ERA001": "no commented-out code: fix in place, remove what is dead (seed 003)",
}
"""The standard's rules that ruff already implements, with what each one holds.

Stable rules only (``select = ["ALL"]`` leaves preview rules off): a project made by
``mason new`` has every one of them on, and an adopted one cannot switch them off silently.
"""


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
