"""Analyze stage: parents, scopes and references, and the rule function itself.

One iterative walk over the tree records each node's parent, builds the scope tree
(function, block, catch, class and named-function-expression scopes, with ``var`` and
function hoisting) and collects every identifier *reference* (as opposed to property
names, labels and declarations). References are then resolved against the complete
scopes, so hoisting needs no special case. The rule's three parameters are bound by
position, whatever their names, and a reference resolves to a parameter only when no
inner binding shadows it.

Roles then flow into callees (``_flow_roles``): when the rule passes `user`, `context` or
`callback` (or a never-reassigned alias of one) to a function defined in the rule, at the
same argument position at every call, that function's parameter plays the role too, and
``role_references`` includes its references, so every fixer converts the helper's body
as it converts the rule's. Computed once, as a fixed point over the call sites.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

from .astutil import FUNCTION_TYPES, STATEMENT_LISTS, VISITOR_KEYS, static_key

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
    # ``module.exports = rule;`` statements that export the rule by its name (the Action
    # exports its handler instead), and whether the file exports the rule at all (the
    # ``module.exports = function (user, context, callback) {...}`` of unit-tested rules).
    exports: list[Any] = field(default_factory=list)
    exported: bool = False
    # The binding of the rule's name at module level (``function rule``, ``const rule``).
    name_binding: Binding | None = None

    @property
    def body(self) -> Any:
        return self.function.body


class Analysis:
    """Everything the fixers need to know about one parsed file."""

    def __init__(
        self,
        program: Any,
        anonymous_at: int | None = None,
        global_helpers: dict[str, Any] | None = None,
        hook: Any = None,
        *,
        bind: bool = True,
    ):
        """``global_helpers``: `global.NAME` helpers copied into the rule (``migrate``),
        NAME → the identifier that declares the copy: `global.NAME(...)` calls it.
        ``hook``: the Hook trigger (``converter.hooks.Trigger``) when the file is a Hook.
        ``bind=False`` stops after the walk (scopes, parents, nodes by type): the pipeline
        decides whether the file is a Hook from it, then calls ``bind``."""
        self.program = program
        self.anonymous_at = anonymous_at
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
        if bind:
            self.bind(global_helpers, hook)

    def bind(self, global_helpers: dict[str, Any] | None = None, hook: Any = None) -> None:
        """Find the rule (or the Hook's) function and bind its roles, into callees too."""
        program, anonymous_at = self.program, self.anonymous_at
        # The Hook trigger (converter.hooks.Trigger) when the file is a Hook: its function's
        # parameters are bound to that trigger's roles instead of the Rule's three.
        self.hook = hook
        self.rule: RuleFunction | None = (
            _find_hook(self, program, anonymous_at, hook)
            if hook is not None
            else _find_rule(self, program, anonymous_at)
        )
        self._binding_roles: dict[int, str] = {}
        self._role_bindings: dict[str, list[Binding]] = {role: [] for role in ROLES}
        self.callees: dict[int, Callee] = {}  # id(function) -> what calls it
        self.role_params: dict[int, tuple[Any, int]] = {}  # id(param binding) -> (fn, index)
        self.aliases: dict[int, Any] = {}  # id(alias binding) -> its VariableDeclarator
        self.returns_role: dict[int, str] = {}  # id(function) -> role of the param it returns
        # Why a role was not followed: (code, node, message, other node); the message's
        # `{line}` is the line of the other node.
        self.role_notes: list[tuple[str, Any, str, Any]] = []
        self.global_helpers: dict[str, Binding] = {}
        self._called: dict[int, Any] = {}  # id(call) -> the known function it calls
        if self.rule is not None:
            for name, identifier in (global_helpers or {}).items():
                binding = self.declaration(identifier)
                if binding is not None:
                    self.global_helpers[name] = binding
            _flow_roles(self)

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
        """References to the bindings playing ``role``, in source order: the rule's
        parameter, its aliases and the parameters of the functions it is passed to."""
        bindings = self._role_bindings.get(role, [])
        if len(bindings) == 1:
            return list(bindings[0].references)
        return sorted((r for b in bindings for r in b.references), key=lambda r: r.range[0])

    def role_bindings(self, role: str) -> list[Binding]:
        """The bindings playing ``role``: the rule's parameter first."""
        return list(self._role_bindings.get(role, []))

    def role_of(self, binding: Binding | None) -> str | None:
        """The role a binding plays (`user`, `context`, `callback`), or None."""
        return self._binding_roles.get(id(binding)) if binding is not None else None

    def plays(self, node: Any, role: str) -> bool:
        """True when ``node`` is an identifier whose binding plays ``role``."""
        return (
            node is not None
            and node.type == "Identifier"
            and (self.role_of(self.resolve(node)) == role)
        )

    def passes_role(self, node: Any, role: str) -> bool:
        """True when ``node`` evaluates to the object playing ``role``: a reference to it,
        or a call of a helper that returns the parameter it receives it in
        (`toErrorPage('mfa', context)` where the helper ends with `return ctx;`)."""
        if self.plays(node, role):
            return True
        callee = self.called_function(node) if node is not None else None
        return callee is not None and self.returns_role.get(id(callee)) == role

    def called_function(self, call: Any) -> Any:
        """The known function a CallExpression calls (one defined in the file, every call
        of which is seen)."""
        return self._called.get(id(call))

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
        todo: list[tuple[Any, Scope, int, str]] = []
        node: Any = None
        scope: Scope = self.global_scope

        def push(
            child: Any,
            child_scope: Scope | None = None,
            child_role: int = _EXPR,
            child_kind: str = "",
        ) -> None:
            # A child of the node being visited (``node``), in ``scope`` unless told.
            if child is None:
                return
            parents[id(child)] = node
            todo.append(
                (child, scope if child_scope is None else child_scope, child_role, child_kind)
            )

        while stack:
            node, scope, role, kind = stack.pop()
            ntype = node.type
            by_type.setdefault(ntype, []).append(node)
            todo.clear()

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
                    if value.__class__ is list:
                        for item in value:
                            if item is not None:
                                parents[id(item)] = node
                                todo.append((item, scope, _EXPR, ""))
                    else:
                        parents[id(value)] = node
                        todo.append((value, scope, _EXPR, ""))
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


# -- roles flowing into callees --------------------------------------------------------


@dataclass(eq=False)
class Callee:
    """A function defined in the rule and every call of it."""

    function: Any
    name: str
    binding: Binding | None  # the name it is called by (None: called where defined)
    calls: list[Any] = field(default_factory=list)
    escapes: Any = None  # a use other than a call (passed on, stored): its node
    inside: bool = True  # defined inside the rule function (where `event`/`api` are)


def _flow_roles(analysis: Analysis) -> None:
    rule = analysis.rule
    assert rule is not None
    for role, binding in rule.bindings.items():  # a Hook's roles included
        _add_role(analysis, binding, role)
    callees = _known_functions(analysis)
    analysis.callees = {id(c.function): c for c in callees}
    analysis._called = {id(call): c.function for c in callees for call in c.calls}
    changed = True
    while changed:
        changed = False
        for declarator in analysis.nodes("VariableDeclarator"):
            binding = _alias_of(analysis, declarator)
            if binding is not None:
                role = analysis.role_of(analysis.resolve(declarator.init))
                _add_role(analysis, binding, role)  # type: ignore[arg-type]
                analysis.aliases[id(binding)] = declarator
                changed = True
        for callee in callees:
            if callee.escapes is not None or not callee.calls or not callee.inside:
                continue
            scope = analysis.scope_of_function[id(callee.function)]
            for index, param in enumerate(callee.function.params):
                binding = _plain_param(analysis, scope, param)
                if binding is None or analysis.role_of(binding) is not None:
                    continue
                roles = {_argument_role(analysis, call, index) for call in callee.calls}
                if len(roles) == 1 and None not in roles:
                    role = roles.pop()
                    _add_role(analysis, binding, role)  # type: ignore[arg-type]
                    analysis.role_params[id(binding)] = (callee.function, index)
                    changed = True
    returns: dict[int, list[Any]] = {}
    for statement in analysis.nodes("ReturnStatement"):
        owner = analysis.enclosing_function(statement)
        returns.setdefault(id(owner), []).append(statement)
    for callee in callees:
        _note_unfollowed(analysis, callee)
        returned = _returned_param(analysis, callee.function, returns.get(id(callee.function), []))
        if returned is not None:
            analysis.returns_role[id(callee.function)] = returned


def _add_role(analysis: Analysis, binding: Binding, role: str) -> None:
    analysis._binding_roles[id(binding)] = role
    analysis._role_bindings.setdefault(role, []).append(binding)


def _inside(analysis: Analysis, node: Any, ancestor: Any) -> bool:
    return any(a is ancestor for a in analysis.ancestors(node))


def _never_written(analysis: Analysis, binding: Binding) -> bool:
    return not binding.redeclared and not any(analysis.is_write(r) for r in binding.references)


def _alias_of(analysis: Analysis, declarator: Any) -> Binding | None:
    """`const ctx = context;`: the binding of ``ctx`` when it is never reassigned and
    ``context`` plays a role (and ``ctx`` does not yet)."""
    init = declarator.init
    if declarator.id.type != "Identifier" or init is None or init.type != "Identifier":
        return None
    if analysis.role_of(analysis.resolve(init)) is None:
        return None
    binding = analysis.declaration(declarator.id)
    if binding is None or analysis.role_of(binding) is not None:
        return None
    if binding.node is not declarator.id or not _never_written(analysis, binding):
        return None
    return binding


def _plain_param(analysis: Analysis, scope: Scope, param: Any) -> Binding | None:
    if param.type != "Identifier":
        return None
    binding = scope.bindings.get(param.name)
    if binding is None or binding.node is not param or not _never_written(analysis, binding):
        return None
    return binding


def _argument_role(analysis: Analysis, call: Any, index: int) -> str | None:
    """The role of the value passed at ``index`` (None: another value, or unknown)."""
    arguments = call.arguments
    if any(a.type == "SpreadElement" for a in arguments[: index + 1]):
        return None
    if index >= len(arguments):
        return None
    return (
        analysis.role_of(analysis.resolve(arguments[index]))
        if (arguments[index].type == "Identifier")
        else None
    )


def _known_functions(analysis: Analysis) -> list[Callee]:
    """Functions of the file whose every call can be seen: declarations, function
    expressions and arrows bound to a never-reassigned name, immediately called
    functions, and the copied `global` helpers."""
    rule = analysis.rule
    assert rule is not None
    found: dict[int, Callee] = {}
    by_binding: dict[int, Callee] = {}

    def known(function: Any, identifier: Any) -> None:
        binding = analysis.declaration(identifier)
        if binding is None or binding.node is not identifier or id(binding) in by_binding:
            return
        if not _never_written(analysis, binding) or function is rule.function:
            return
        callee = Callee(function, identifier.name, binding)
        callee.inside = _inside(analysis, function, rule.function)
        found[id(function)] = by_binding[id(binding)] = callee
        for ref in binding.references:
            parent = analysis.parent(ref)
            if parent is not None and parent.type == "CallExpression" and parent.callee is ref:
                callee.calls.append(parent)
            elif not _only_tested(analysis, ref) and callee.escapes is None:
                callee.escapes = ref

    for function in analysis.nodes("FunctionDeclaration"):
        if function.id is not None:
            known(function, function.id)
    for declarator in analysis.nodes("VariableDeclarator"):
        init = declarator.init
        if (
            declarator.id.type == "Identifier"
            and init is not None
            and init.type
            in (
                "FunctionExpression",
                "ArrowFunctionExpression",
            )
        ):
            known(init, declarator.id)
    for call in analysis.nodes("CallExpression"):
        callee_node = call.callee
        if callee_node.type in ("FunctionExpression", "ArrowFunctionExpression"):
            callee = Callee(callee_node, "(function)", None, [call])
            callee.inside = _inside(analysis, callee_node, rule.function)
            found.setdefault(id(callee_node), callee)
    # `global.NAME(...)` calls a copied helper.
    for name, binding in analysis.global_helpers.items():
        callee = by_binding.get(id(binding))
        if callee is None:
            continue
        for ref in analysis.globals.get("global", []):
            member = analysis.parent(ref)
            if (
                member is None
                or member.type != "MemberExpression"
                or member.object is not ref
                or static_key(member) != name
            ):
                continue
            parent = analysis.parent(member)
            if parent is not None and parent.type == "CallExpression" and parent.callee is member:
                callee.calls.append(parent)
            elif not _only_tested(analysis, member) and callee.escapes is None:
                callee.escapes = member
    return sorted(found.values(), key=lambda c: c.function.range[0])


def _only_tested(analysis: Analysis, node: Any) -> bool:
    """`typeof f === 'function'`, `if (f)`, `!f`, `f && f(...)`: a use that passes
    nothing on."""
    parent = analysis.parent(node)
    if parent is None:
        return False
    if parent.type == "UnaryExpression" and parent.operator in ("typeof", "!"):
        return True
    if parent.type in ("IfStatement", "ConditionalExpression") and parent.test is node:
        return True
    return parent.type == "LogicalExpression" and parent.left is node


def _note_unfollowed(analysis: Analysis, callee: Callee) -> None:
    """Say why a function that receives a role somewhere does not take it."""
    passed = [
        (call, index, role)
        for call in callee.calls
        for index in range(len(call.arguments))
        for role in [_argument_role(analysis, call, index)]
        if role is not None
    ]
    if not passed:
        return
    call, index, role = passed[0]
    name = callee.name
    if not callee.inside:
        # `user` reaches such a function as `event.user`, whose reads work: only a
        # `context` has nothing to stand for it there.
        passed = [p for p in passed if p[2] == "context"]
        if not passed:
            return
        call, index, role = passed[0]
        analysis.role_notes.append(
            (
                "R2A308",
                call.arguments[index],
                f"`{name}` receives `{role}` but is defined outside the rule function, where "
                f"the Action's `event` and `api` are not in scope; its use of `{role}` is "
                "not converted (move it into the rule function)",
                None,
            )
        )
        return
    if callee.escapes is not None:
        analysis.role_notes.append(
            (
                "R2A306",
                call.arguments[index],
                f"`{name}` receives `{role}` here but is also passed on or stored (line "
                "{line}), so not every call of it can be seen; its body is not converted",
                callee.escapes,
            )
        )
        return
    scope = analysis.scope_of_function[id(callee.function)]
    for call, index, role in passed:
        params = callee.function.params
        param = params[index] if index < len(params) else None
        binding = _plain_param(analysis, scope, param) if param is not None else None
        if binding is not None and analysis.role_of(binding) == role:
            continue
        if param is None:
            why = "it declares no parameter for it (it may read `arguments`)"
        elif param.type != "Identifier":
            why = "its parameter is a pattern or has a default"
        elif binding is None:
            why = f"its parameter `{param.name}` is reassigned"
        else:
            others = [c for c in callee.calls if _argument_role(analysis, c, index) != role]
            other = others[0] if others else None
            why = "at line {line} it is called with another value in that position"
        analysis.role_notes.append(
            (
                "R2A306",
                call.arguments[index],
                f"`{name}` receives `{role}` here, but {why}: its parameter is left as "
                f"it is and `{role}` is not converted in it",
                other if binding is not None else None,
            )
        )
        return


def _returned_param(analysis: Analysis, function: Any, returns: list[Any]) -> str | None:
    """The role of the parameter a function returns on every `return` (`return ctx;`)."""
    body = function.body
    if body.type != "BlockStatement":
        binding = analysis.resolve(body) if body.type == "Identifier" else None
        return analysis.role_of(binding) if id(binding) in analysis.role_params else None
    roles = set()
    for statement in returns:
        argument = statement.argument
        if argument is None or argument.type != "Identifier":
            return None
        binding = analysis.resolve(argument)
        if id(binding) not in analysis.role_params:
            return None
        roles.add(analysis.role_of(binding))
    if len(roles) != 1 or not body.body or body.body[-1].type != "ReturnStatement":
        return None
    return roles.pop()


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
    if statement.type == "VariableDeclaration":
        # ``const rule = function (user, context, callback) {...};`` (exported after).
        if len(statement.declarations) == 1:
            init = statement.declarations[0].init
            if init is not None and init.type in ("FunctionExpression", "ArrowFunctionExpression"):
                return init
        return None
    if statement.type != "ExpressionStatement":
        return None
    expression = statement.expression
    if (
        anonymous_at is not None
        and statement.range[0] == anonymous_at
        and expression.type == "AssignmentExpression"
    ):
        expression = expression.right
    elif _export_target(expression):
        expression = expression.right
    if expression.type in ("FunctionExpression", "ArrowFunctionExpression"):
        return expression
    return None


def _export_target(expression: Any) -> bool:
    """True for ``module.exports = X``, ``module.exports.NAME = X`` or ``exports.NAME = X``."""
    if expression.type != "AssignmentExpression" or expression.operator != "=":
        return False
    target = expression.left
    if target.type != "MemberExpression":
        return False
    if _is_name(target.object, "module") and _is_property(target, "exports"):
        return True
    owner = target.object
    if _is_name(owner, "exports"):
        return True
    return (
        owner.type == "MemberExpression"
        and _is_name(owner.object, "module")
        and _is_property(owner, "exports")
    )


def _is_name(node: Any, name: str) -> bool:
    return node.type == "Identifier" and node.name == name


def _is_property(member: Any, name: str) -> bool:
    if member.computed:
        return member.property.type == "Literal" and member.property.value == name
    return member.property.type == "Identifier" and member.property.name == name


def _exported_names(analysis: Analysis, program: Any) -> dict[int, list[Any]]:
    """Module-level bindings exported by a statement of their own (``module.exports =
    rule;``, ``module.exports = { rule };``): id(binding) -> those statements."""
    found: dict[int, list[Any]] = {}
    for statement in program.body:
        export = _guarded_export(statement)
        if export is None or not _export_target(export.expression):
            continue
        value = export.expression.right
        if value.type == "ObjectExpression" and len(value.properties) == 1:
            # ``module.exports = { rule };`` / ``{ handler: rule }``
            prop = value.properties[0]
            if prop.type == "Property" and prop.kind == "init" and not prop.method:
                value = prop.value
        if value.type != "Identifier":
            continue
        binding = analysis.resolve(value)
        if binding is not None and binding.scope is analysis.global_scope:
            found.setdefault(id(binding), []).append(statement)
    return found


def _guarded_export(statement: Any) -> Any:
    """The expression statement of ``module.exports = rule;``, also when it is guarded for
    the Rules sandbox: ``if (typeof module !== 'undefined') { module.exports = rule; }``."""
    if statement.type == "IfStatement" and statement.alternate is None:
        test = statement.test
        argument = getattr(test, "left", None)
        if (
            test.type == "BinaryExpression"
            and argument is not None
            and argument.type == "UnaryExpression"
            and argument.operator == "typeof"
            and argument.argument.type == "Identifier"
            and argument.argument.name in ("module", "exports")
        ):
            statement = statement.consequent
            if statement.type == "BlockStatement" and len(statement.body) == 1:
                statement = statement.body[0]
    return statement if statement.type == "ExpressionStatement" else None


def _name_binding(analysis: Analysis, statement: Any, function: Any) -> Binding | None:
    """The module-level binding that names the rule function, if any (not when the name
    is declared twice)."""
    identifier = None
    if statement.type == "FunctionDeclaration":
        identifier = function.id
    elif statement.type == "VariableDeclaration":
        identifier = statement.declarations[0].id
    if identifier is None or identifier.type != "Identifier":
        return None
    binding = analysis.declaration(identifier)
    return binding if binding is not None and binding.node is identifier else None


def _exports(
    analysis: Analysis, statement: Any, function: Any, exported_names: dict[int, list[Any]]
) -> bool:
    """Whether ``statement`` exports the function (``module.exports = function ...``) or
    defines a name the file exports."""
    if statement.type == "ExpressionStatement":
        return _export_target(statement.expression)
    binding = _name_binding(analysis, statement, function)
    return binding is not None and id(binding) in exported_names


def _exports_whole(
    analysis: Analysis, statement: Any, function: Any, exported_names: dict[int, list[Any]]
) -> bool:
    """Whether the function is ``module.exports`` itself (not ``exports.NAME``)."""
    if statement.type == "ExpressionStatement":
        statements = [statement]
    else:
        binding = _name_binding(analysis, statement, function)
        statements = exported_names.get(id(binding), []) if binding is not None else []
    for each in statements:
        export = _guarded_export(each)
        target = export.expression.left if export is not None else None
        if target is not None and _is_name(target.object, "module"):
            if _is_property(target, "exports"):
                return True
    return False


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
    exported_names = _exported_names(analysis, program)
    exported = []
    for statement in program.body:
        function = _function_of(statement, anonymous_at)
        if function is None or not _looks_like_rule(function):
            continue
        if anonymous_at is not None and statement.range[0] == anonymous_at:
            candidates = [(statement, function)]
            exported = []
            break
        if _exports(analysis, statement, function, exported_names):
            exported.append((statement, function))
        elif statement.type == "VariableDeclaration":
            continue  # a function kept in a variable is a rule only when exported
        candidates.append((statement, function))
    if exported:
        # The file says which function is the rule: what it assigns to `module.exports`
        # itself, else any function it exports.
        whole = [p for p in exported if _exports_whole(analysis, *p, exported_names)]
        candidates = whole or exported
    if not candidates:
        return None
    named = [
        pair
        for pair in candidates
        if [getattr(p, "name", None) for p in pair[1].params[:2]] == ["user", "context"]
    ]
    statement, function = (named or candidates)[-1]
    return _bind(analysis, statement, function, ROLES, exported_names)


def _bind(
    analysis: Analysis,
    statement: Any,
    function: Any,
    roles: Any,
    exported_names: dict[int, list[Any]] | None = None,
) -> RuleFunction:
    if exported_names is None:
        exported_names = _exported_names(analysis, analysis.program)
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
    name_binding = _name_binding(analysis, statement, function)
    name = function.id.name if getattr(function, "id", None) is not None else None
    if name is None and name_binding is not None:
        name = name_binding.name
    exports = exported_names.get(id(name_binding), []) if name_binding is not None else []
    return RuleFunction(
        statement,
        function,
        name,
        params,
        bindings,
        exports=exports,
        exported=_exports(analysis, statement, function, exported_names),
        name_binding=name_binding,
    )
