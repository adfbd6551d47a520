# @file judge.py
# @path src/mason/checks/results/judge.py
# @version 0.1.0
"""The results judge: one walk over one module of a Result layer.

RES001: every ``raise`` is a finding unless what encloses it may raise: a function under a
barrier (decorated by one, or passed to one: ``safe(parse)``), a pydantic validator (decorated
``field_validator``/``model_validator``, given to ``AfterValidator`` and its kin or to
``core_schema.*_validator_function``, named in ``__get_pydantic_core_schema__``), a constructor
(``__init__``, ``__new__``, ``__post_init__``) or a class-definition hook (``__init_subclass__``,
``__set_name__``); or unless it raises ``NotImplementedError``, ``AssertionError`` or
``TypeError`` (bugs, not outcomes), or re-raises what an enclosing ``except`` caught.
RES002: public functions and methods returning ``X | None``.
"""

import ast
from collections.abc import Collection, Iterator

from mason.checks.results.rules import RES001, RES002
from mason.domain.finding import Finding

ALLOWED_EXCEPTIONS = frozenset({"NotImplementedError", "AssertionError", "TypeError"})
"""What may always be raised: an unwritten branch, a broken invariant and a caller's misuse
(a wrong type: eventsourcing's domain checks its callers so) are bugs, not expected failures."""
_VALIDATOR_DECORATORS = frozenset(
    {"field_validator", "model_validator", "validator", "root_validator"}
)
_VALIDATOR_METHODS = frozenset(
    {
        "__init__",
        "__new__",
        "__post_init__",
        "__init_subclass__",
        "__set_name__",
        "__get_pydantic_core_schema__",
        "__get_validators__",
        # protocols whose only refusal is an exception (attrs' frozen __setattr__, a proxy's
        # __getattr__, an iterator's end)
        "__getattr__",
        "__getattribute__",
        "__setattr__",
        "__delattr__",
        "__getitem__",
        "__setitem__",
        "__delitem__",
        "__next__",
        "__anext__",
    }
)
"""Construction and class definition validate, as pydantic's validators do: an object that
cannot exist, or a class defined wrong, is refused where it is made."""
_VALIDATOR_KEYWORDS = frozenset({"validator", "converter", "on_setattr"})
"""Keywords that hand a function to attrs (and its kin) to validate or convert a field."""
_SCHEMA_HOOKS = frozenset({"__get_pydantic_core_schema__", "__get_validators__"})
"""Methods whose body names the class's validator functions (``cls._validate``)."""
_NOT_OPERATIONS = frozenset(
    {"property", "cached_property", "overload", "setter", "getter", "deleter"}
)
"""Decorators of functions that RES002 leaves out: attributes and overload signatures."""

type Function = ast.FunctionDef | ast.AsyncFunctionDef


def _last_name(node: ast.expr) -> str:
    """Return the last identifier of a (called) name: ``catching`` of ``catching(ValueError)``."""
    while isinstance(node, ast.Call):
        node = node.func
    match node:
        case ast.Name(id=name):
            return name
        case ast.Attribute(attr=name):
            return name
        case _:
            return ""


def _referenced(arguments: list[ast.expr]) -> Iterator[str]:
    for argument in arguments:
        name = _last_name(argument) if isinstance(argument, ast.Name | ast.Attribute) else ""
        if name:
            yield name


class _Allowed:
    """The functions of one module that may raise: barriers' and validators' own."""

    def __init__(self, tree: ast.Module, barriers: Collection[str]) -> None:
        """Find the functions ``tree`` passes to barriers and validators."""
        self.barriers = frozenset(barriers)
        wrapped: set[str] = set()
        validators: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                callee = _last_name(node.func)
                if callee in self.barriers:
                    wrapped.update(_referenced(node.args))
                elif "validator" in callee.lower():
                    validators.update(_referenced(node.args))
                validators.update(  # attrs.field(validator=f, converter=g) and their kin
                    _referenced(
                        [
                            keyword.value
                            for keyword in node.keywords
                            if keyword.arg in _VALIDATOR_KEYWORDS
                        ]
                    )
                )
            elif (
                isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                and node.name in _SCHEMA_HOOKS
            ):
                validators.update(
                    _last_name(inner)
                    for inner in ast.walk(node)
                    if isinstance(inner, ast.Attribute | ast.Name)
                )
        self.wrapped = frozenset(wrapped)
        self.validators = frozenset(validators)

    def may_raise(self, function: Function) -> bool:
        """Return whether ``function`` is a barrier's or a validator's: its raises are allowed."""
        decorators = {_last_name(decorator) for decorator in function.decorator_list}
        return bool(
            decorators & (self.barriers | _VALIDATOR_DECORATORS)
            or function.name in _VALIDATOR_METHODS
            or function.name in self.wrapped
            or function.name in self.validators
        )


