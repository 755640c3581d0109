"""Rules that call `callback` from asynchronous code become correct async Actions.

The handler is async and must not return before the rule's work is done. Two strategies:

1. **Idiomatic**, where the shape is recognised (the code a person would write):
   - a promise chain in tail position, `P.then(a).then(b).catch(c)`, becomes
     `try { const x = await P; ...a...; ...b... } catch (err) { ...c... }`;
   - a node-style callback API call in tail position, `request.post(opts, function (err,
     response, body) {...})`, becomes `const [err, response, body] = await new
     Promise((resolve) => request.post(opts, (...results) => resolve(results)));` followed
     by the callback's body, so `err`, `response` and `body` keep their meaning;
   both apply at any depth (a callback inside a `.then` inside a callback...). The bodies
   now run in the handler (`ctx.inlined`), so the `callback(...)` calls in them become
   plain `return` / `return api.access.deny(...)` (the callback fixer does that).
2. **Fallback** for every other shape: the rule's body runs inside one awaited Promise that
   the rule's own `callback` settles, with Rules' semantics (first call wins, an error or a
   string denies the login, code after a bare `callback()` keeps running).

Which strategy a rule got is reported (info), and so is what neither can keep: a path
that ends without calling back, async work nobody waits for, two calls on one path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..astutil import FUNCTION_TYPES, walk
from ..edits import Edit
from . import FixContext, Fixes
from ._helpers import fresh_name, shift_lines

NAME = "async-flow"
ORDER = 5
CODES = ("R2A120", "R2A121", "R2A122", "R2A123", "R2A124", "R2A125")

# Functions that call their function argument synchronously (never a node-style callback).
_SYNC_HIGHER_ORDER = {
    "forEach", "map", "filter", "reduce", "reduceRight", "some", "every", "find",
    "findIndex", "sort", "replace", "flatMap",
}  # fmt: skip
# Event listeners, promise methods and timers: asynchronous, but not node-style callbacks.
_EVENTS_PROMISES_TIMERS = {
    "on", "once", "addListener", "prependListener", "then", "catch", "finally",
    "setTimeout", "setInterval", "setImmediate", "nextTick",
}  # fmt: skip
_NOT_CALLBACK_APIS = _SYNC_HIGHER_ORDER | _EVENTS_PROMISES_TIMERS


@dataclass
class _Plan:
    ctx: FixContext
    edits: list[Edit] = field(default_factory=list)
    inlined: dict[int, Any] = field(default_factory=dict)
    handled: set[int] = field(default_factory=set)
    error_params: set[int] = field(default_factory=set)
    standalone: set[int] = field(default_factory=set)
    collapsed: set[int] = field(default_factory=set)  # chain statements that call back
    notes: list[tuple[str, Any, str]] = field(default_factory=list)

    def replace(self, start: int, end: int, text: str) -> None:
        self.edits.append(Edit(start, end, text, NAME))


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    rule = ctx.rule
    if rule is None or "callback" not in rule.bindings or rule.body.type != "BlockStatement":
        return fixes
    refs = ctx.analysis.role_references("callback")
    if not refs:
        return fixes
    plan = _Plan(ctx)
    if any(_callback_function_plain(ctx, r) is not rule.function for r in refs):
        _inline_tail(plan, rule.body.body, ctx.source.indentation(rule.body.body[0].range[0]))
    from .callback import problem

    saved = ctx.inlined, ctx.error_params
    ctx.inlined = {**saved[0], **plan.inlined}
    ctx.error_params = saved[1] | plan.error_params
    try:
        problems = [(ref, problem(ctx, ref)) for ref in refs if id(ref) not in plan.handled]
        problems = [(ref, code) for ref, code in problems if code is not None]
    finally:
        ctx.inlined, ctx.error_params = saved
    if problems:
        _fallback(ctx, fixes)
    else:
        fixes.edits.extend(plan.edits)
        fixes.inlined.update(plan.inlined)
        fixes.error_params |= plan.error_params
        fixes.standalone |= plan.standalone
        fixes.handled |= plan.handled
        for code, node, message in plan.notes:
            fixes.report(code, node, message)
        _check_paths(ctx, fixes, plan)
    _check_unawaited(ctx, fixes, plan if not problems else _Plan(ctx))
    return fixes


def _callback_function_plain(ctx: FixContext, ref: Any) -> Any:
    parent = ctx.analysis.parent(ref)
    node = parent if parent is not None else ref
    return ctx.analysis.enclosing_function(node)


# -- idiomatic: inline awaited bodies ---------------------------------------------------


def _inline_tail(plan: _Plan, statements: list[Any], indent: str) -> None:
    """Inline the statement in tail position of ``statements`` (and of its branches)."""
    if not statements:
        return
    last = statements[-1]
    if last.type == "IfStatement":
        for branch in (last.consequent, last.alternate):
            if branch is not None and branch.type == "BlockStatement" and branch.body:
                _inline_tail(
                    plan, branch.body, plan.ctx.source.indentation(branch.body[0].range[0])
                )
        return
    if last.type == "TryStatement" and last.finalizer is None:
        if last.block.body:
            _inline_tail(
                plan, last.block.body, plan.ctx.source.indentation(last.block.body[0].range[0])
            )
        if last.handler is not None and last.handler.body.body:
            body = last.handler.body.body
            _inline_tail(plan, body, plan.ctx.source.indentation(body[0].range[0]))
        return
    if last.type not in ("ExpressionStatement", "ReturnStatement"):
        return
    expression = last.expression if last.type == "ExpressionStatement" else last.argument
    if expression is None or expression.type != "CallExpression":
        return
    if not _mentions_callback(plan.ctx, expression):
        return
    if _collapse_metadata_chain(plan, last, expression):
        return
    if _inline_chain(plan, last, expression, indent):
        return
    _inline_node_style(plan, last, expression, indent)


def _mentions_callback(ctx: FixContext, node: Any) -> bool:
    """True when a reference to the rule's callback lies inside ``node``."""
    start, end = node.range
    return any(start <= r.range[0] < end for r in ctx.rule.bindings["callback"].references)


