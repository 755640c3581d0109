"""Rules that call `callback` from asynchronous code become correct async Actions.

The handler is async and must not return before the rule's work is done. The strategy of
each `callback` reference is decided by the flow analysis (``converter.flow``) before the
fixers run; this module holds its shape recognisers (``plan``) and writes the rewrite:

1. **Idiomatic**, where the shape is recognised (the code a person would write), at every
   place after which nothing else in the handler's flow runs (the last statement of a list
   in tail position, a `return <call>`, a call followed only by `return;`):
   - an async helper of the rule awaited there (`return await applyPlan(plan)`) joins the
     handler's flow: its `callback(...)` calls convert in place;
   - a metadata update chain collapses into `api.user` calls (then the deny, if any);
   - a promise chain, `P.then(a).then(b).catch(c)`, becomes
     `try { const x = await P; ...a...; ...b... } catch (err) { ...c... }`;
   - a node-style callback API call, `request.post(opts, function (err, response, body)
     {...})`, becomes `const [err, response, body] = await new Promise((resolve) =>
     request.post(opts, (...results) => resolve(results)));` followed by the callback's
     body, so `err`, `response` and `body` keep their meaning;
   these apply at any depth (a callback inside a `.then` inside a callback...). The bodies
   now run in the handler (`ctx.inlined`), so the `callback(...)` calls in them become
   plain `return` / `return api.access.deny(...)` (the callback fixer does that). Work that
   outlives the handler (a node-style call whose callback persists metadata, followed only
   by the final continue) is awaited too (R2A126).
2. **Fallback**, per region: only the smallest run of statements in tail position that
   still calls back in another shape runs inside an awaited Promise that a local
   `callback` settles, with Rules' semantics (first call wins, an error or a string denies
   the login, code after a bare `callback()` keeps running). A region that awaits runs in
   an async function whose rejection rejects that Promise (the login fails, never hangs).

Which strategy applied is reported (info), and so is what neither can keep: a path that
ends without calling back, async work nobody waits for, two calls on one path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..astutil import FUNCTION_TYPES, walk
from ..edits import Edit
from . import FixContext, Fixes
from ._helpers import fresh_name, shift_lines

NAME = "async-flow"
PRELUDE = "async-flow-prelude"  # the origin of the fallback's opening lines
ORDER = 5
CODES = ("R2A120", "R2A121", "R2A122", "R2A123", "R2A124", "R2A125", "R2A126")

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
class Plan:
    """The idiomatic rewrite of the rule's flow (decided by ``converter.flow``)."""

    ctx: FixContext
    excluded: list[tuple[int, int]] = field(default_factory=list)  # fallback regions
    edits: list[Edit] = field(default_factory=list)
    inlined: dict[int, Any] = field(default_factory=dict)
    handled: set[int] = field(default_factory=set)
    error_params: set[int] = field(default_factory=set)
    standalone: set[int] = field(default_factory=set)
    collapsed: set[int] = field(default_factory=set)  # chain statements that call back
    notes: list[tuple[str, Any, str]] = field(default_factory=list)
    # The indentation each statement list of the handler's flow gets (by its first statement).
    indents: dict[int, str] = field(default_factory=dict)
    # Functions of the rule that a tail call awaits (their bodies stay where they are).
    helpers: set[int] = field(default_factory=set)
    helper_functions: list[Any] = field(default_factory=list)
    dropped: set[int] = field(default_factory=set)  # `return;` statements removed
    outliving: set[int] = field(default_factory=set)  # callbacks run after the rule called back
    # Inlined node-style callbacks → (the one whose `const [...]` declares their names,
    # the index of that edit).
    declarers: dict[int, tuple[Any, int]] = field(default_factory=dict)
    # `if` statements each handler replaces by one branch (the redirect specialisation).
    flattened: set[int] = field(default_factory=set)
    # Code each handler drops after the redirect specialisation (see ``converter.flow``).
    dead: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def tail_host(self, statement: Any) -> bool:
        """True when, in each handler that keeps ``statement``, what follows it in its
        function is dropped (the redirect specialisation)."""
        ctx = self.ctx
        parent = ctx.analysis.parent(statement)
        alive = [v for v, ranges in self.dead.items() if not _inside_ranges(statement, ranges)]
        if not alive or not self.dead:
            return False
        node = statement
        following: list[Any] = []
        while node is not None and node.type not in FUNCTION_TYPES:
            parent = ctx.analysis.parent(node)
            if parent is not None and parent.type == "BlockStatement":
                following.extend(parent.body[parent.body.index(node) + 1 :])
            node = parent
        return all(_inside_ranges(f, self.dead[v]) for v in alive for f in following)

    def replace(self, start: int, end: int, text: str) -> None:
        self.edits.append(Edit(start, end, text, NAME))