class _Walk:
    """One module's walk for RES001: the functions around each node, the names caught."""

    def __init__(self, path: str, layer: str, allowed: _Allowed) -> None:
        self.path = path
        self.layer = layer
        self.allowed = allowed
        self.functions: list[tuple[str, bool]] = []
        """The enclosing functions, innermost last: name, and whether it may raise."""
        self.caught: list[str | None] = []
        """The names of the enclosing ``except ... as name`` clauses."""
        self.kept: set[str] = set()
        """Names a caught exception was kept in (``last = error``): raising one re-raises."""
        self.findings: list[Finding] = []

    def visit(self, node: ast.AST) -> None:
        match node:
            case ast.FunctionDef() | ast.AsyncFunctionDef():
                self.functions.append((node.name, self.allowed.may_raise(node)))
                self.each(node.body)
                self.functions.pop()
            case ast.ExceptHandler(name=name):
                self.caught.append(name)
                self.each(node.body)
                self.caught.pop()
            case ast.Assign(targets=[ast.Name(id=target)], value=ast.Name(id=source)) if (
                source in self.caught
            ):
                self.kept.add(target)  # `error = caught`, raised again later
                self.each(ast.iter_child_nodes(node))
            case ast.Raise():
                self.judge(node)
            case _:
                self.each(ast.iter_child_nodes(node))

    def each(self, nodes: Iterator[ast.AST] | list[ast.stmt]) -> None:
        for child in nodes:
            self.visit(child)

    def judge(self, node: ast.Raise) -> None:
        raised = node.exc
        if raised is None or _last_name(raised) in ALLOWED_EXCEPTIONS:
            return
        if isinstance(raised, ast.Call) and _last_name(raised.func) == "cast" and raised.args:
            raised = raised.args[-1]  # `raise cast(BadSignature, last)`: what is raised is `last`
        if isinstance(raised, ast.Name) and (raised.id in self.caught or raised.id in self.kept):
            return  # re-raising what was caught (with a new cause, perhaps)
        if any(may for _, may in self.functions):
            return
        where = f" in `{self.functions[-1][0]}`" if self.functions else " at module level"
        shown = ast.unparse(raised)
        shown = shown if len(shown) <= 60 else f"{shown[:57]}..."  # noqa: PLR2004 - a short quote
        self.findings.append(
            RES001.finding(
                f"`raise {shown}`{where} in Result layer '{self.layer}': an expected failure "
                "is an Err value",
                path=self.path,
                line=node.lineno,
                column=node.col_offset + 1,
            )
        )


def _has_none(annotation: ast.expr | None) -> bool:
    """Return whether the annotation is a union with ``None`` (``X | None``, ``Optional[X]``)."""
    match annotation:
        case ast.BinOp(op=ast.BitOr(), left=left, right=right):
            return _is_none(left) or _is_none(right) or _has_none(left) or _has_none(right)
        case ast.Subscript(value=value, slice=inner):
            name = _last_name(value)
            members = inner.elts if isinstance(inner, ast.Tuple) else [inner]
            return name == "Optional" or (name == "Union" and any(map(_is_none, members)))
        case ast.Constant(value=str(text)):
            try:
                return _has_none(ast.parse(text, mode="eval").body)
            except SyntaxError:
                return False
        case _:
            return False


def _is_none(node: ast.expr) -> bool:
    match node:
        case ast.Constant(value=None) | ast.Name(id="None"):
            return True
        case _:
            return False


def _public_operations(tree: ast.Module) -> Iterator[Function]:
    """Yield the module's public functions and the public methods of its classes."""
    for node in tree.body:
        members = node.body if isinstance(node, ast.ClassDef) else [node]
        if isinstance(node, ast.ClassDef) and node.name.startswith("_"):
            continue
        for member in members:
            if not isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            decorators = {_last_name(decorator) for decorator in member.decorator_list}
            if not member.name.startswith("_") and not decorators & _NOT_OPERATIONS:
                yield member


def check_results(
    tree: ast.Module,
    path: str,
    *,
    layer: str,
    barriers: Collection[str],
    optional_returns: bool,
) -> list[Finding]:
    """Return the findings of the module ``tree`` at ``path``, a file of Result layer ``layer``.

    ``barriers`` name the decorators that turn exceptions into Err values; ``optional_returns``
    turns RES002 on.
    """
    walk = _Walk(path, layer, _Allowed(tree, barriers))
    walk.each(tree.body)
    findings = walk.findings
    if optional_returns:
        for function in _public_operations(tree):
            if _has_none(function.returns) and function.returns is not None:
                findings.append(
                    RES002.finding(
                        f"`{function.name}` returns `{ast.unparse(function.returns)}` in Result "
                        f"layer '{layer}': a failure would pass as None",
                        path=path,
                        line=function.lineno,
                        column=function.col_offset + 1,
                    )
                )
    return findings
