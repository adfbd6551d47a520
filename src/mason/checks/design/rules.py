# @file rules.py
# @path src/mason/checks/design/rules.py
# @version 0.1.0
"""The rules of the design check: each one a value that makes its own findings."""

from mason.domain.rule import Rule
from mason.domain.severity import Severity

DES001 = Rule(
    id="DES001",
    check="design",
    title="More than three classes in one file",
    rationale="Seed 004 GEN-ONE-CLASS: a mandatory upper limit of three classes per file "
    "(an exception family counts as one concept and is exempt).",
    seed="004 (GEN-ONE-CLASS)",
    fix="Move classes into their own files.",
)

DES002 = Rule(
    id="DES002",
    check="design",
    title="More than one public class in one file",
    rationale="Seed 004 GEN-ONE-CLASS: aim for one public class per file.",
    seed="004 (GEN-ONE-CLASS)",
    fix="Move the other public classes into their own files, or make helpers private (_).",
    severity=Severity.WARNING,
)

DES003 = Rule(
    id="DES003",
    check="design",
    title="abc.ABC or ABCMeta base class",
    rationale="Seed 000: interfaces are structural (typing.Protocol); nominal abstract base "
    "classes couple implementations to the interface's module.",
    seed="000 (Protocol-first)",
    fix="Define a typing.Protocol; implementations need not inherit from it.",
)

DES004 = Rule(
    id="DES004",
    check="design",
    title="Pydantic model in a pure layer is not frozen",
    rationale="Seed 000: immutability by default; a mutable model in the core invites "
    "hidden state changes.",
    seed="000 (Immutability by default)",
    fix="Set `model_config = ConfigDict(frozen=True)` (or `class M(BaseModel, frozen=True)`).",
)

DES005 = Rule(
    id="DES005",
    check="design",
    title="Dataclass in a pure layer is not frozen",
    rationale="Seed 000: immutability by default.",
    seed="000 (Immutability by default)",
    fix="Use `@dataclass(frozen=True)`.",
)

SRC002 = Rule(
    id="SRC002",
    check="design",
    title="File does not parse",
    rationale="A file with a syntax error cannot be checked, imported or tested.",
    seed="004",
    fix="Fix the syntax error at the reported line.",
)

RULES = (
    DES001,
    DES002,
    DES003,
    DES004,
    DES005,
    SRC002,
)
