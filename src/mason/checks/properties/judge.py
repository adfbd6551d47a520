# @file judge.py
# @path src/mason/checks/properties/judge.py
# @version 0.1.0
"""The properties judge: which layers a test module tests by properties, what a layer holds.

A test module tests a layer by properties when it imports from the layer (``from shop.domain.x
import Y``, ``import shop.domain.x``, ``from shop import domain``) and uses Hypothesis: a
function decorated with ``hypothesis.given``, or a class derived from
``hypothesis.stateful.RuleBasedStateMachine``, names resolved through the module's imports
(``from hypothesis import given as g`` counts, a project's own ``given`` does not).
"""

import ast
from collections.abc import Collection, Iterator

from mason.checks.properties.rules import PRP002
from mason.checks.purity.names import Names
from mason.domain.finding import Finding

GIVEN = "hypothesis.given"
STATE_MACHINES = frozenset(
    {"hypothesis.stateful.RuleBasedStateMachine", "hypothesis.stateful.GenericStateMachine"}
)
SETTINGS = "hypothesis.settings"
PROFILE = "hypothesis.settings.register_profile"


def imports_hypothesis(tree: ast.Module) -> bool:
    """Return whether the module imports Hypothesis at all (most modules do not: skip them)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            if any(alias.name.partition(".")[0] == "hypothesis" for alias in node.names):
                return True
        elif isinstance(node, ast.ImportFrom) and (node.module or "").partition(".")[0] == (
            "hypothesis"
        ):
            return True
    return False


def _decorated(node: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.expr]:
    for decorator in node.decorator_list:
        yield decorator.func if isinstance(decorator, ast.Call) else decorator


def uses_hypothesis(tree: ast.Module, names: Names) -> bool:
    """Return whether the module has a ``@given`` test or a rule-based state machine."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            if any(names.resolve(target, ()) == GIVEN for target in _decorated(node)):
                return True
        elif isinstance(node, ast.ClassDef) and any(
            names.resolve(base, ()) in STATE_MACHINES for base in node.bases
        ):
            return True
    return False


def imported_layers(tree: ast.Module, package: str, layers: Collection[str]) -> frozenset[str]:
    """Return the layers of ``package`` the module imports from (absolute imports only)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == package and len(parts) > 1:
                    found.add(parts[1])
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            parts = node.module.split(".")
            if parts[0] != package:
                continue
            if len(parts) > 1:
                found.add(parts[1])
            else:
                found.update(alias.name for alias in node.names)
    return frozenset(found.intersection(layers))


def property_tested_layers(
    tree: ast.Module, package: str, layers: Collection[str]
) -> frozenset[str]:
    """Return the layers a test module tests by properties: imported, and Hypothesis used."""
    if not imports_hypothesis(tree) or not uses_hypothesis(tree, Names(tree)):
        return frozenset()
    return imported_layers(tree, package, layers)


def _is_stub(body: list[ast.stmt]) -> bool:
    """Return whether a function body does nothing: a docstring, ``...``, ``pass``."""
    for statement in body:
        match statement:
            case ast.Pass() | ast.Expr(value=ast.Constant()):
                continue
            case ast.Raise(exc=exc) if exc is not None and "NotImplementedError" in ast.unparse(
                exc
            ):
                continue
            case _:
                return False
    return True


def _is_protocol(node: ast.ClassDef) -> bool:
    for base in node.bases:
        target = base.value if isinstance(base, ast.Subscript) else base
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if name == "Protocol":
            return True
    return False


def has_code(tree: ast.Module) -> bool:
    """Return whether the module has behaviour to test: a function with a body, or a class.

    Protocols, type aliases, constants and ``NewType``s are declarations: a layer of only
    those (functional-core's ``protocols``) needs no property test.
    """
    for node in tree.body:
        match node:
            case ast.FunctionDef() | ast.AsyncFunctionDef() if not _is_stub(node.body):
                return True
            case ast.ClassDef() if not _is_protocol(node):
                return True
            case _:
                continue
    return False


def low_examples(tree: ast.Module, path: str, minimum: int) -> list[Finding]:
    """Return PRP002's findings: ``settings`` or profiles with too few ``max_examples``."""
    if not imports_hypothesis(tree):
        return []
    names = Names(tree)
    findings: list[Finding] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        called = names.resolve(node.func, ())
        if called not in {SETTINGS, PROFILE}:
            continue
        for keyword in node.keywords:
            match keyword:
                case ast.keyword(arg="max_examples", value=ast.Constant(value=int(count))) if (
                    count < minimum
                ):
                    what = "a registered profile" if called == PROFILE else "these settings"
                    findings.append(
                        PRP002.finding(
                            f"`max_examples={count}` in {what}: property tests run fewer "
                            f"than {minimum} examples",
                            path=path,
                            line=keyword.value.lineno,
                            column=keyword.value.col_offset + 1,
                        )
                    )
                case _:
                    continue
    return findings
