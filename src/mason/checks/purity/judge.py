# @file judge.py
# @path src/mason/checks/purity/judge.py
# @version 0.1.0
"""The purity judge: one walk over one parsed module, names resolved through its imports.

In a pure layer every use of a name with an effect is a finding (PUR001-PUR003): a call, and a
reference too (``default_factory=uuid4`` draws at each construction); annotations, ``except``
clauses and ``if TYPE_CHECKING:`` blocks use nothing. In the package's other modules only the
code that runs at import time is judged, for I/O clients (PUR004): the module's and classes'
bodies, decorators and defaults, and the bodies of decorators and decorator factories.
"""

import ast
from collections.abc import Iterable

from mason.checks.purity.effects import DETERMINISTIC_WITH, PATH_METHODS, Effect, effect_of
from mason.checks.purity.import_time import DecorationTime, Function
from mason.checks.purity.names import FunctionNode, Names, bound_names, own_nodes
from mason.checks.purity.path_scope import PathScope
from mason.checks.purity.paths import PathTypes, method_receiver
from mason.checks.purity.rules import PUR001, PUR002, PUR003, PUR004
from mason.domain.finding import Finding
from mason.domain.rule import Rule

_RULES: dict[Effect, Rule] = {
    Effect.IO: PUR001,
    Effect.CLIENT: PUR001,
    Effect.ENVIRONMENT: PUR002,
    Effect.CLOCK: PUR003,
    Effect.RANDOM: PUR003,
}


def _is_type_checking(test: ast.expr) -> bool:
    name = test.attr if isinstance(test, ast.Attribute) else getattr(test, "id", "")
    return name == "TYPE_CHECKING"


def _is_main_guard(test: ast.expr) -> bool:
    match test:
        case ast.Compare(
            left=ast.Name(id="__name__"), comparators=[ast.Constant(value="__main__")]
        ):
            return True
        case _:
            return False


