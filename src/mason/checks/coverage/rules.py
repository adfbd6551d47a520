# @file rules.py
# @path src/mason/checks/coverage/rules.py
# @version 0.1.0
"""The rules of the coverage check: each one a value that makes its own findings."""

from mason.domain.rule import Rule
from mason.domain.severity import Severity

COV001 = Rule(
    id="COV001",
    tool="coverage.py",
    check="coverage",
    title="Total coverage is below the gate",
    rationale="Seed 004: below 70 % statement coverage is a failure in CI.",
    seed="004 (coverage policy)",
    fix="Write tests for the uncovered lines `coverage report -m` lists.",
)

COV002 = Rule(
    id="COV002",
    tool="coverage.py",
    check="coverage",
    title="Total coverage is below the target",
    rationale="Seed 004: 80 % is the desired level; below it mason warns.",
    seed="004 (coverage policy)",
    fix="Raise coverage towards [tool.mason.coverage].target.",
    severity=Severity.WARNING,
)

COV003 = Rule(
    id="COV003",
    tool="coverage.py",
    check="coverage",
    title="A layer's coverage is below its gate",
    rationale="Core layers deserve a higher bar than glue ([tool.mason.coverage].layers).",
    seed="004",
    fix="Test the layer's uncovered lines.",
)

COV004 = Rule(
    id="COV004",
    tool="pytest",
    check="coverage",
    title="Tests fail",
    rationale="Coverage from a failing suite measures nothing; the suite must pass.",
    seed="004 (PY-PYTEST)",
    fix="Run pytest and fix the failing tests.",
)

COV005 = Rule(
    id="COV005",
    check="coverage",
    title="Coverage fell since the baseline",
    rationale="A baseline records coverage; it may rise, never fall (a ratchet).",
    seed="004 (coverage policy)",
    fix="Test the code that lost coverage, or rewrite the baseline deliberately.",
)

RULES = (
    COV001,
    COV002,
    COV003,
    COV004,
    COV005,
)