def _chain_parts(ctx: FixContext, call: Any) -> tuple[Any, list[Any], Any] | None:
    """``P.then(f1)...then(fn).catch(c)`` → (P, [f1..fn], c or None)."""
    catch = None
    node = call
    if _method(node) == "catch" and len(node.arguments) == 1:
        catch = node.arguments[0]
        if not (_is_simple_function(catch) or _is_callback_ref(ctx, catch)):
            return None
        node = node.callee.object
    thens: list[Any] = []
    while _method(node) == "then":
        if len(node.arguments) != 1 or not _is_simple_function(node.arguments[0]):
            return None
        thens.insert(0, node.arguments[0])
        node = node.callee.object
    if not thens or _method(node) in ("then", "catch", "finally"):
        return None
    return node, thens, catch


def _method(node: Any) -> str | None:
    if node.type != "CallExpression" or node.callee.type != "MemberExpression":
        return None
    prop = node.callee.property
    return prop.name if not node.callee.computed and prop.type == "Identifier" else None


def _is_simple_function(node: Any) -> bool:
    return (
        node.type in ("FunctionExpression", "ArrowFunctionExpression")
        and not node.generator
        and len(node.params) <= 1
        and all(p.type == "Identifier" for p in node.params)
        and not _uses_this_or_arguments(node)
    )


def _uses_this_or_arguments(function: Any) -> bool:
    for node in walk(function.body):
        if node.type == "ThisExpression" or (
            node.type == "Identifier" and node.name == "arguments"
        ):
            return True
    return False


def _is_callback_ref(ctx: FixContext, node: Any) -> bool:
    return node.type == "Identifier" and ctx.analysis.resolve(node) is ctx.rule.bindings["callback"]