_Plan = Plan


def _inside_ranges(node: Any, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= node.range[0] and node.range[1] <= b for a, b in ranges)


def plan(
    ctx: FixContext,
    excluded: list[tuple[int, int]] = (),
    dead: dict[str, list[tuple[int, int]]] | None = None,
    flattened: set[int] = frozenset(),
) -> Plan:
    """Recognise the idiomatic shapes of the rule's flow, outside the ``excluded`` ranges."""
    result = Plan(ctx, list(excluded), dead=dead or {}, flattened=set(flattened))
    rule = ctx.rule
    _inline_tail(result, rule.body.body, ctx.source.indentation(rule.body.body[0].range[0]))
    return result


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    flow = ctx.flow
    if flow is None or flow.plan is None:
        return fixes
    plan = flow.plan
    edits = list(plan.edits)
    for region in flow.regions:
        fixes.variant = region.variant
        edits = _fallback(ctx, fixes, region, edits)
        fixes.variant = None
    fixes.edits.extend(edits)
    fixes.handled |= plan.handled
    for code, node, message in plan.notes:
        fixes.report(code, node, message)
    _check_paths(ctx, fixes, plan, flow)
    _check_unawaited(ctx, fixes, plan)
    return fixes


def _callback_function_plain(ctx: FixContext, ref: Any) -> Any:
    parent = ctx.analysis.parent(ref)
    node = parent if parent is not None else ref
    return ctx.analysis.enclosing_function(node)


# -- idiomatic: inline awaited bodies ---------------------------------------------------


def _inline_tail(plan: _Plan, statements: list[Any], indent: str, tail: bool = True) -> None:
    """Inline the statements of ``statements`` (and of its branches) after which nothing
    else runs: the last one when the list itself is in tail position (``tail``), a
    `return <call>`, or a call followed only by `return;`."""
    if not statements:
        return
    plan.indents.setdefault(id(statements[0]), indent)
    source = plan.ctx.source
    for index, statement in enumerate(statements):
        if any(a <= statement.range[0] and statement.range[1] <= b for a, b in plan.excluded):
            continue
        rest = statements[index + 1 :]
        last = not rest
        ends = (tail and last) or statement.type == "ReturnStatement" or _bare_returns(rest)
        if statement.type == "IfStatement":
            for branch in (statement.consequent, statement.alternate):
                if branch is not None and branch.type == "BlockStatement" and branch.body:
                    branch_indent = _nested_indent(plan, statement, branch.body[0], indent)
                    if id(statement) in plan.flattened:
                        branch_indent = indent  # the branch replaces the `if`
                    _inline_tail(plan, branch.body, branch_indent, tail and last)
            continue
        if statement.type == "TryStatement" and statement.finalizer is None:
            if statement.block.body:
                block = statement.block.body
                block_indent = _nested_indent(plan, statement, block[0], indent)
                _inline_tail(plan, block, block_indent, tail and last)
            if statement.handler is not None and statement.handler.body.body:
                body = statement.handler.body.body
                body_indent = _nested_indent(plan, statement, body[0], indent)
                _inline_tail(plan, body, body_indent, tail and last)
            continue
        if not ends and _outlives(plan, statement, rest, tail):
            continue
        if not ends or statement.type not in ("ExpressionStatement", "ReturnStatement"):
            continue
        expression = (
            statement.expression if statement.type == "ExpressionStatement" else statement.argument
        )
        if expression is not None and expression.type == "AwaitExpression":
            if expression.argument.type == "CallExpression":
                _inline_helper(plan, statement, expression.argument, tail and last)
            continue
        if expression is None or expression.type != "CallExpression":
            continue
        if _inline_helper(plan, statement, expression, tail and last):
            continue
        if not _mentions_callback(plan.ctx, expression):
            continue
        if _collapse_metadata_chain(plan, statement, expression):
            continue
        if _inline_chain(plan, statement, expression, indent):
            _end_early(plan, statement, rest, tail and last, indent)
            continue
        if _inline_node_style(plan, statement, expression, indent):
            _end_early(plan, statement, rest, tail and last, indent)


