# @file rules.py
# @path src/mason/checks/layers/rules.py
# @version 0.1.0
"""The rules of the layers check: each one a value that makes its own findings."""

from mason.domain.rule import Rule
from mason.domain.severity import Severity

LAY001 = Rule(
    id="LAY001",
    tool="import-linter",
    check="layers",
    title="An import breaks an import-linter contract",
    rationale="Dependencies point one way only; an import against the direction couples a "
    "lower layer to a higher one (seeds 000, 001, 002).",
    seed="000, 001, 002",
    fix="Move the code to the right layer, invert the dependency with a Protocol in the "
    "lower layer, or (if the contract is wrong) change the contract.",
)

LAY002 = Rule(
    id="LAY002",
    tool="import-linter",
    check="layers",
    title="A module is not assigned to any layer",
    rationale="An exhaustive layers contract lists every module; a new one must be placed. "
    "The layouts whose seed draws the whole package (functional-core, clean-ddd, four-layer) "
    "are closed: a helpers.py beside the layers is a dumping ground in waiting.",
    seed="002 (Principle 1: Layered Architecture), 000, 001",
    fix="Move the module into the layer its responsibility belongs to (or, for a deliberate "
    "exception, add it to the contract's exhaustive_ignores).",
    scope="file",
)

LAY003 = Rule(
    id="LAY003",
    check="layers",
    title="The project declares no import contracts",
    rationale="Without a contract nothing stops layers from tangling; seed 002 makes the "
    "import-linter contract mandatory.",
    seed="002",
    fix="Add [tool.importlinter] contracts, or set [tool.mason].layout so mason derives them "
    "(`mason upgrade --adopt` writes them for you).",
    severity=Severity.WARNING,
)

RULES = (
    LAY001,
    LAY002,
    LAY003,
)
