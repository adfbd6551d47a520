# @file protocols.py
# @path src/mason/checks/design/protocols.py
# @version 0.1.0
"""The shape of a module's Protocols: no marker protocols, no kitchen-sink protocols.

Seed 000 bans marker interfaces (an empty ``@runtime_checkable`` Protocol makes ``isinstance``
true of everything); seeds 003 and 004 ask for small, cohesive interfaces (SOLID's I). A
Protocol's members are its methods and annotated attributes, each name counted once (overloads
and a property's setter are one member). A Protocol that extends other classes besides
``Protocol`` and ``Generic`` composes their members, so an empty body is not a marker there.
"""

import ast
from collections.abc import Iterator

from mason.checks.design.rules import DES006, DES007
from mason.checks.names import Imports, last
from mason.checks.statements import statements
from mason.domain.finding import Finding

_PROTOCOL_PLUMBING = frozenset({"Protocol", "Generic"})


def _members(node: ast.ClassDef) -> set[str]:
    names: set[str] = set()
    for statement in node.body:
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(statement.name)
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            names.add(statement.target.id)
        elif isinstance(statement, ast.Assign):
            names.update(t.id for t in statement.targets if isinstance(t, ast.Name))
    return names


def _protocols(tree: ast.Module, imports: Imports) -> Iterator[tuple[ast.ClassDef, bool]]:
    """Yield each Protocol class, and whether it extends nothing but the protocol plumbing."""
    for node in statements(tree.body):
        if not isinstance(node, ast.ClassDef):
            continue
        bases = [last(imports.resolve(base)) for base in node.bases]
        if "Protocol" in bases:
            yield node, all(base in _PROTOCOL_PLUMBING for base in bases)


def check_protocols(
    tree: ast.Module, path: str, *, max_members: int, imports: Imports | None = None
) -> list[Finding]:
    """Return a finding for each empty Protocol and each with more than ``max_members``."""
    findings: list[Finding] = []
    for node, alone in _protocols(tree, imports or Imports(tree)):
        members = _members(node)
        if not members and alone:
            message = (
                f"{node.name} is a Protocol with no members: every object satisfies it; "
                "declare what its implementations must provide"
            )
            findings.append(DES006.finding(message, path=path, line=node.lineno))
        elif len(members) > max_members:
            message = (
                f"{node.name} declares {len(members)} members; the limit is {max_members}: "
                "split it into protocols its clients each need"
            )
            findings.append(DES007.finding(message, path=path, line=node.lineno))
    return findings