def _nested_indent(plan: _Plan, outer: Any, inner: Any, indent: str) -> str:
    """The indentation ``inner`` (in a block of ``outer``) gets once ``outer`` is at
    ``indent``: its own indentation relative to ``outer``'s, kept."""
    source = plan.ctx.source
    mine, theirs = source.indentation(inner.range[0]), source.indentation(outer.range[0])
    if mine.startswith(theirs) and len(mine) > len(theirs):
        return indent + mine[len(theirs) :]
    return mine


def _outlives(plan: _Plan, statement: Any, rest: list[Any], tail: bool) -> bool:
    """Work that outlives the handler: a node-style call whose callback persists something
    (metadata, say), followed only by the rule's final `callback(null, user, context)`. In
    Rules the login went on while the work finished; an Action cuts it off when the handler
    returns, so the call is awaited (before the continue, which ends the handler)."""
    ctx = plan.ctx
    if statement.type != "ExpressionStatement" or len(rest) != 1:
        return False
    after = rest[0]
    if not (tail or after.type == "ReturnStatement"):
        return False
    if not _is_continue_statement(ctx, after):
        return False
    call = statement.expression
    if call.type != "CallExpression" or _mentions_callback(ctx, call) or not call.arguments:
        return False
    function = call.arguments[-1]
    if function.type not in ("FunctionExpression", "ArrowFunctionExpression"):
        return False
    if not _persists(ctx, function):
        return False
    before = len(plan.notes)
    if not _inline_node_style(plan, statement, call, ctx.source.indentation(statement.range[0])):
        return False
    del plan.notes[before:]
    plan.outliving.add(id(function))
    plan.notes.append(
        (
            "R2A126",
            statement,
            "the rule called back before this call's callback ran; its work (which persists "
            "data) is now awaited before the handler returns, so it is not cut off",
        )
    )
    return True


def _is_continue_statement(ctx: FixContext, statement: Any) -> bool:
    if statement.type == "ExpressionStatement":
        call = statement.expression
    elif statement.type == "ReturnStatement":
        call = statement.argument
    else:
        return False
    if call is None or call.type != "CallExpression" or not _is_callback_ref(ctx, call.callee):
        return False
    args = call.arguments
    if args and not (args[0].type == "Literal" and args[0].value is None):
        return False
    return all(a.type == "Identifier" for a in args[1:])


def _persists(ctx: FixContext, function: Any) -> bool:
    """The function writes the user's metadata (through `auth0.users` or `user`)."""
    for node in walk(function.body):
        if node.type == "MemberExpression" and not node.computed:
            name = getattr(node.property, "name", None)
            if name in ("updateAppMetadata", "updateUserMetadata"):
                return True
    return False


def _bare_returns(statements: list[Any]) -> bool:
    return bool(statements) and all(
        s.type == "ReturnStatement" and s.argument is None for s in statements
    )


