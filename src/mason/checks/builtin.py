# @file builtin.py
# @path src/mason/checks/builtin.py
# @version 0.1.0
"""mason's own checks, in the order every report lists them."""

from mason.checks.coverage.check import CHECK as COVERAGE
from mason.checks.decorators.check import CHECK as DECORATORS
from mason.checks.design.check import CHECK as DESIGN
from mason.checks.format.check import CHECK as FORMAT
from mason.checks.headers.check import CHECK as HEADERS
from mason.checks.immutability.check import CHECK as IMMUTABILITY
from mason.checks.layers.check import CHECK as LAYERS
from mason.checks.lint.check import CHECK as LINT
from mason.checks.logging.check import CHECK as LOGGING
from mason.checks.properties.check import CHECK as PROPERTIES
from mason.checks.purity.check import CHECK as PURITY
from mason.checks.results.check import CHECK as RESULTS
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
    RESULTS,
    LOGGING,
    PROPERTIES,
    IMMUTABILITY,
    DECORATORS,
)
