# @file data_model.py
# @path src/mason/checks/data_model.py
# @version 0.1.0
"""A data model found in a module: its class, its library and whether it is frozen."""

import ast
from dataclasses import dataclass
from typing import Literal

type ModelKind = Literal["pydantic", "dataclass", "attrs", "msgspec"]


@dataclass(frozen=True, slots=True)
class DataModel:
    """A class whose annotated attributes are fields, and whether it is frozen."""

    node: ast.ClassDef
    kind: ModelKind
    frozen: bool
    """Whether instances refuse assignment: said on the class, or inherited from a frozen
    model of the same file."""
    judged: bool
    """Whether its frozenness is its own to judge: it names a library base (``BaseModel``),
    is a decorated dataclass or attrs class, or says ``frozen=...`` itself. A subclass that
    says nothing inherits its base's setting, and the base is the one to fix."""