def _end_early(plan: _Plan, statement: Any, rest: list[Any], at_end: bool, indent: str) -> None:
    """An inlined `return <call>` that does not end the handler's flow: the inlined code
    must leave the handler where the `return` did (unless a `return;` follows, or each
    handler drops what follows, after the redirect specialisation)."""
    ctx = plan.ctx
    if at_end or rest or statement.type != "ReturnStatement":
        return
    if plan.tail_host(statement):
        return
    end = _end_with_newline(ctx, statement)
    text = ctx.text
    nl = ctx.source.newline
    if end > statement.range[1] and text[end - 1] == "\n":
        plan.replace(end, end, f"{indent}return;{nl}")
    else:
        plan.replace(statement.range[1], statement.range[1], f"{nl}{indent}return;")


def _inline_helper(plan: _Plan, statement: Any, call: Any, at_end: bool) -> bool:
    """`return await helper(...)` (or `await helper(...)` / `return helper(...)` last) where
    ``helper`` is a function of the rule whose every use is such a call: its body is part
    of the handler's flow, so the `callback(...)` calls in it convert in place."""
    ctx = plan.ctx
    if statement.type == "ExpressionStatement" and not at_end:
        return False
    target = call
    parent = ctx.analysis.parent(call)
    if parent is not None and parent.type == "AwaitExpression":
        target = parent
    if (
        statement.expression if statement.type == "ExpressionStatement" else statement.argument
    ) is not target:
        return False
    if call.callee.type != "Identifier":
        return False
    binding = ctx.analysis.resolve(call.callee)
    if binding is None or binding.kind not in ("function", "const", "let", "var"):
        return False
    function = _function_of_binding(ctx, binding)
    if function is None or function.generator or function.body.type != "BlockStatement":
        return False
    if not function.isAsync and target is not call:
        return False
    if ctx.analysis.enclosing_function(function) is not ctx.analysis.enclosing_function(statement):
        return False
    if not _mentions_callback(ctx, function):
        return False
    for ref in binding.references:
        holder = ctx.analysis.parent(ref)
        if holder is None or holder.type != "CallExpression" or holder.callee is not ref:
            return False
        if ref is not call.callee:
            return False  # used more than once: its flow is not the handler's
    if _uses_this_or_arguments(function) or function.isAsync and target is call:
        return False
    plan.inlined[id(function)] = statement
    plan.helpers.add(id(function))
    plan.helper_functions.append(function)
    body = function.body.body
    if body:
        _inline_tail(plan, body, plan.ctx.source.indentation(body[0].range[0]))
    return True


def _function_of_binding(ctx: FixContext, binding: Any) -> Any:
    node = binding.node
    parent = ctx.analysis.parent(node)
    if binding.kind == "function" and parent is not None and parent.type == "FunctionDeclaration":
        return parent
    if parent is not None and parent.type == "VariableDeclarator" and parent.id is node:
        init = parent.init
        declaration = ctx.analysis.parent(parent)
        if (
            init is not None
            and init.type in ("FunctionExpression", "ArrowFunctionExpression")
            and declaration is not None
            and declaration.kind == "const"
        ):
            return init
    return None


def _mentions_callback(ctx: FixContext, node: Any) -> bool:
    """True when a reference to the rule's callback lies inside ``node``."""
    start, end = node.range
    return any(start <= r.range[0] < end for r in ctx.analysis.role_references("callback"))


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
        and all(p.type == "Identifier" or _simple_pattern(p) for p in node.params)
        and not _uses_this_or_arguments(node)
    )


def _simple_pattern(node: Any) -> bool:
    """`[a, b]` or `{ a, b: c }`: a destructuring of plain names."""
    if node.type == "ArrayPattern":
        return all(e is not None and e.type == "Identifier" for e in node.elements)
    if node.type == "ObjectPattern":
        return all(
            p.type == "Property" and not p.computed and p.value.type == "Identifier"
            for p in node.properties
        )
    return False


def _declared_names(param: Any) -> list[Any]:
    if param.type == "Identifier":
        return [param]
    if param.type == "ArrayPattern":
        return list(param.elements)
    return [p.value for p in param.properties]


