"""Analyze stage: parents, scopes and references, and the rule function itself.

One iterative walk over the tree records each node's parent, builds the scope tree
(function, block, catch, class and named-function-expression scopes, with ``var`` and
function hoisting) and collects every identifier *reference* (as opposed to property
names, labels and declarations). References are then resolved against the complete
scopes, so hoisting needs no special case. The rule's three parameters are bound by
position, whatever their names, and a reference resolves to a parameter only when no
inner binding shadows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

from .astutil import FUNCTION_TYPES, STATEMENT_LISTS, VISITOR_KEYS

ROLES = ("user", "context", "callback")

# Roles an identifier can play while walking.
_EXPR, _BIND, _ASSIGN, _SKIP = range(4)


@dataclass(eq=False)
class Binding:
    name: str
    kind: str  # param, var, let, const, function, class, catch, funcname
    scope: "Scope"
    node: Any  # the declaring Identifier
    references: list[Any] = field(default_factory=list)
    redeclared: bool = False  # a parameter declared again with `var`


@dataclass(eq=False)
class Scope:
    kind: str  # global, function, block, catch, class, funcname
    node: Any
    parent: "Scope | None"
    bindings: dict[str, Binding] = field(default_factory=dict)

    @property
    def function_scope(self) -> "Scope":
        scope = self
        while scope.kind not in ("function", "global"):
            scope = scope.parent  # type: ignore[assignment]
        return scope

    def declare(self, name: str, kind: str, node: Any) -> Binding:
        binding = self.bindings.get(name)
        if binding is None or (binding.kind == "param" and kind == "function"):
            # A function declaration replaces a parameter's value for the whole body.
            binding = Binding(name, kind, self, node)
            self.bindings[name] = binding
        elif binding.kind == "param" and kind == "var":
            binding.redeclared = True
        return binding

    def lookup(self, name: str) -> Binding | None:
        scope: Scope | None = self
        while scope is not None:
            binding = scope.bindings.get(name)
            if binding is not None:
                return binding
            scope = scope.parent
        return None


@dataclass
class RuleFunction:
    statement: Any  # the top-level statement holding the function
    function: Any
    name: str | None
    params: dict[str, Any]  # role -> parameter node (may be missing)
    bindings: dict[str, Binding]  # role -> binding, for plain identifier params

    @property
    def body(self) -> Any:
        return self.function.body


class Analysis:
    """Everything the fixers need to know about one parsed file."""

    def __init__(self, program: Any, anonymous_at: int | None = None, hook: Any = None):
        self.program = program
        # The Hook trigger (converter.hooks.Trigger) when the file is a Hook: its function's
        # parameters are bound to that trigger's roles instead of the Rule's three.
        self.hook = hook
        self.parents: dict[int, Any] = {}
        self.by_type: dict[str, list[Any]] = {}
        self.scope_of_function: dict[int, Scope] = {}
        self.scope_of_node: dict[int, Scope] = {}  # every scope-creating node -> its scope
        self.binding_of: dict[int, Binding | None] = {}
        self.declared: dict[int, Binding] = {}  # declaring Identifier -> its binding
        self.writes: set[int] = set()
        self.globals: dict[str, list[Any]] = {}
        self.bound_names: set[str] = set()
        self.global_scope = Scope("global", program, None)
        self._walk(program)
        if anonymous_at is not None:
            # The ``_`` the parser put in front of a bare function is not the rule's.
            placeholder = [n for n in self.globals.get("_", []) if n.range[0] == n.range[1]]
            for node in placeholder:
                self.globals["_"].remove(node)
            if not self.globals.get("_", True):
                del self.globals["_"]
        self.rule: RuleFunction | None = (
            _find_hook(self, program, anonymous_at, hook)
            if hook is not None
            else _find_rule(self, program, anonymous_at)
        )

    # -- queries -----------------------------------------------------------------------

    def parent(self, node: Any) -> Any:
        return self.parents.get(id(node))

    def ancestors(self, node: Any) -> Iterator[Any]:
        parent = self.parents.get(id(node))
        while parent is not None:
            yield parent
            parent = self.parents.get(id(parent))

    def enclosing_function(self, node: Any) -> Any:
        for ancestor in self.ancestors(node):
            if ancestor.type in FUNCTION_TYPES:
                return ancestor
        return None

    def enclosing_statement(self, node: Any) -> Any:
        """The innermost statement (or declaration) that sits in a statement list."""
        current = node
        for ancestor in self.ancestors(node):
            if ancestor.type in STATEMENT_LISTS:
                return current
            current = ancestor
        return current

    def resolve(self, identifier: Any) -> Binding | None:
        return self.binding_of.get(id(identifier))

    def declaration(self, identifier: Any) -> Binding | None:
        """The binding a declaring identifier (``x`` in ``const x = 1``) introduces."""
        return self.declared.get(id(identifier))

    def is_write(self, identifier: Any) -> bool:
        return id(identifier) in self.writes

    def role_references(self, role: str) -> list[Any]:
        """References to the rule parameter playing ``role``, in source order."""
        if self.rule is None:
            return []
        binding = self.rule.bindings.get(role)
        return list(binding.references) if binding else []

    def global_references(self, name: str) -> list[Any]:
        return self.globals.get(name, [])

    def scope_at(self, node: Any) -> Scope:
        """The innermost scope that encloses ``node``."""
        for ancestor in self.ancestors(node):
            scope = self.scope_of_node.get(id(ancestor))
            if scope is not None:
                return scope
        return self.global_scope

    def nodes(self, node_type: str) -> list[Any]:
        return self.by_type.get(node_type, [])

    # -- the walk ----------------------------------------------------------------------

    def _walk(self, program: Any) -> None:
        parents = self.parents
        by_type = self.by_type
        references: list[tuple[Any, Scope]] = []
        # (node, scope, role, binding kind)
        stack: list[tuple[Any, Scope, int, str]] = [(program, self.global_scope, _EXPR, "")]
        while stack:
            node, scope, role, kind = stack.pop()
            ntype = node.type
            by_type.setdefault(ntype, []).append(node)
            todo: list[tuple[Any, Scope, int, str]] = []

            def push(
                child: Any,
                child_scope: Scope = scope,
                child_role: int = _EXPR,
                child_kind: str = "",
            ) -> None:
                if child is None:
                    return
                parents[id(child)] = node
                todo.append((child, child_scope, child_role, child_kind))

            if ntype == "Identifier":
                if role == _EXPR or role == _ASSIGN:
                    references.append((node, scope))
                    if role == _ASSIGN:
                        self.writes.add(id(node))
                elif role == _BIND:
                    target = scope.function_scope if kind == "var" else scope
                    self.declared[id(node)] = target.declare(node.name, kind, node)
                    self.bound_names.add(node.name)
                continue

            if ntype in FUNCTION_TYPES:
                outer = scope
                if ntype == "FunctionDeclaration" and node.id is not None:
                    push(node.id, scope, _BIND, "function")
                elif node.id is not None:
                    outer = Scope("funcname", node, scope)
                    push(node.id, outer, _BIND, "funcname")
                inner = Scope("function", node, outer)
                self.scope_of_function[id(node)] = inner
                self.scope_of_node[id(node)] = inner
                for param in node.params:
                    push(param, inner, _BIND, "param")
                body = node.body
                if body.type == "BlockStatement":
                    parents[id(body)] = node
                    by_type.setdefault("BlockStatement", []).append(body)
                    for statement in body.body:
                        parents[id(statement)] = body
                        todo.append((statement, inner, _EXPR, ""))
                else:
                    push(body, inner)
            elif ntype == "BlockStatement" or ntype == "StaticBlock":
                block = Scope("block", node, scope)
                self.scope_of_node[id(node)] = block
                for statement in node.body:
                    push(statement, block)
            elif ntype == "VariableDeclaration":
                for declarator in node.declarations:
                    parents[id(declarator)] = node
                    by_type.setdefault("VariableDeclarator", []).append(declarator)
                    parents[id(declarator.id)] = declarator
                    todo.append((declarator.id, scope, _BIND, node.kind))
                    if declarator.init is not None:
                        parents[id(declarator.init)] = declarator
                        todo.append((declarator.init, scope, _EXPR, ""))
            elif ntype in ("ForStatement", "ForInStatement", "ForOfStatement"):
                loop = Scope("block", node, scope)
                self.scope_of_node[id(node)] = loop
                if ntype == "ForStatement":
                    push(node.init, loop)
                    push(node.test, loop)
                    push(node.update, loop)
                else:
                    left = node.left
                    if left.type == "VariableDeclaration":
                        push(left, loop)
                    else:
                        push(left, loop, _ASSIGN)
                    push(node.right, loop)
                push(node.body, loop)
            elif ntype == "CatchClause":
                catch = Scope("catch", node, scope)
                self.scope_of_node[id(node)] = catch
                push(node.param, catch, _BIND, "catch")
                body = node.body
                parents[id(body)] = node
                by_type.setdefault("BlockStatement", []).append(body)
                for statement in body.body:
                    parents[id(statement)] = body
                    todo.append((statement, catch, _EXPR, ""))
            elif ntype in ("ClassDeclaration", "ClassExpression"):
                class_scope = Scope("class", node, scope)
                if node.id is not None:
                    if ntype == "ClassDeclaration":
                        push(node.id, scope, _BIND, "class")
                    else:
                        push(node.id, class_scope, _BIND, "class")
                push(node.superClass, scope)
                push(node.body, class_scope)
            elif ntype == "SwitchStatement":
                push(node.discriminant, scope)
                cases = Scope("block", node, scope)
                self.scope_of_node[id(node)] = cases
                for case in node.cases:
                    push(case, cases)
            elif ntype == "MemberExpression":
                push(node.object, scope)
                push(node.property, scope, _EXPR if node.computed else _SKIP)
            elif ntype == "Property":
                key_role = _EXPR if node.computed else _SKIP
                if node.shorthand:
                    # key and value are two nodes over the same text; visit the value only.
                    push(node.value, scope, role, kind)
                else:
                    push(node.key, scope, key_role)
                    push(node.value, scope, role if role != _SKIP else _EXPR, kind)
            elif ntype in ("MethodDefinition", "PropertyDefinition", "FieldDefinition"):
                push(node.key, scope, _EXPR if node.computed else _SKIP)
                push(node.value, scope)
            elif ntype in ("LabeledStatement", "BreakStatement", "ContinueStatement"):
                push(node.label, scope, _SKIP)
                if ntype == "LabeledStatement":
                    push(node.body, scope)
            elif ntype == "MetaProperty":
                push(node.meta, scope, _SKIP)
                push(node.property, scope, _SKIP)
            elif ntype == "AssignmentExpression":
                left = node.left
                push(left, scope, _ASSIGN if left.type != "MemberExpression" else _EXPR)
                push(node.right, scope)
            elif ntype == "UpdateExpression":
                argument = node.argument
                push(argument, scope, _ASSIGN if argument.type == "Identifier" else _EXPR)
            elif ntype in ("ObjectPattern", "ArrayPattern", "RestElement", "AssignmentPattern"):
                pattern_role = role if role in (_BIND, _ASSIGN) else _ASSIGN
                if ntype == "ObjectPattern":
                    for prop in node.properties:
                        push(prop, scope, pattern_role, kind)
                elif ntype == "ArrayPattern":
                    for element in node.elements:
                        push(element, scope, pattern_role, kind)
                elif ntype == "RestElement":
                    push(node.argument, scope, pattern_role, kind)
                else:
                    push(node.left, scope, pattern_role, kind)
                    push(node.right, scope)
            else:
                for key in VISITOR_KEYS.get(ntype, ()):
                    value = getattr(node, key, None)
                    if value is None:
                        continue
                    if isinstance(value, list):
                        for item in value:
                            push(item)
                    else:
                        push(value)
            todo.reverse()
            stack.extend(todo)

        # The walk is depth first in source order, so reference lists come out sorted.
        for identifier, scope in references:
            binding = scope.lookup(identifier.name)
            self.binding_of[id(identifier)] = binding
            if binding is None:
                self.globals.setdefault(identifier.name, []).append(identifier)
            else:
                binding.references.append(identifier)


# -- the rule function ---------------------------------------------------------------


def is_action(program: Any) -> bool:
    """True when the file already exports an Actions handler (``exports.onExecute...``)."""
    for statement in program.body:
        if statement.type != "ExpressionStatement":
            continue
        expression = statement.expression
        if expression.type != "AssignmentExpression":
            continue
        target = expression.left
        if target.type != "MemberExpression" or target.computed:
            continue
        name = getattr(target.property, "name", "")
        if not (name.startswith("onExecute") or name.startswith("onContinue")):
            continue
        owner = target.object
        if owner.type == "Identifier" and owner.name == "exports":
            return True
        if (
            owner.type == "MemberExpression"
            and getattr(owner.object, "name", None) == "module"
            and getattr(owner.property, "name", None) == "exports"
        ):
            return True
    return False


def _function_of(statement: Any, anonymous_at: int | None) -> Any:
    if statement.type == "FunctionDeclaration":
        return statement
    if statement.type != "ExpressionStatement":
        return None
    expression = statement.expression
    if (
        anonymous_at is not None
        and statement.range[0] == anonymous_at
        and expression.type == "AssignmentExpression"
    ):
        expression = expression.right
    if expression.type in ("FunctionExpression", "ArrowFunctionExpression"):
        return expression
    return None


def _looks_like_rule(function: Any) -> bool:
    params = function.params
    return (
        2 <= len(params) <= 3 and not function.generator and function.body.type == "BlockStatement"
    )


def _find_hook(
    analysis: Analysis, program: Any, anonymous_at: int | None, hook: Any
) -> RuleFunction | None:
    """The Hook function (`module.exports = function (...) {...}`, or a bare one), its
    parameters bound by position to the trigger's roles."""
    from .hooks import _candidate

    candidate = _candidate(program, anonymous_at)
    if candidate is None:
        return None
    statement, function, _exported = candidate
    if function.generator or function.body.type != "BlockStatement":
        return None
    return _bind(analysis, statement, function, hook.params)