def _inline_chain(plan: _Plan, statement: Any, call: Any, indent: str) -> bool:
    ctx = plan.ctx
    parts = _chain_parts(ctx, call)
    if parts is None:
        return False
    promise, thens, catch = parts
    if _mentions_callback(ctx, promise):
        return False
    for earlier in thens[:-1]:
        if _mentions_callback(ctx, earlier) or _passing_value(earlier) is None:
            return False
    names = [p.params[0] for p in thens if p.params]
    if not all(_free_for_hoisting(ctx, n, statement) for n in names):
        return False
    unit = _unit(ctx)
    inner = indent + unit if catch is not None else indent
    nl = ctx.source.newline
    head = ("try {" + nl + inner) if catch is not None else ""
    plan.replace(statement.range[0], promise.range[0], head + _binding(thens[0]) + "await ")
    previous_end = promise.range[1]
    for index, function in enumerate(thens):
        is_last = index == len(thens) - 1
        plan.inlined[id(function)] = statement
        following = _binding(thens[index + 1]) + "await " if not is_last else ""
        if function.body.type != "BlockStatement":
            expression = function.body
            plan.replace(previous_end, expression.range[0], ";" + nl + inner + following)
            previous_end = expression.range[1]
            continue
        body = function.body.body
        if not body:
            return False
        plan.replace(
            previous_end,
            _open_end(ctx, body[0]),
            ";" + nl + ("" if _on_own_line(ctx, body[0]) else inner),
        )
        _dedent(plan, body, inner)
        if is_last:
            previous_end = _close_start(ctx, body[-1], function.body)
            _inline_tail(plan, body, inner)
        else:
            returned = body[-1]
            plan.replace(returned.range[0], returned.argument.range[0], following)
            previous_end = returned.argument.range[1]
    after_last = "" if _at_line_start(ctx, previous_end) else nl
    end = _end_with_newline(ctx, statement)
    if catch is None:
        plan.replace(
            previous_end,
            end,
            (";" if _ends_value(thens[-1]) else "") + _trailing_nl(ctx, statement, end),
        )
    elif _is_callback_ref(ctx, catch):
        deny = _error_exit(ctx, "error")
        text = f"{after_last}{indent}}} catch (error) {{{nl}{inner}{deny};{nl}{indent}}}"
        plan.replace(previous_end, end, text + _trailing_nl(ctx, statement, end))
        plan.handled.add(id(catch))
    else:
        param = ctx.node_text(catch.params[0]) if catch.params else "error"
        plan.inlined[id(catch)] = statement
        if catch.params:
            plan.error_params.add(id(ctx.analysis.declaration(catch.params[0])))
        opening = f"{after_last}{indent}}} catch ({param}) {{{nl}"
        if catch.body.type == "BlockStatement" and catch.body.body:
            body = catch.body.body
            own_line = _on_own_line(ctx, body[0])
            plan.replace(
                previous_end, _open_end(ctx, body[0]), opening + ("" if own_line else inner)
            )
            _dedent(plan, body, inner)
            close = _close_start(ctx, body[-1], catch.body)
            closing = ("" if _at_line_start(ctx, close) else nl) + f"{indent}}}"
            plan.replace(close, end, closing + _trailing_nl(ctx, statement, end))
            _inline_tail(plan, body, inner)
        elif catch.body.type != "BlockStatement":
            expression = catch.body
            plan.replace(previous_end, expression.range[0], opening + inner)
            plan.replace(
                expression.range[1], end, f";{nl}{indent}}}" + _trailing_nl(ctx, statement, end)
            )
        else:
            plan.replace(
                previous_end, end, opening + f"{indent}}}" + _trailing_nl(ctx, statement, end)
            )
    plan.notes.append(
        (
            "R2A121",
            statement,
            "the promise chain ending in `callback` is awaited (`try`/`await`) in the handler",
        )
    )
    return True