def _uses_this_or_arguments(function: Any) -> bool:
    for node in walk(function.body):
        if node.type == "ThisExpression" or (
            node.type == "Identifier" and node.name == "arguments"
        ):
            return True
    return False


def _is_callback_ref(ctx: FixContext, node: Any) -> bool:
    return ctx.analysis.plays(node, "callback")


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
    names = [n for p in thens if p.params for n in _declared_names(p.params[0])]
    if not all(_free_for_hoisting(ctx, n, statement) for n in names):
        return False
    unit = _unit(ctx)
    inner = indent + unit if catch is not None else indent
    nl = ctx.source.newline
    head = ("try {" + nl + inner) if catch is not None else ""
    plan.replace(statement.range[0], promise.range[0], head + _binding(thens[0], ctx) + "await ")
    if len(inner) != len(indent):
        # The promise's own lines move into the `try` block with it.
        shifter = ctx.fixes(NAME)
        shift_lines(ctx, shifter, promise.range[0], promise.range[1], len(inner) - len(indent))
        plan.edits.extend(shifter.edits)
    previous_end = promise.range[1]
    for index, function in enumerate(thens):
        is_last = index == len(thens) - 1
        plan.inlined[id(function)] = statement
        following = _binding(thens[index + 1], ctx) + "await " if not is_last else ""
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
    denial = None
    if refs is None:
        denial = _denial(ctx, thens[0])
        if denial is None:
            return False
        refs = []
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
    kept = update
    if denial is None:
        plan.replace(update.range[1], end, ";" + _trailing_nl(ctx, statement, end))
    else:
        # `.then(() => callback(new Error(m)))`: the deny stays, after the update.
        kept = denial
        keep_from = _comments_start(ctx, denial, thens[0])
        nl = ctx.source.newline
        indent = ctx.source.indentation(statement.range[0])
        if _on_own_line_at(ctx, keep_from):
            plan.replace(update.range[1], ctx.source.line_start(keep_from), ";" + nl)
            shifter = ctx.fixes(NAME)
            delta = len(indent) - len(ctx.source.indentation(keep_from))
            shift_lines(ctx, shifter, ctx.source.line_start(keep_from) - 1, denial.range[1], delta)
            plan.edits.extend(shifter.edits)
        else:
            plan.replace(update.range[1], keep_from, ";" + nl + indent)
        semicolon = ";" if denial.type == "CallExpression" else ""  # an arrow's body
        plan.replace(denial.range[1], end, semicolon + _trailing_nl(ctx, statement, end))
        plan.inlined[id(thens[0])] = statement
        _drop_bare_returns(plan, statement)
    for node in walk(statement):
        if node.type == "Identifier" and not _inside(node, update) and not _inside(node, kept):
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


def _denial(ctx: FixContext, function: Any) -> Any:
    """The statement (or expression body) of a function whose whole body is
    `[return] callback(new Error(m))` / `callback('m')`: a deny."""
    body = function.body
    holder = body
    if body.type == "BlockStatement":
        if len(body.body) != 1 or body.body[0].type not in (
            "ExpressionStatement",
            "ReturnStatement",
        ):
            return None
        holder = body.body[0]
        body = holder.expression if holder.type == "ExpressionStatement" else holder.argument
    if body is None or body.type != "CallExpression" or not _is_callback_ref(ctx, body.callee):
        return None
    first = body.arguments[0] if body.arguments else None
    if first is None:
        return None
    error = (
        first.type == "NewExpression"
        and first.callee.type == "Identifier"
        and first.callee.name in ("Error", "UnauthorizedError")
        and ctx.analysis.resolve(first.callee) is None
    )
    string = first.type == "Literal" and isinstance(first.value, str) and first.value
    if not (error or string) or any(_has_call(a) for a in body.arguments[1:]):
        return None
    return holder


def _has_call(node: Any) -> bool:
    return any(n.type in ("CallExpression", "NewExpression") for n in walk(node))