def _find_rule(analysis: Analysis, program: Any, anonymous_at: int | None) -> RuleFunction | None:
    candidates = []
    for statement in program.body:
        function = _function_of(statement, anonymous_at)
        if function is None or not _looks_like_rule(function):
            continue
        if anonymous_at is not None and statement.range[0] == anonymous_at:
            candidates = [(statement, function)]
            break
        candidates.append((statement, function))
    if not candidates:
        return None
    named = [
        pair
        for pair in candidates
        if [getattr(p, "name", None) for p in pair[1].params[:2]] == ["user", "context"]
    ]
    statement, function = (named or candidates)[-1]
    return _bind(analysis, statement, function, ROLES)


def _bind(analysis: Analysis, statement: Any, function: Any, roles: Any) -> RuleFunction:
    scope = analysis.scope_of_function[id(function)]
    params: dict[str, Any] = {}
    bindings: dict[str, Binding] = {}
    for role, param in zip(roles, function.params):
        params[role] = param
        if param.type == "Identifier":
            binding = scope.bindings.get(param.name)
            # A later parameter with the same name wins in sloppy mode; bind only the last.
            if binding is not None and binding.node is param:
                bindings[role] = binding
    name = function.id.name if getattr(function, "id", None) is not None else None
    return RuleFunction(statement, function, name, params, bindings)