def _collapse_metadata_chain(plan: _Plan, statement: Any, call: Any) -> bool:
    """`auth0.users.updateAppMetadata(...).then(() => callback(null, user, context))
    .catch((err) => callback(err))` → the update alone: `api.user.setAppMetadata` is
    synchronous and cannot fail, so nothing is left to wait for or to catch."""
    ctx = plan.ctx
    parts = _chain_parts(ctx, call)
    if parts is None:
        return False
    update, thens, catch = parts
    if len(thens) != 1 or not _is_metadata_update(update) or _mentions_callback(ctx, update):
        return False
    refs = _only_callback_calls(ctx, thens[0], continue_only=True)
    if refs is None:
        return False
    if catch is not None:
        if _is_callback_ref(ctx, catch):
            refs.append(catch)
        else:
            caught = _only_callback_calls(ctx, catch, continue_only=False)
            if caught is None:
                return False
            refs.extend(caught)
    plan.replace(statement.range[0], update.range[0], "")
    end = _end_with_newline(ctx, statement)
    plan.replace(update.range[1], end, ";" + _trailing_nl(ctx, statement, end))
    for node in walk(statement):
        if node.type == "Identifier" and not _inside(node, update):
            plan.handled.add(id(node))
    plan.standalone.add(id(update))
    plan.collapsed.add(id(statement))
    plan.notes.append(
        (
            "R2A121",
            statement,
            "the metadata update's promise chain collapses into `api.user` calls, which need "
            "no waiting",
        )
    )
    return True


def _is_metadata_update(node: Any) -> bool:
    callee = node.callee if node.type == "CallExpression" else None
    return (
        callee is not None
        and callee.type == "MemberExpression"
        and getattr(callee.property, "name", None) in ("updateAppMetadata", "updateUserMetadata")
        and callee.object.type == "MemberExpression"
        and getattr(callee.object.property, "name", None) == "users"
        and getattr(callee.object.object, "name", None) == "auth0"
    )


def _only_callback_calls(ctx: FixContext, function: Any, continue_only: bool) -> list[Any] | None:
    """The callback references of a function whose whole body is one `callback(...)` call
    (a continue, or passing its own error parameter on); None for any other body."""
    body = function.body
    if body.type == "BlockStatement":
        if len(body.body) != 1 or body.body[0].type not in (
            "ExpressionStatement",
            "ReturnStatement",
        ):
            return None
        statement = body.body[0]
        body = (
            statement.expression if statement.type == "ExpressionStatement" else statement.argument
        )
    if body is None or body.type != "CallExpression" or not _is_callback_ref(ctx, body.callee):
        return None
    args = body.arguments
    first = args[0] if args else None
    if first is None or (first.type == "Literal" and first.value is None):
        return [body.callee]
    if continue_only or first.type != "Identifier" or not function.params:
        return None
    if first.name != function.params[0].name:
        return None
    return [body.callee]


def _inside(node: Any, container: Any) -> bool:
    return container.range[0] <= node.range[0] and node.range[1] <= container.range[1]


def _on_own_line(ctx: FixContext, node: Any) -> bool:
    start = ctx.source.line_start(node.range[0])
    return not ctx.text[start : node.range[0]].strip()


def _open_end(ctx: FixContext, first: Any) -> int:
    """Where glue before a body's first statement stops: that line's start when the
    statement begins its line (its indentation is then re-indented like the others)."""
    return ctx.source.line_start(first.range[0]) if _on_own_line(ctx, first) else first.range[0]


def _close_start(ctx: FixContext, last: Any, block: Any) -> int:
    """Where glue after a body's last statement starts: the start of the line holding the
    body's closing brace when nothing else precedes it, so that removing the last
    statement's own line never overlaps the glue."""
    brace = block.range[1] - 1
    start = ctx.source.line_start(brace)
    if start > last.range[1] and not ctx.text[start:brace].strip():
        return start
    return last.range[1]


def _at_line_start(ctx: FixContext, offset: int) -> bool:
    return ctx.source.line_start(offset) == offset


def _end_with_newline(ctx: FixContext, statement: Any) -> int:
    """The statement's end, plus the line break after it when nothing else is on its line."""
    end = statement.range[1]
    line_end = ctx.source.line_end(end)
    if ctx.text[end:line_end].strip():
        return end
    if ctx.text.startswith("\r\n", line_end):
        return line_end + 2
    return line_end + 1 if line_end < len(ctx.text) else line_end


def _trailing_nl(ctx: FixContext, statement: Any, end: int) -> str:
    return (
        ctx.source.newline
        if end > statement.range[1] and end > ctx.source.line_end(statement.range[1])
        else ""
    )