def _comments_start(ctx: FixContext, statement: Any, function: Any) -> int:
    """The start of the comments right above ``statement`` inside ``function``'s body."""
    start = statement.range[0]
    for comment in sorted(ctx.comments, key=lambda c: -c.range[0]):
        if comment.range[1] > start or comment.range[0] < function.body.range[0]:
            continue
        if ctx.text[comment.range[1] : start].strip():
            break
        start = comment.range[0]
    return start


def _on_own_line_at(ctx: FixContext, offset: int) -> bool:
    return not ctx.text[ctx.source.line_start(offset) : offset].strip()


def _drop_bare_returns(plan: _Plan, statement: Any) -> None:
    """The `return;` right after a statement that now ends with `return ...` is dead."""
    ctx = plan.ctx
    parent = ctx.analysis.parent(statement)
    if parent is None or parent.type != "BlockStatement":
        return
    rest = parent.body[parent.body.index(statement) + 1 :]
    if len(rest) != 1 or rest[0].type != "ReturnStatement" or rest[0].argument is not None:
        return
    from ._helpers import remove_statement

    remover = ctx.fixes(NAME)
    remove_statement(ctx, remover, rest[0])
    plan.edits.extend(remover.edits)
    plan.dropped.add(id(rest[0]))


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


def _binding(function: Any, ctx: FixContext | None = None) -> str:
    if not function.params:
        return ""
    param = function.params[0]
    if param.type != "Identifier" and ctx is not None:
        return f"const {ctx.node_text(param)} = "
    return f"const {param.name} = "


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
    declaring = None  # the inlined node-style callback whose names this one reuses
    if not all(_free_for_hoisting(ctx, p, statement) for p in function.params):
        declaring = _reused_names(plan, function, statement)
        if declaring is None:
            return False
    body = function.body.body
    if not body:
        return False
    nl = ctx.source.newline
    names = ", ".join(p.name for p in function.params)
    plan.inlined[id(function)] = statement
    plan.error_params.add(id(ctx.analysis.declaration(function.params[0])))
    if declaring is None:
        head = f"const [{names}] = "
        plan.declarers[id(function)] = (function, len(plan.edits))
    else:
        # `request.get(a, (err, res, body) => { request.post(b, (err, res, body) => ...) })`:
        # the inner call's results replace the outer's (which it shadowed).
        head = f"[{names}] = "
        previous = _previous_statement(ctx, statement)
        if previous is not None and ctx.text[previous.range[1] - 1] not in ";}":
            head = ";" + head  # `[` would continue the previous line's expression
        outer, index = plan.declarers[id(declaring)]
        plan.declarers[id(function)] = (outer, index)
        edit = plan.edits[index]
        if edit.text.startswith("const "):
            plan.edits[index] = Edit(
                edit.start, edit.end, "let " + edit.text[len("const ") :], edit.origin
            )
    plan.replace(statement.range[0], call.range[0], f"{head}await new Promise((resolve) => ")
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


def _previous_statement(ctx: FixContext, statement: Any) -> Any:
    parent = ctx.analysis.parent(statement)
    siblings = getattr(parent, "body", None)
    if not isinstance(siblings, list) or statement not in siblings:
        return None
    index = siblings.index(statement)
    return siblings[index - 1] if index else None


def _reused_names(plan: _Plan, function: Any, host: Any) -> Any:
    """The inlined node-style callback around ``host`` whose parameters are exactly the
    names of ``function``'s (which shadowed them), or None."""
    ctx = plan.ctx
    outer = ctx.analysis.enclosing_function(host)
    if outer is None or id(outer) not in plan.declarers:
        return None
    if [p.name for p in function.params] != [p.name for p in outer.params][: len(function.params)]:
        return None
    for param in function.params:
        scope = ctx.analysis.scope_at(host)
        binding = scope.lookup(param.name) if scope is not None else None
        if binding is None or binding.kind != "param" or binding.scope.node is not outer:
            return None
    return outer


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


