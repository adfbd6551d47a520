# @file contract_spec.py
# @path src/mason/domain/contract_spec.py
# @version 0.1.0
"""One import-linter contract, as `[[tool.importlinter.contracts]]` stores it."""

from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict

type ContractValue = str | bool | tuple[str, ...]


class ContractSpec(BaseModel):
    """One import-linter contract, in the shape `[[tool.importlinter.contracts]]` stores it."""

    model_config = ConfigDict(frozen=True)

    name: str
    type: Literal["layers", "forbidden", "acyclic_siblings"]
    options: Mapping[str, ContractValue]

    def as_table(self) -> dict[str, str | bool | list[str]]:
        """Return the contract as a TOML-ready table (lists instead of tuples)."""
        table: dict[str, str | bool | list[str]] = {"name": self.name, "type": self.type}
        for key, value in self.options.items():
            table[key] = list(value) if isinstance(value, tuple) else value
        return table
