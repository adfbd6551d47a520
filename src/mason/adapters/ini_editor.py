# @file ini_editor.py
# @path src/mason/adapters/ini_editor.py
# @version 0.1.0
"""Add the standard's settings to an INI file line by line, keeping every other byte.

configparser would lose comments and order on writing, so the editor works on lines: a missing
option goes after the last line of its section (a missing section goes at the end), a weaker
value is reported and replaced only when tightening. ``checks.ini_edit`` then judges the result
against the original before anything is written.
"""

import re
from collections.abc import Callable

from mason.adapters.pyproject_editor import EditLog

_HEADER = re.compile(r"^\s*\[(?P<name>[^\]]+)\]\s*(?:[#;].*)?$")


class IniEditor:
    """Edits the text of one INI file, logging what it adds, keeps and tightens."""

    def __init__(self, text: str, name: str, log: EditLog, *, tighten: bool) -> None:
        """Edit ``text`` (the contents of the file called ``name``)."""
        self.lines = text.splitlines(keepends=True)
        self.newline = "\r\n" if self.lines and self.lines[0].endswith("\r\n") else "\n"
        self.name = name
        self.log = log
        self.tighten = tighten
        self.planned: list[tuple[str, str]] = []
        self.replaced: list[tuple[str, str]] = []

    @property
    def text(self) -> str:
        """Return the edited text."""
        return "".join(self.lines)

    def _section(self, section: str) -> tuple[int, int] | None:
        """Return the header line and the end (exclusive) of ``section``, if it is there."""
        start: int | None = None
        for index, line in enumerate(self.lines):
            match = _HEADER.match(line)
            if match is None:
                continue
            if start is not None:
                return start, index
            if match["name"].strip() == section:
                start = index
        return (start, len(self.lines)) if start is not None else None

    def _option(self, section: str, key: str) -> tuple[int, str] | None:
        found = self._section(section)
        if found is None:
            return None
        pattern = re.compile(rf"^{re.escape(key)}\s*[=:]\s*(?P<value>.*?)\s*$", re.IGNORECASE)
        for index in range(found[0] + 1, found[1]):
            match = pattern.match(self.lines[index])
            if match:
                return index, match["value"]
        return None

    def ensure(self, section: str, key: str, value: str) -> bool:
        """Add ``key = value`` to ``section`` unless the option is there; return if added."""
        if self._option(section, key) is not None:
            return False
        line = f"{key} = {value}{self.newline}"
        found = self._section(section)
        if found is None:
            if self.lines and not self.lines[-1].endswith("\n"):
                self.lines[-1] += self.newline
            gap = [self.newline] if self.lines and self.lines[-1].strip() else []
            self.lines += [*gap, f"[{section}]{self.newline}", line]
        else:
            at = found[1]
            while at > found[0] + 1 and not self.lines[at - 1].strip():
                at -= 1
            if not self.lines[at - 1].endswith("\n"):
                self.lines[at - 1] += self.newline
            self.lines.insert(at, line)
        self.planned.append((section.lower(), key.lower()))
        self.log.added.append(f"{self.name}: [{section}] {key} = {value}")
        return True

    def standard(self, section: str, key: str, value: str, holds: Callable[[str], bool]) -> None:
        """Add ``key``; a present value that ``holds`` rejects is kept, or replaced to tighten."""
        if self.ensure(section, key, value):
            return
        found = self._option(section, key)
        if found is None or holds(found[1]):
            return
        index, current = found
        where = f"{self.name}: [{section}] {key}"
        if not self.tighten:
            self.log.weaker.append(f"{where} is {current!r}; the standard asks for {value!r}")
            return
        end = index + 1
        while (
            end < len(self.lines) and self.lines[end][:1] in {" ", "\t"} and self.lines[end].strip()
        ):
            end += 1  # continuation lines belong to the value being replaced
        self.lines[index:end] = [f"{key} = {value}{self.newline}"]
        self.replaced.append((section.lower(), key.lower()))
        self.log.tightened.append(f"{where}: {current!r} -> {value!r}")