def _fallback(ctx: FixContext, fixes: Fixes, region: Any, edits: list[Edit]) -> list[Edit]:
    """Wrap ``region`` in the awaited Promise its local `callback` settles; returns
    ``edits`` with the re-indentation of the region's lines folded in."""
    from ..render import render_snippet

    rule = ctx.rule
    source, text, nl = ctx.source, ctx.text, ctx.source.newline
    statements = region.statements
    first, last = statements[0], statements[-1]
    unit = _unit(ctx)
    indent = region.indent
    extra = unit * 2 if region.awaits else unit
    names = {
        "resolve": fresh_name(ctx, "resolve"),
        "reject": fresh_name(ctx, "reject"),
        "settled": fresh_name(ctx, "settled"),
    }
    prelude = render_snippet(
        "callback_fallback.js.j2",
        newline=nl,
        indent=indent,
        unit=unit,
        is_async=region.awaits,
        whole=region.whole,
        reason=region.short_reason(),
        callback=rule.params["callback"].name,
        api=ctx.api,
        **names,
        error_mode=ctx.error_mode,
        subject="Hook" if ctx.hook is not None else "rule",
    )
    if not prelude.endswith(("\n", "\r")):
        prelude += nl
    start = first.range[0]
    start = source.line_start(start) if _on_own_line(ctx, first) else start
    if _on_own_line(ctx, first) and start == source.line_start(start):
        insert_at = start
        # Origin PRELUDE: the pipeline puts it before the TODO lines at the same offset.
        fixes.edits.append(Edit(start, start, prelude, PRELUDE, fixes.variant))
    else:
        insert_at = start
        fixes.insert(insert_at, nl + prelude + indent + extra)
    closing = ""
    if region.awaits:
        closing += f"{indent}{unit}}})().catch({names['reject']});{nl}"
    closing += f"{indent}}});"
    if not _strict_tail(ctx, region.block):
        # The region's `return`s left the function; they now only leave the Promise.
        closing += f"{nl}{indent}return;"
    brace = region.block.range[1] - 1
    closing_line = source.line_start(brace)
    if closing_line > last.range[1] and not text[closing_line:brace].strip():
        fixes.insert(closing_line, closing + nl)
    else:
        fixes.insert(brace, nl + closing + nl + source.indentation(brace))
    edits = _shift_region(ctx, edits, insert_at, last.range[1], extra, region.variant)
    where = "its body runs" if region.whole else "the code from here to the end of its block runs"
    subject = "Hook" if ctx.hook is not None else "rule"
    callback = f"`{rule.params['callback'].name}`" if ctx.hook is not None else "`callback`"
    fixes.report(
        "R2A120",
        rule.function if region.whole else first,
        f"{'the ' if region.whole else 'this part of the '}{subject} calls back from "
        f"asynchronous code in a shape without an idiomatic conversion ({region.reason()}); "
        f"{where} in an awaited Promise that {callback} settles",
    )
    return edits


def _strict_tail(ctx: FixContext, block: Any) -> bool:
    """True when nothing runs after ``block`` in the handler (it is the last statement of
    each enclosing list up to the rule's body)."""
    analysis = ctx.analysis
    node = block
    while node is not ctx.rule.body:
        parent = analysis.parent(node)
        if parent is None:
            return False
        if parent.type == "BlockStatement":
            if parent.body[-1] is not node:
                return False
        elif parent.type in FUNCTION_TYPES and id(parent) in ctx.inlined:
            node = ctx.inlined[id(parent)]
            continue
        elif parent.type not in ("IfStatement", "TryStatement", "CatchClause"):
            return False
        node = parent
    return True


def _rest_is_comment(ctx: FixContext, start: int, end: int) -> bool:
    rest = ctx.text[start:end].strip()
    return not rest or rest.startswith("//") or rest == ";"


