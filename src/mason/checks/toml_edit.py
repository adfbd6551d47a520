# @file toml_edit.py
# @path src/mason/checks/toml_edit.py
# @version 0.1.0
"""Judge an edit of a TOML file: valid, every key kept, nothing added beyond the plan.

Adoption edits ``pyproject.toml`` with tomlkit; before anything is written, the edited text is
parsed again by the standard library's parser (the one every tool uses) and compared with the
original, key by key. A change that is not valid TOML, loses or changes a key the user had, or
adds one the plan did not name is refused.
"""

import tomllib
from collections.abc import Collection, Iterator, Mapping
from typing import TypeGuard

type Path = tuple[str, ...]


def _is_table(value: object) -> TypeGuard[Mapping[str, object]]:
    """Return whether ``value`` is a parsed TOML table (tomllib's keys are always strings)."""
    return isinstance(value, dict)


def _leaves(table: Mapping[str, object], prefix: Path = ()) -> Iterator[tuple[Path, object]]:
    for key, value in table.items():
        path = (*prefix, key)
        if _is_table(value) and value:
            yield from _leaves(value, path)
        else:
            yield path, value


def _under(path: Path, roots: Collection[Path]) -> bool:
    return any(path[: len(root)] == root for root in roots)


def edit_problems(
    before: str, after: str, *, planned: Collection[Path], replaced: Collection[Path]
) -> list[str]:
    """Return what is wrong with changing ``before`` into ``after`` (nothing: a safe edit).

    ``planned`` are the keys (or whole tables) the edit meant to add; ``replaced`` the exact
    keys it meant to change (``--tighten``). Every other key must keep its value.
    """
    try:
        edited = tomllib.loads(after)
    except tomllib.TOMLDecodeError as error:
        return [f"the result is not valid TOML ({error})"]
    original: dict[str, object] = tomllib.loads(before) if before else {}
    old = dict(_leaves(original))
    new = dict(_leaves(edited))
    problems = [
        f"{'.'.join(path)} was lost" if path not in new else f"{'.'.join(path)} changed"
        for path, value in old.items()
        if path not in replaced and new.get(path, _MISSING) != value
    ]
    problems += [
        f"{'.'.join(path)} was added, but not planned"
        for path in new
        if path not in old and not _under(path, [*planned, *replaced])
    ]
    return problems


class _Missing:
    """A value no key has."""


_MISSING = _Missing()
