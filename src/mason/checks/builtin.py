# @file builtin.py
# @path src/mason/checks/builtin.py
# @version 0.1.0
"""mason's own checks, in the order every report lists them."""

from mason.checks.coverage.check import CHECK as COVERAGE
from mason.checks.design.check import CHECK as DESIGN
from mason.checks.format.check import CHECK as FORMAT
from mason.checks.headers.check import CHECK as HEADERS
from mason.checks.layers.check import CHECK as LAYERS
from mason.checks.lint.check import CHECK as LINT
from mason.checks.purity.check import CHECK as PURITY
from mason.checks.structure.check import CHECK as STRUCTURE
from mason.checks.typing.check import CHECK as TYPING
from mason.domain.check import Check

BUILTIN_CHECKS: tuple[Check, ...] = (
    LINT,
    FORMAT,
    TYPING,
    LAYERS,
    HEADERS,
    COVERAGE,
    STRUCTURE,
    DESIGN,
    PURITY,
)