def _ends_value(function: Any) -> bool:
    return function.body.type != "BlockStatement"


def _passing_value(function: Any) -> Any:
    """The `return X` ending a non-final `.then` body (or an arrow's expression body)."""
    if function.body.type != "BlockStatement":
        return function.body
    body = function.body.body
    if not body or body[-1].type != "ReturnStatement" or body[-1].argument is None:
        return None
    for node in _own_nodes(function.body):
        if node.type == "ReturnStatement" and node is not body[-1]:
            return None
    return body[-1].argument


def _own_nodes(node: Any):
    """Nodes of a function body, not descending into nested functions."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        for key in (
            "body",
            "consequent",
            "alternate",
            "block",
            "handler",
            "finalizer",
            "cases",
            "expression",
            "argument",
            "declarations",
            "init",
            "test",
        ):
            value = getattr(current, key, None)
            if isinstance(value, list):
                stack.extend(v for v in value if v is not None and hasattr(v, "type"))
            elif value is not None and hasattr(value, "type") and value.type not in FUNCTION_TYPES:
                stack.append(value)


def _binding(function: Any) -> str:
    if not function.params:
        return ""
    return f"const {function.params[0].name} = "


def _inline_node_style(plan: _Plan, statement: Any, call: Any, indent: str) -> bool:
    ctx = plan.ctx
    if not call.arguments:
        return False
    function = call.arguments[-1]
    if (
        function.type not in ("FunctionExpression", "ArrowFunctionExpression")
        or function.body.type != "BlockStatement"
        or not function.params
        or not all(p.type == "Identifier" for p in function.params)
        or function.isAsync
        or function.generator
        or _uses_this_or_arguments(function)
    ):
        return False
    callee = call.callee
    name = (
        callee.property.name
        if callee.type == "MemberExpression" and not callee.computed
        else (callee.name if callee.type == "Identifier" else None)
    )
    if name is None or name in _NOT_CALLBACK_APIS:
        return False
    first = function.params[0].name.lower()
    requestish = _root_name(callee) in ("request", "requestPromise")
    if not (requestish or first in ("e", "err", "error") or first.endswith(("err", "error"))):
        return False
    if any(_mentions_callback(ctx, a) for a in call.arguments[:-1]):
        return False
    if not all(_free_for_hoisting(ctx, p, statement) for p in function.params):
        return False
    body = function.body.body
    if not body:
        return False
    nl = ctx.source.newline
    names = ", ".join(p.name for p in function.params)
    plan.inlined[id(function)] = statement
    plan.error_params.add(id(ctx.analysis.declaration(function.params[0])))
    plan.replace(
        statement.range[0], call.range[0], f"const [{names}] = await new Promise((resolve) => "
    )
    own_line = _on_own_line(ctx, body[0])
    plan.replace(
        function.range[0],
        _open_end(ctx, body[0]),
        f"(...results) => resolve(results)));{nl}" + ("" if own_line else indent),
    )
    _dedent(plan, body, indent)
    close = _close_start(ctx, body[-1], function.body)
    end = _end_with_newline(ctx, statement)
    plan.replace(
        close, end, "" if _at_line_start(ctx, close) else _trailing_nl(ctx, statement, end)
    )
    plan.notes.append(
        (
            "R2A122",
            statement,
            "the node-style callback is awaited in the handler; its parameters keep their meaning",
        )
    )
    _inline_tail(plan, body, indent)
    return True


def _root_name(node: Any) -> str | None:
    while node.type == "MemberExpression":
        node = node.object
    return node.name if node.type == "Identifier" else None


def _free_for_hoisting(ctx: FixContext, identifier: Any, host: Any) -> bool:
    """True when declaring ``identifier``'s name beside ``host`` clashes with nothing."""
    name = identifier.name
    scope = ctx.analysis.scope_at(host)
    while scope is not None:
        if name in scope.bindings and scope.bindings[name].node is not identifier:
            return False
        scope = scope.parent
    return name not in ctx.analysis.globals and name not in ("resolve", "results")


