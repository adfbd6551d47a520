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
    title="Pydantic model in a value layer is not frozen",
    rationale="Seeds 000 and 004: models are immutable by default; a mutable model invites "
    "hidden state changes. Value layers are where the layout keeps its models (pure layers, "
    "and per layout: every layer of functional-core, clean-ddd's application, webapp's "
    "models); `[tool.mason.design] value_layers` names others. Outside them (ORM rows, "
    "adopted code) mutability may be essential, so the rule stays out.",
    seed="000 (Immutability by default), 004 (6.1)",
    fix="Set `model_config = ConfigDict(frozen=True)` (or `class M(BaseModel, frozen=True)`) "
    "and return changed copies (`model.model_copy(update=...)`).",
)

DES005 = Rule(
    id="DES005",
    check="design",
    title="Dataclass, attrs class or msgspec Struct in a value layer is not frozen",
    rationale="Seeds 000, 001 and 004: value objects are immutable (see DES004 for the "
    "value layers).",
    seed="000 (Immutability by default), 001 (value objects)",
    fix="Use `@dataclass(frozen=True)`, `@attrs.frozen` or `class S(Struct, frozen=True)`.",
)

DES006 = Rule(
    id="DES006",
    check="design",
    title="Protocol with no members (a marker interface)",
    rationale="Seed 000 bans marker interfaces: every object satisfies an empty Protocol, so "
    "annotating with it checks nothing and `isinstance` against a runtime_checkable one is "
    "always true. A Protocol that combines other protocols (`class RW(Reader, Writer, "
    "Protocol)`) is not empty.",
    seed="000 (Protocol-first, anti-pattern 10)",
    fix="Declare the methods or attributes implementations must provide, or remove the "
    "Protocol and use `object`.",
)

DES007 = Rule(
    id="DES007",
    check="design",
    title="Protocol with more members than the limit",
    rationale="Seeds 003 and 004 (SOLID, interface segregation): a client should depend on the "
    "few methods it uses; a kitchen-sink Protocol forces every implementation (and every test "
    "double) to provide all of them. `[tool.mason.design] max_protocol_members` sets the "
    "limit (default 10: a logger's level methods are one role, and fit).",
    seed="003 (SOLID), 004 (4.1 SOLID-I)",
    fix="Split the Protocol by client: each use case annotates with the small protocol it "
    "needs; a class may implement several.",
    severity=Severity.WARNING,
)

DES008 = Rule(
    id="DES008",
    check="design",
    title="Module longer than the limit",
    rationale="Seed 003: balanced file organisation, neither monoliths nor dozens of tiny "
    "files (DES001 bounds the other side). `[tool.mason.design] max_module_lines` sets the "
    "limit (default 500 lines).",
    seed="003 (file organisation)",
    fix="Split the module along its concerns.",
    severity=Severity.WARNING,
    scope="file",
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
    DES006,
    DES007,
    DES008,
    SRC002,
)
