# @file tool_output.py
# @path src/mason/domain/tool_output.py
# @version 0.1.0
"""What a finished program returned: its command, exit status and output, as a value."""

from dataclasses import dataclass

TAIL_LINES = 12


@dataclass(frozen=True, slots=True)
class ToolOutput:
    """The raw result of one program run; parsers in ``mason.checks`` turn it into findings."""

    argv: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        """Return whether the program exited with status 0."""
        return self.returncode == 0

    def tail(self, lines: int = TAIL_LINES) -> str:
        """Return the last ``lines`` lines of stderr (or stdout when stderr is empty)."""
        text = self.stderr.strip() or self.stdout.strip()
        return "\n".join(text.splitlines()[-lines:])