def _dedent(plan: _Plan, body: list[Any], target: str) -> None:
    """Re-indent a body's lines (its first line included when it starts a line)."""
    ctx = plan.ctx
    current = ctx.source.indentation(body[0].range[0])
    delta = len(target) - len(current)
    shifter = ctx.fixes(NAME)
    shift_lines(ctx, shifter, _open_end(ctx, body[0]) - 1, body[-1].range[1], delta)
    plan.edits.extend(shifter.edits)


def _unit(ctx: FixContext) -> str:
    rule = ctx.rule
    inner = ctx.source.indentation(rule.body.body[0].range[0])
    outer = ctx.source.indentation(rule.statement.range[0])
    if inner.startswith("\t"):
        return "\t"
    return " " * (len(inner) - len(outer)) if len(inner) > len(outer) else "  "


# -- fallback ---------------------------------------------------------------------------


def _fallback(ctx: FixContext, fixes: Fixes) -> None:
    from ..render import render_snippet

    rule = ctx.rule
    body = rule.body
    statements = body.body
    unit = _unit(ctx)
    indent = ctx.source.indentation(statements[0].range[0])
    first_line = ctx.source.line_start(statements[0].range[0])
    prelude = render_snippet(
        "callback_fallback.js.j2",
        newline=ctx.source.newline,
        indent=indent,
        unit=unit,
        is_async=_awaits_at_rule_level(ctx),
        resolve=fresh_name(ctx, "resolve"),
        settled=fresh_name(ctx, "settled"),
        callback=rule.params["callback"].name,
        api=ctx.api,
        error_mode=ctx.error_mode,
        subject="Hook" if ctx.hook is not None else "rule",
    )
    nl = ctx.source.newline
    if first_line > body.range[0] + 1:
        fixes.insert(first_line - len(nl), nl + prelude.rstrip("\r\n"))
    else:
        fixes.insert(statements[0].range[0], prelude.lstrip(" \t") + indent + unit)
    closing = body.range[1] - 1
    closing_line = ctx.source.line_start(closing)
    shift_lines(ctx, fixes, first_line - 1, closing_line, len(unit))
    if ctx.text[closing_line:closing].strip():
        fixes.insert(closing, f"{nl}{indent}}});{nl}")
    else:
        fixes.insert(closing_line, f"{indent}}});{nl}")
    fixes.strategy = "fallback"
    fixes.report(
        "R2A120",
        rule.function,
        "the rule calls back from asynchronous code in a shape without an idiomatic "
        "conversion; its body runs in an awaited Promise that `callback` settles",
    )


def _error_exit(ctx: FixContext, error: str) -> str:
    """The statement that ends the Action with the caught ``error`` (per ``ctx.error_mode``)."""
    if ctx.error_mode == "throw":
        return f"throw {error}"
    code = ctx.string("server_error") + ", " if ctx.error_mode == "deny_server_error" else ""
    return f"return {ctx.api}.access.deny({code}{error}.message)"


def _awaits_at_rule_level(ctx: FixContext) -> bool:
    for node in ctx.analysis.nodes("AwaitExpression"):
        if ctx.analysis.enclosing_function(node) is ctx.rule.function:
            return True
    return False


# -- what neither strategy can keep -----------------------------------------------------