def _shift_region(
    ctx: FixContext, edits: list[Edit], start: int, end: int, extra: str, variant: str | None
) -> list[Edit]:
    """Indent the lines from ``start`` to ``end`` by ``extra`` more than the other edits
    (the re-indentation of an inlined body) leave them."""
    text = ctx.text
    lines = [s for s in ctx.source.line_starts if start <= s <= end]
    literals = [n.range for n in ctx.analysis.nodes("TemplateLiteral")]
    shift_at = set(lines)
    base: dict[int, int] = {}
    kept = []
    for edit in edits:
        if edit.start in shift_at and edit.variant is None and variant is None:
            if edit.start == edit.end and edit.text and not edit.text.strip(" "):
                base[edit.start] = base.get(edit.start, 0) + len(edit.text)
                continue
            if (
                not edit.text
                and edit.end > edit.start
                and not text[edit.start : edit.end].strip(" ")
            ):
                base[edit.start] = min(base.get(edit.start, 0), edit.start - edit.end)
                continue
        kept.append(edit)
    for line_start in lines:
        if any(a < line_start < b for a, b in literals):
            continue
        if not text[line_start : ctx.source.line_end(line_start)].strip():
            continue
        delta = base.get(line_start, 0)
        if delta == 0:
            kept.append(Edit(line_start, line_start, extra, NAME, variant))
            continue
        delta += len(extra)
        if delta > 0:
            kept.append(Edit(line_start, line_start, " " * delta, NAME, variant))
        elif delta < 0:
            width = 0
            while width < -delta and text[line_start + width] == " ":
                width += 1
            if width:
                kept.append(Edit(line_start, line_start + width, "", NAME, variant))
    return kept


def _error_exit(ctx: FixContext, error: str) -> str:
    """The statement that ends the Action with the caught ``error`` (per ``ctx.error_mode``)."""
    if ctx.error_mode == "throw":
        return f"throw {error}"
    code = ctx.string("server_error") + ", " if ctx.error_mode == "deny_server_error" else ""
    return f"return {ctx.api}.access.deny({code}{error}.message)"


# -- what neither strategy can keep -----------------------------------------------------


def _check_paths(ctx: FixContext, fixes: Fixes, plan: _Plan, flow: Any) -> None:
    """Report a path through the inlined flow that ends without calling back (a fallback
    region waits for its callback, as Rules did)."""
    binding = ctx.rule.bindings["callback"]
    region_starts = {id(r.statements[0]) for r in flow.regions}
    iteration_refs = [r for r in binding.references if id(r) in flow.iterations]

    def ends(statements: list[Any]) -> bool:
        return any(terminates(s) for s in statements)

    def terminates(statement: Any) -> bool:
        kind = statement.type
        if kind == "ThrowStatement" or id(statement) in region_starts:
            return True
        if id(statement) in plan.collapsed:
            return True
        if any(_inside(ref, statement) for ref in iteration_refs):
            return True  # a synchronous iteration that calls back
        if kind in ("ExpressionStatement", "ReturnStatement"):
            expression = (
                statement.expression if kind == "ExpressionStatement" else statement.argument
            )
            if expression is None:
                return False
            if expression.type == "CallExpression" and _is_callback_ref(ctx, expression.callee):
                return True
            inlined = [f for f in _functions_in(expression) if plan.inlined.get(id(f)) is statement]
            inlined += [f for f in plan.helper_functions if plan.inlined.get(id(f)) is statement]
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
    early = [s for s in _early_returns(ctx, plan) if flow.region_of(s) is None]
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
        owner = id(ctx.analysis.enclosing_function(statement))
        if owner not in flow or owner in plan.outliving:
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
            if before is not None and (
                id(before) in plan.collapsed or any(h is before for h in plan.inlined.values())
            ):
                continue  # an awaited chain or call that calls back
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
            persists = any(
                _persists(ctx, a) for a in expression.arguments if a.type in FUNCTION_TYPES
            )
            fixes.report(
                "R2A124",
                statement,
                "asynchronous work is started here and nothing waits for it; the Action may "
                "finish before it does"
                + ("; the metadata it writes would then be lost" if persists else ""),
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