class _Walk:
    """One module's walk: what it resolves names with, where it is, what it found."""

    def __init__(self, path: str, layer: str | None, names: Names) -> None:
        """Walk the module at ``path``; ``layer`` is its pure layer, if it is in one."""
        self.path = path
        self.layer = layer
        self.names = names
        self.paths = PathTypes(names)
        self.decoration = DecorationTime(names.decorators)
        self.locals: list[frozenset[str]] = []
        self.scopes: list[PathScope] = []
        self.findings: list[Finding] = []
        self.decorating: str | None = None
        """The decorator (or factory) whose own body the walk is in."""

    def report(
        self, effect: Effect, node: ast.expr, name: str, *, at_import: bool, call: bool
    ) -> None:
        shown = ast.unparse(node)
        plain = name.removeprefix("builtins.")
        resolved = "" if shown == plain else f" ({plain})"
        if self.layer is not None:
            rule = _RULES[effect]
            message = f"`{shown}`{resolved} {effect} in pure layer '{self.layer}'"
        elif at_import and call and effect is Effect.CLIENT:
            rule = PUR004
            where = f" (in decorator `{self.decorating}`)" if self.decorating else ""
            message = f"`{shown}`{resolved} {effect} at import time{where}"
        else:
            return
        self.findings.append(
            rule.finding(message, path=self.path, line=node.lineno, column=node.col_offset + 1)
        )

    def visit(self, node: ast.AST, *, at_import: bool) -> None:  # noqa: C901, PLR0912 - one dispatch
        match node:
            case ast.FunctionDef() | ast.AsyncFunctionDef():
                self.function(node, at_import=at_import, attributes=None)
            case ast.Lambda():
                self.outer_parts(node, at_import=at_import)
                if self.layer is not None:  # a lambda's body never runs at import time
                    self.scope(node, [node.body], at_import=False, attributes=None)
            case ast.ClassDef():
                self.klass(node, at_import=at_import)
            case ast.If(test=test) if _is_type_checking(test):
                self.each(node.orelse, at_import=at_import)
            case ast.If(test=test) if _is_main_guard(test):
                self.each(node.body, at_import=False)
                self.each(node.orelse, at_import=at_import)
            case ast.ExceptHandler():
                self.each(node.body, at_import=at_import)
            case ast.AnnAssign():
                if node.value is not None:
                    self.visit(node.value, at_import=at_import)
            case ast.Import() | ast.ImportFrom() | ast.TypeAlias() | ast.arg():
                return
            case ast.Call():
                self.call(node, at_import=at_import)
            case ast.Name() | ast.Attribute():
                self.reference(node, None, at_import=at_import)
            case _:
                self.each(ast.iter_child_nodes(node), at_import=at_import)

    def each(self, nodes: Iterable[ast.AST], *, at_import: bool) -> None:
        for child in nodes:
            self.visit(child, at_import=at_import)

    def call(self, node: ast.Call, *, at_import: bool) -> None:
        if isinstance(node.func, ast.Name | ast.Attribute):
            self.reference(node.func, node, at_import=at_import)
        else:
            self.visit(node.func, at_import=at_import)
        self.each(node.args, at_import=at_import)
        self.each([keyword.value for keyword in node.keywords], at_import=at_import)

    def reference(
        self, node: ast.Name | ast.Attribute, call: ast.Call | None, *, at_import: bool
    ) -> None:
        if not isinstance(node.ctx, ast.Load):
            if isinstance(node, ast.Attribute):
                self.visit(node.value, at_import=at_import)
            return
        name = self.names.resolve(node, self.locals)
        if name is not None:
            found = effect_of(name)
            needed = DETERMINISTIC_WITH.get(name)
            if call is not None and needed and (len(call.args) >= needed or call.keywords):
                return
            if found is not None:
                self.report(found[1], node, name, at_import=at_import, call=call is not None)
            return
        if isinstance(node, ast.Attribute):
            effect = PATH_METHODS.get(node.attr)
            if effect is not None and self.paths.is_path(node.value, self.scopes):
                name = f"Path.{node.attr}"
                self.report(effect, node, name, at_import=at_import, call=call is not None)
            self.visit(node.value, at_import=at_import)

    def outer_parts(self, node: FunctionNode, *, at_import: bool) -> None:
        """Visit what runs where ``node`` is defined: decorators and defaults."""
        decorators = [] if isinstance(node, ast.Lambda) else node.decorator_list
        defaults = [value for value in node.args.kw_defaults if value is not None]
        self.each([*decorators, *node.args.defaults, *defaults], at_import=at_import)

    def function(
        self, node: Function, *, at_import: bool, attributes: frozenset[str] | None
    ) -> None:
        self.outer_parts(node, at_import=at_import)
        decorating, outer = node in self.decoration, self.decorating
        if self.layer is None and not decorating:
            return  # outside pure layers only import time is judged, and this body runs later
        self.decorating = node.name if decorating else None
        self.scope(node, node.body, at_import=decorating, attributes=attributes)
        self.decorating = outer

    def scope(
        self,
        node: FunctionNode,
        body: list[ast.stmt] | list[ast.expr],
        *,
        at_import: bool,
        attributes: frozenset[str] | None,
    ) -> None:
        nodes = list(own_nodes(node))
        bound = bound_names(node, nodes)
        is_method = attributes is not None and not isinstance(node, ast.Lambda)
        receiver = method_receiver(node) if is_method and not isinstance(node, ast.Lambda) else None
        scope = PathScope(bound, receiver=receiver, attributes=attributes or frozenset())
        if self.layer is not None:  # paths matter to pure layers only
            self.paths.fill(scope, node, self.scopes, nodes)
        self.locals.append(bound)
        self.scopes.append(scope)
        self.each(body, at_import=at_import)
        self.scopes.pop()
        self.locals.pop()

    def klass(self, node: ast.ClassDef, *, at_import: bool) -> None:
        self.each([*node.decorator_list, *node.bases], at_import=at_import)
        self.each([keyword.value for keyword in node.keywords], at_import=at_import)
        attributes = self.paths.attributes(node, self.scopes) if self.layer else frozenset[str]()
        for statement in node.body:
            if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
                self.function(statement, at_import=at_import, attributes=attributes)
            else:
                self.visit(statement, at_import=at_import)


def check_purity(tree: ast.Module, path: str, *, layer: str | None) -> list[Finding]:
    """Return the purity findings of the module ``tree`` at ``path`` (a file of the package).

    ``layer`` names the pure layer the file is in (PUR001-PUR003 judge all its code); ``None``
    for a file of any other layer (PUR004 judges its import-time code).
    """
    names = Names(tree)
    walk = _Walk(path, layer, names)
    module = PathScope(bound=names.module_bound)
    if layer is not None:
        walk.paths.fill(module, tree, [])
    walk.scopes.append(module)
    walk.each(tree.body, at_import=True)
    return walk.findings
