# @file settings.py
# @path src/mason/checks/results/settings.py
# @version 0.1.0
"""``[tool.mason.results]``: where failures must be values, and what may still raise."""

from pydantic import BaseModel, ConfigDict


class ResultsConfig(BaseModel):
    """The results rules' settings."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    layers: tuple[str, ...] | None = None
    """Layers whose expected failures are Result values (RES001, RES002); default: the
    layout's (functional-core: domain, protocols, decorators, ops; clean-ddd: core, domain,
    application; none elsewhere)."""
    barriers: tuple[str, ...] = ("catching", "safe")
    """Decorators that turn exceptions into Err values: a function they decorate (or that is
    passed to one) may raise."""
    optional_returns: bool = False
    """Whether RES002 reports the public functions of Result layers that return an Optional
    (a union with None): off by default, since absence is not always failure."""