def _check_paths(ctx: FixContext, fixes: Fixes, plan: _Plan) -> None:
    """Report a path through the inlined flow that ends without calling back."""
    binding = ctx.rule.bindings["callback"]

    def ends(statements: list[Any]) -> bool:
        return any(terminates(s) for s in statements)

    def terminates(statement: Any) -> bool:
        kind = statement.type
        if kind == "ThrowStatement":
            return True
        if id(statement) in plan.collapsed:
            return True
        if kind in ("ExpressionStatement", "ReturnStatement"):
            expression = (
                statement.expression if kind == "ExpressionStatement" else statement.argument
            )
            if expression is None:
                return False
            if expression.type == "CallExpression" and _is_callback_ref(ctx, expression.callee):
                return True
            inlined = [f for f in _functions_in(expression) if plan.inlined.get(id(f)) is statement]
            # The bodies that end the flow are those that call back (earlier `.then`
            # bodies only pass a value on, by construction).
            finals = [f for f in inlined if _mentions_callback(ctx, f)]
            return bool(finals) and all(body_ends(f) for f in finals)
        if kind == "BlockStatement":
            return ends(statement.body)
        if kind == "IfStatement":
            return (
                statement.alternate is not None
                and terminates(statement.consequent)
                and terminates(statement.alternate)
            )
        if kind == "TryStatement":
            handler_ok = statement.handler is None or ends(statement.handler.body.body)
            return ends(statement.block.body) and handler_ok
        return False

    def body_ends(function: Any) -> bool:
        if function.body.type != "BlockStatement":
            return _mentions(function.body, binding)
        return ends(function.body.body)

    message = (
        "a path through the rule ends without calling `callback`: Rules waited (and timed "
        "out), the Action continues the login"
    )
    early = _early_returns(ctx, plan)
    for statement in early:
        fixes.report("R2A123", statement, message)
    if not early and not ends(ctx.rule.body.body):
        fixes.report("R2A123", ctx.rule.body.body[-1], message)


def _early_returns(ctx: FixContext, plan: _Plan) -> list[Any]:
    """`return` statements in the rule's own flow (its body or an inlined one) that leave
    without calling back, unless a `callback(...)` statement comes right before them."""
    found = []
    flow = {id(ctx.rule.function)} | set(plan.inlined)
    for statement in ctx.analysis.nodes("ReturnStatement"):
        if id(ctx.analysis.enclosing_function(statement)) not in flow:
            continue
        if statement.argument is not None:
            continue  # a callback call, or a value passed on (a promise, say)
        parent = ctx.analysis.parent(statement)
        siblings = getattr(parent, "body", None)
        if isinstance(siblings, list) and statement in siblings:
            index = siblings.index(statement)
            before = siblings[index - 1] if index else None
            if (
                before is not None
                and before.type == "ExpressionStatement"
                and before.expression.type == "CallExpression"
                and _is_callback_ref(ctx, before.expression.callee)
            ):
                continue
        found.append(statement)
    return found


def _functions_in(node: Any) -> list[Any]:
    return [n for n in walk(node) if n.type in ("FunctionExpression", "ArrowFunctionExpression")]


def _mentions(node: Any, binding: Any) -> bool:
    return any(n.type == "Identifier" and n.name == binding.name for n in walk(node))


def _check_unawaited(ctx: FixContext, fixes: Fixes, plan: _Plan) -> None:
    """Report asynchronous work started in the rule's own flow that nothing waits for."""
    rule = ctx.rule
    inlined = set(plan.inlined)
    for statement in ctx.analysis.nodes("ExpressionStatement"):
        expression = statement.expression
        if expression.type != "CallExpression":
            continue
        owner = ctx.analysis.enclosing_function(statement)
        if owner is not rule.function and id(owner) not in inlined:
            continue
        if any(plan.inlined.get(f) is statement for f in plan.inlined):
            continue
        if _mentions_callback(ctx, expression):
            continue
        if _is_async_call(expression):
            fixes.report(
                "R2A124",
                statement,
                "asynchronous work is started here and nothing waits for it; the Action may "
                "finish before it does",
            )


def _is_async_call(call: Any) -> bool:
    method = _method(call)
    if method in ("then", "catch", "finally"):
        return True
    callee = call.callee
    name = (
        callee.name
        if callee.type == "Identifier"
        else (
            callee.property.name
            if callee.type == "MemberExpression" and not callee.computed
            else None
        )
    )
    if name in ("setTimeout", "setImmediate"):
        return True
    if name in _SYNC_HIGHER_ORDER:
        return False
    last = call.arguments[-1] if call.arguments else None
    return (
        last is not None
        and last.type in ("FunctionExpression", "ArrowFunctionExpression")
        and bool(last.params)
        and last.params[0].type == "Identifier"
        and last.params[0].name.lower() in ("e", "err", "error")
    )
