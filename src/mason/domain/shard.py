# @file shard.py
# @path src/mason/domain/shard.py
# @version 0.1.0
"""One slice of an audit split across CI runners (``mason audit --shard I/N``).

Every shard sorts the same list the same way and takes its contiguous part, so the slices are
disjoint, cover everything, and need no coordination: the CI system's matrix is the scheduler.
Contiguous parts keep a package's modules (and most of their imports) in one shard.
"""

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from mason.domain.errors import UsageError


class Shard(BaseModel):
    """Shard ``index`` (from 1) of ``count``."""

    model_config = ConfigDict(frozen=True)

    index: int = Field(ge=1)
    count: int = Field(ge=1)

    @classmethod
    def parse(cls, text: str) -> "Shard":
        """Return the shard ``I/N`` names.

        Raises:
            UsageError: ``text`` is not ``I/N`` with ``1 <= I <= N``.

        """
        index, slash, count = text.partition("/")
        if slash and index.strip().isdigit() and count.strip().isdigit():
            shard = (int(index), int(count))
            if 1 <= shard[0] <= shard[1]:
                return cls(index=shard[0], count=shard[1])
        msg = f"--shard {text}: expected I/N, the shard's number and the number of shards"
        raise UsageError(msg, hint="for example --shard 1/4 ... --shard 4/4, one per CI job")

    @property
    def first(self) -> bool:
        """Return whether this is shard 1, which runs the checks that are not split."""
        return self.index == 1

    def part[T](self, items: Sequence[T]) -> list[T]:
        """Return this shard's contiguous part of ``items`` (sort them first, everywhere alike)."""
        size, extra = divmod(len(items), self.count)
        start = (self.index - 1) * size + min(self.index - 1, extra)
        end = start + size + (1 if self.index <= extra else 0)
        return list(items[start:end])

    def __str__(self) -> str:
        """Return ``I/N``."""
        return f"{self.index}/{self.count}"
