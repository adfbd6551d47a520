# @file adoption.py
# @path src/mason/domain/adoption.py
# @version 0.1.0
"""What mason detected about a project it is adopting."""

from dataclasses import dataclass

from mason.domain.contract_spec import ContractSpec
from mason.domain.layouts import LayoutName


@dataclass(frozen=True, slots=True)
class Adoption:
    """The facts an adoption writes into pyproject.toml and the answers file."""

    project_name: str
    package: str | None
    layout: LayoutName
    python_version: str
    """The template's answer (3.12 or newer: the template's own code needs it)."""
    python_floor: str | None
    """The lowest Python the project supports (``3.8``): what mypy and pyright check against
    (``None``: the project does not say, so the tools check the Python they run on)."""
    contracts: tuple[ContractSpec, ...]
    detected: bool
    """Whether mason chose the layout from the package's folders (not ``--layout``)."""
