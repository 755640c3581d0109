"""`callback(...)` → `return` / `return api.access.deny(message)`.

In the usual ("direct") strategy, calls made in the rule's own flow (its body, or a body
the async-flow fixer inlined into the handler) convert:

- `callback(null, user, context)`, `callback()`, `callback(null)`, with or without
  `return` → `return;` (dropped when it is the rule's last statement, or when a bare
  `return;` follows it);
- `callback(new UnauthorizedError(m))`, `callback(new Error(m))`, `callback('text')`
  → `return api.access.deny(m)`, with the message `new Error(m)` makes: a string
  literal, template or concatenation stays as written, `undefined` gives `''`, any
  other value `String(m)` (a parsed response body denied as `[object Object]`);
  `callback(err)` where `err` is a `catch` parameter →
  `return api.access.deny(err.message)`.

A bare call converts only in tail position. Inside a fallback region (decided by the flow
analysis, ``converter.flow``, where some call cannot convert this way) the rule's
`callback` is a local function the handler awaits: calls only lose the `user`/`context`
arguments, which have no meaning in Actions, and `UnauthorizedError` becomes `Error`.
"""

from __future__ import annotations

from typing import Any

from ..astutil import STATEMENT_LISTS, walk
from . import FixContext, Fixes
from ._helpers import is_last_in_function, is_tail, remove_statement

NAME = "callback"
ORDER = 10
CODES = ("R2A110", "R2A111", "R2A112", "R2A113", "R2A114", "R2A115", "R2A116", "R2A125")

_ERROR_CLASSES = ("Error", "UnauthorizedError")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    if ctx.rule is None:
        return fixes
    flow = ctx.flow
    fallback = flow is not None and bool(flow.regions)
    for ref in ctx.analysis.role_references("callback"):
        if ctx.is_handled(ref):
            continue
        fixes.handle(ref)
        call = _call_of(ctx, ref)
        if flow is not None and id(ref) in flow.iterations and call is not None:
            _end_iteration_call(ctx, fixes, call)
            continue
        region = flow.region_of(ref) if fallback else None
        if region is not None:
            fixes.variant = region.variant
            if call is not None:
                _fallback_call(ctx, fixes, call)
            if region.variant is None:
                continue
            # The other handler has no fallback: the call converts in place there.
            fixes.variant = "continue" if region.variant == "execute" else "execute"
            if not flow.alive(ref, fixes.variant):
                fixes.variant = None
                continue
        if call is None:
            fixes.report("R2A112", ref, "`callback` is passed on or stored here, not called")
        else:
            _convert_call(ctx, fixes, call)
        fixes.variant = None
    if fallback:
        _report_double_calls(ctx, fixes)
    # The local callback and `api.access.deny(error.message)` deny with any error's message:
    # `UnauthorizedError` (a class of the Rules sandbox) can simply become `Error` wherever
    # else it is constructed (a helper building the error, say).
    for ref in ctx.analysis.global_references("UnauthorizedError"):
        parent = ctx.analysis.parent(ref)
        if ctx.is_handled(ref) or id(ref) in fixes.handled:
            continue
        if parent is not None and parent.type == "NewExpression" and parent.callee is ref:
            _report_unauthorized(fixes, parent)
            fixes.replace_node(ref, "Error")
    return fixes


def problem(ctx: FixContext, ref: Any) -> str | None:
    """Why a reference to `callback` cannot convert directly (a code), or None."""
    if ctx.hook is not None:
        from .hook_callback import problem as hook_problem

        return hook_problem(ctx, ref)
    call = _call_of(ctx, ref)
    if call is None:
        return "R2A112"
    if ctx.callback_function(call) is not ctx.rule.function:
        return "R2A110"
    holder = _holder(ctx, call)
    if holder is None:
        return "R2A116"
    outcome = _outcome(ctx, None, call)
    if outcome is None:
        return "R2A114"
    if holder.type == "ExpressionStatement" and not _tail_or_before_return(ctx, holder, outcome):
        return "R2A111"
    return None


def _call_of(ctx: FixContext, ref: Any) -> Any:
    parent = ctx.analysis.parent(ref)
    if parent is not None and parent.type == "CallExpression" and parent.callee is ref:
        return parent
    return None


def _holder(ctx: FixContext, call: Any) -> Any:
    """The statement a call stands in: an expression statement, a `return`, or the
    expression body of an inlined arrow function (which acts as a statement)."""
    holder = ctx.analysis.parent(call)
    if holder is None:
        return None
    if holder.type in ("ExpressionStatement", "ReturnStatement"):
        return holder
    if (
        holder.type == "ArrowFunctionExpression"
        and holder.body is call
        and id(holder) in ctx.inlined
    ):
        return holder
    return None


def _tail_or_before_return(ctx: FixContext, holder: Any, outcome: tuple[str, Any]) -> bool:
    if is_tail(ctx, holder, ctx.rule.function):
        return True
    return outcome[0] in ("continue", "effects") and _is_bare_return(_next_statement(ctx, holder))


def _convert_call(ctx: FixContext, fixes: Fixes, call: Any) -> None:
    rule = ctx.rule
    if ctx.callback_function(call) is not rule.function:
        fixes.report(
            "R2A110",
            call,
            "`callback` is called from a nested function; the asynchronous flow needs converting",
        )
        _keep_arguments(ctx, fixes, call)
        return
    holder = _holder(ctx, call)
    if holder is None:
        fixes.report("R2A116", call, "`callback` is called inside an expression")
        _keep_arguments(ctx, fixes, call)
        return
    outcome = _outcome(ctx, fixes, call)
    if outcome is None:
        _keep_arguments(ctx, fixes, call)
        return
    kind, detail = outcome
    if kind == "effects":
        if holder.type == "ExpressionStatement" and not _tail_or_before_return(
            ctx, holder, outcome
        ):
            fixes.report(
                "R2A111",
                call,
                "code after this `callback(...)` still runs in Rules; "
                "converting it to `return` would skip that code",
            )
            _keep_arguments(ctx, fixes, call)
            return
        _keep_effects(ctx, fixes, call, holder, detail)
        return
    if kind == "maybe":
        # `callback(err, user, context)` → `if (err) return api.access.deny(err.message);`
        name = detail.name
        ends = _ends_function(ctx, holder)
        indent = ctx.source.indentation(holder.range[0])
        after = "" if ends else f"{ctx.source.newline}{indent}return;"
        _absorb_arguments(fixes, call)
        fixes.replace_node(
            holder, f"if ({name}) return {ctx.api}.access.deny({name}.message);{after}"
        )
        return
    if holder.type == "ArrowFunctionExpression":
        # `.then(() => callback(...))` inlined: the expression became a statement.
        if kind == "continue":
            fixes.replace_node(call, "return")
            _absorb_arguments(fixes, call)
        else:
            _deny(ctx, fixes, call, detail, add_return=True)
        return
    is_return = holder.type == "ReturnStatement"
    if not is_return and kind == "continue" and _is_bare_return(_next_statement(ctx, holder)):
        # `callback(null, user, context); return;` → keep the existing `return;`.
        remove_statement(ctx, fixes, holder)
        _absorb_arguments(fixes, call)
        return
    if not is_return and not is_tail(ctx, holder, rule.function):
        if not (kind == "continue" and _is_bare_return(_next_statement(ctx, holder))):
            fixes.report(
                "R2A111",
                call,
                "code after this `callback(...)` still runs in Rules; "
                "converting it to `return` would skip that code",
            )
            _keep_arguments(ctx, fixes, call)
            return
        # `callback(null, user, context); return;` → keep the existing `return;`.
        remove_statement(ctx, fixes, holder)
        _absorb_arguments(fixes, call)
        return
    if kind == "continue":
        if _ends_function(ctx, holder):
            remove_statement(ctx, fixes, holder)
        elif is_return:
            end = holder.range[1]
            if ctx.text[end - 1] == ";":
                end -= 1
            fixes.replace(holder.range[0] + len("return"), end, "")
        else:
            fixes.replace_node(call, "return")
        _absorb_arguments(fixes, call)
        return
    _deny(ctx, fixes, call, detail, add_return=not is_return)


def _end_iteration_call(ctx: FixContext, fixes: Fixes, call: Any) -> None:
    """A continue inside a synchronous iteration that ends the handler: the call goes
    (`return callback(...)` keeps its `return;`, which ends that iteration step)."""
    holder = ctx.analysis.parent(call)
    _absorb_arguments(fixes, call)
    if holder.type == "ReturnStatement":
        end = holder.range[1] - (1 if ctx.text[holder.range[1] - 1] == ";" else 0)
        fixes.replace(holder.range[0] + len("return"), end, "")
        return
    block = ctx.analysis.parent(holder)
    owner = ctx.analysis.parent(block) if block is not None else None
    if (
        block is not None
        and block.type == "BlockStatement"
        and len(block.body) == 1
        and owner is not None
        and owner.type == "IfStatement"
        and owner.consequent is block
        and owner.alternate is None
        and not _has_effects(owner.test)
        and ctx.analysis.parent(owner).type in STATEMENT_LISTS
    ):
        remove_statement(ctx, fixes, owner)  # `if (last) callback(...)`: the `if` goes too
        return
    remove_statement(ctx, fixes, holder)


def _error_or_null(ctx: FixContext, binding: Any) -> bool:
    """A variable that only ever holds `null` or an error: `const err = test ? null : new
    Error(m)`, or `let error = null` later set to `new Error(m)` or to a caught error."""
    declarator = ctx.analysis.parent(binding.node)
    if binding.kind not in ("const", "let", "var") or declarator is None:
        return False
    if declarator.type != "VariableDeclarator" or declarator.id is not binding.node:
        return False
    values = [declarator.init]
    for ref in binding.references:
        if not ctx.analysis.is_write(ref):
            continue
        assignment = ctx.analysis.parent(ref)
        if (
            assignment is None
            or assignment.type != "AssignmentExpression"
            or assignment.operator != "="
            or assignment.left is not ref
        ):
            return False
        values.append(assignment.right)
    errors = False
    for value in values:
        if value is None or _is_nullish(value):
            continue
        branches = (
            (value.consequent, value.alternate)
            if value.type == "ConditionalExpression"
            else (value,)
        )
        for branch in branches:
            if _is_nullish(branch):
                continue
            if branch.type == "NewExpression" and _is_global(ctx, branch.callee, _ERROR_CLASSES):
                errors = True
                continue
            if branch.type == "Identifier":
                other = ctx.analysis.resolve(branch)
                if other is not None and (other.kind == "catch" or id(other) in ctx.error_params):
                    errors = True
                    continue
            return False
    return errors


def _local_function(ctx: FixContext, callee: Any) -> Any:
    """The function a plain name calls when the file defines it: a function declaration,
    or a `const` holding a function expression or an arrow."""
    if callee.type != "Identifier":
        return None
    binding = ctx.analysis.resolve(callee)
    if binding is None:
        return None
    from .async_flow import _function_of_binding

    return _function_of_binding(ctx, binding)


def _returned_values(ctx: FixContext, function: Any) -> list[Any] | None:
    """What ``function`` can return, when it always ends in a `return` (or `throw`): the
    `return` arguments (None for a bare `return`), or an arrow's expression body."""
    body = function.body
    if body.type != "BlockStatement":
        return [body]
    returns = [
        n
        for n in walk(body)
        if n.type == "ReturnStatement" and ctx.analysis.enclosing_function(n) is function
    ]
    if not returns or not body.body or body.body[-1].type not in _ENDINGS:
        return None
    return [r.argument for r in returns]


_ENDINGS = ("ReturnStatement", "ThrowStatement")


def _builds_error(ctx: FixContext, call: Any) -> bool:
    """True when ``call`` calls a function of the file whose every `return` gives back a
    `new Error(...)` / `new UnauthorizedError(...)` (`callback(denial('reason'))`)."""
    function = _local_function(ctx, call.callee)
    if function is None or function.isAsync:
        return False
    values = _returned_values(ctx, function)
    return bool(values) and all(
        value is not None
        and value.type == "NewExpression"
        and _is_global(ctx, value.callee, _ERROR_CLASSES)
        for value in values
    )


def _kept_call(ctx: FixContext, call: Any) -> Any:
    """In `callback(null, user, f(context))`, the one argument with effects (a call whose
    value would have been handed on), when the others pass `user`/`context` through."""
    args = call.arguments
    effects = [a for a in args[1:] if _has_effects(a)]
    if len(effects) != 1 or effects[0].type != "CallExpression" or len(args) > 3:
        return None
    for role, argument in zip(("user", "context"), args[1:]):
        if argument is not effects[0] and not _passes_through(ctx, argument, role):
            return None
    return effects[0]


def _gives_back(ctx: FixContext, call: Any) -> bool:
    """True when ``call`` calls a function of the file that returns the object passed to
    it (`function addClaims(ctx) { ...; return ctx; }`), so passing on its value is
    passing on the same `user`/`context`."""
    if any(ctx.analysis.passes_role(call, role) for role in ("user", "context")):
        return True  # a helper whose roles the analysis followed (`return ctx;`)
    callee = call.callee
    if callee.type != "Identifier" or not call.arguments:
        return False
    function = _local_function(ctx, callee)
    if function is None or function.isAsync or not function.params:
        return False
    position = None
    for index, argument in enumerate(call.arguments):
        if argument.type == "Identifier" and ctx.rule is not None:
            for role in ("user", "context"):
                if _passes_through(ctx, argument, role) and index < len(function.params):
                    position = index
    if position is None or function.params[position].type != "Identifier":
        return False
    name = function.params[position].name
    values = _returned_values(ctx, function)
    return bool(values) and all(
        value is not None and value.type == "Identifier" and value.name == name for value in values
    )


def _keep_effects(ctx: FixContext, fixes: Fixes, call: Any, holder: Any, kept: Any) -> None:
    """`[return] callback(null, user, f(context));` → `f(context);` (and `return;` unless
    the handler ends there)."""
    _absorb_arguments(fixes, call, keep=kept)
    if holder.type == "ArrowFunctionExpression":
        fixes.replace(call.range[0], kept.range[0], "")
        fixes.replace(kept.range[1], call.range[1], "")
        return
    ends = _ends_function(ctx, holder) or (
        holder.type == "ExpressionStatement" and _is_bare_return(_next_statement(ctx, holder))
    )
    indent = ctx.source.indentation(holder.range[0])
    after = "" if ends else f"{ctx.source.newline}{indent}return;"
    fixes.replace(holder.range[0], kept.range[0], "")
    end = holder.range[1]
    fixes.replace(kept.range[1], end, ";" + after)


def _ends_function(ctx: FixContext, statement: Any) -> bool:
    """The last statement of the handler's flow: the rule body's, or that of a body
    inlined into it (a `try` block included), in tail position."""
    rule = ctx.rule
    if is_last_in_function(ctx, statement, rule.function):
        return True
    parent = ctx.analysis.parent(statement)
    if parent is None or parent.type != "BlockStatement" or parent.body[-1] is not statement:
        return False
    owner = ctx.analysis.parent(parent)
    if owner is None:
        return False
    inlined_body = id(owner) in ctx.inlined and owner.body is parent
    try_block = owner.type == "TryStatement" and owner.block is parent
    return (inlined_body or try_block) and is_tail(ctx, statement, rule.function)


def _outcome(ctx: FixContext, fixes: Fixes | None, call: Any) -> tuple[str, Any] | None:
    """('continue', None) | ('deny', (kind, node)); None when it cannot be determined.
    Reports only when ``fixes`` is given."""
    args = call.arguments
    first = args[0] if args else None
    if first is None or _is_nullish(first):
        kept = _kept_call(ctx, call)
        if kept is not None:
            # `callback(null, user, f(context))`: the call stays, as a statement.
            if fixes is not None and not _gives_back(ctx, kept):
                fixes.report(
                    "R2A113",
                    call,
                    "`callback` passes on the value of a call; the call stays, but the "
                    "Action continues with the same `event`, not with what the call returns",
                )
            return "effects", kept
        if any(_has_effects(a) for a in args[1:]):
            # `callback(null, user, global.postError(...))`: dropping the arguments would
            # drop the call in them.
            if fixes is not None:
                fixes.report(
                    "R2A113",
                    call,
                    "`callback` passes on a value computed by a call; that call must stay",
                )
            return None
        user_arg = args[1] if len(args) > 1 else None
        context_arg = args[2] if len(args) > 2 else None
        if fixes is not None and not (
            _passes_through(ctx, user_arg, "user") and _passes_through(ctx, context_arg, "context")
        ):
            fixes.report(
                "R2A113",
                call,
                "`callback` passes a different `user` or `context` on to the next rule; "
                "the Action continues without it",
                todo=False,
            )
        return "continue", None
    if first.type == "NewExpression" and _is_global(ctx, first.callee, _ERROR_CLASSES):
        if first.callee.name == "UnauthorizedError" and fixes is not None:
            _report_unauthorized(fixes, first)
        message = first.arguments[0] if first.arguments else None
        if message is not None and message.type == "SpreadElement":
            if fixes is not None:
                fixes.report("R2A114", call, "the error message cannot be determined")
            return None
        return "deny", ("message", message)
    if _is_stringish(first):
        return "deny", ("message", first)
    if first.type == "CallExpression" and _builds_error(ctx, first):
        return "deny", ("error", first)
    if first.type == "Identifier":
        binding = ctx.analysis.resolve(first)
        if binding is not None and (
            binding.kind == "catch"
            or (
                (id(binding) in ctx.error_params or _error_or_null(ctx, binding))
                and _guarded_by(ctx, call, binding)
            )
        ):
            return "deny", ("error", first)
        if binding is not None and (
            (id(binding) in ctx.error_params and not binding.redeclared)
            or _error_or_null(ctx, binding)
        ):
            # A node-style callback's error parameter: `null` or an error.
            holder = ctx.analysis.parent(call)
            if holder is not None and holder.type in ("ExpressionStatement", "ReturnStatement"):
                return "maybe", first
    if fixes is not None:
        fixes.report(
            "R2A114",
            call,
            "`callback` is called with a value that may or may not be an error",
        )
    return None


def _guarded_by(ctx: FixContext, call: Any, binding: Any) -> bool:
    """True when ``call`` only runs if the error in ``binding`` is set: inside
    `if (err) {...}`, or anywhere in an inlined `.catch` body (whose error always is)."""
    if binding.scope.node is not None and id(binding.scope.node) in ctx.inlined:
        function = binding.scope.node
        if _is_catch_function(ctx, function):
            return True
    child = call
    for ancestor in ctx.analysis.ancestors(call):
        if ancestor.type == "IfStatement" and ancestor.consequent is child:
            test = ancestor.test
            if test.type == "Identifier" and ctx.analysis.resolve(test) is binding:
                return True
        if ancestor.type in (
            "FunctionExpression",
            "ArrowFunctionExpression",
            "FunctionDeclaration",
        ):
            return False
        child = ancestor
    return False


def _is_catch_function(ctx: FixContext, function: Any) -> bool:
    parent = ctx.analysis.parent(function)
    return (
        parent is not None
        and parent.type == "CallExpression"
        and parent.callee.type == "MemberExpression"
        and getattr(parent.callee.property, "name", None) == "catch"
    )


def _report_unauthorized(fixes: Fixes, new_expression: Any) -> None:
    fixes.report(
        "R2A115",
        new_expression,
        "`UnauthorizedError` becomes `api.access.deny`: the error code is now "
        "`access_denied` instead of `unauthorized`",
    )
    fixes.handle(new_expression.callee)


def _deny(ctx: FixContext, fixes: Fixes, call: Any, detail: Any, add_return: bool) -> None:
    kind, node = detail
    deny = f"{ctx.api}.access.deny("
    prefix = "return " if add_return else ""
    if node is None:
        fixes.replace_node(call, f"{prefix}{deny}{ctx.string('')})")
        _absorb_arguments(fixes, call)
        return
    if kind == "message" and _is_undefined(ctx, node):
        # `new Error(undefined).message` is ''.
        fixes.replace_node(call, f"{prefix}{deny}{ctx.string('')})")
        _absorb_arguments(fixes, call)
        return
    opening, closing = deny, ".message)" if kind == "error" else ")"
    if kind == "message" and not _is_stringish(node) and not _is_string_call(ctx, node):
        # `new Error(x)` makes its message `String(x)`; `deny` wants that string.
        opening, closing = deny + "String(", "))"
    fixes.replace(call.range[0], node.range[0], prefix + opening)
    fixes.replace(node.range[1], call.range[1], closing)
    _absorb_arguments(fixes, call, keep=node)


def _is_undefined(ctx: FixContext, node: Any) -> bool:
    if node.type == "Identifier" and node.name == "undefined":
        return ctx.analysis.resolve(node) is None
    return node.type == "UnaryExpression" and node.operator == "void" and not _has_effects(node)


def _is_string_call(ctx: FixContext, node: Any) -> bool:
    """`String(x)`, or the `message` of a caught error (`err.message`, as `callback(err)`
    converts): already the string `new Error` would make."""
    if (
        node.type == "MemberExpression"
        and not node.computed
        and node.property.type == "Identifier"
        and node.property.name == "message"
        and node.object.type == "Identifier"
    ):
        binding = ctx.analysis.resolve(node.object)
        return binding is not None and (binding.kind == "catch" or id(binding) in ctx.error_params)
    return (
        node.type == "CallExpression"
        and len(node.arguments) == 1
        and node.arguments[0].type != "SpreadElement"
        and _is_global(ctx, node.callee, ("String",))
    )


def _fallback_call(ctx: FixContext, fixes: Fixes, call: Any) -> None:
    """Fallback: keep the call, drop the `user`/`context` arguments Actions has no use for."""
    args = call.arguments
    if not args:
        return
    first = args[0]
    if _is_nullish(first) and _kept_call(ctx, call) is not None:
        return  # `callback(null, user, helper(context))`: the helper call must stay
    if any(_has_effects(a) for a in args[1:]):
        _outcome(ctx, fixes, call)  # reports it; the arguments stay as written
        return
    if _is_nullish(first):
        _outcome(ctx, fixes, call)  # reports a different user/context passed on
        fixes.replace(first.range[0], args[-1].range[1], "")
        _absorb_arguments(fixes, call)
        return
    if first.type == "NewExpression" and _is_global(ctx, first.callee, ("UnauthorizedError",)):
        _report_unauthorized(fixes, first)
        fixes.replace_node(first.callee, "Error")
    if len(args) > 1:
        fixes.replace(first.range[1], args[-1].range[1], "")
        _absorb_arguments(fixes, call, keep=first)


def _report_double_calls(ctx: FixContext, fixes: Fixes) -> None:
    """A bare `callback(...)` followed, on the same path, by another call."""
    binding = ctx.rule.bindings["callback"]
    for ref in binding.references:
        if ctx.flow.region_of(ref) is None:
            continue
        call = _call_of(ctx, ref)
        holder = ctx.analysis.parent(call) if call is not None else None
        if holder is None or holder.type != "ExpressionStatement":
            continue
        function = ctx.analysis.enclosing_function(call)
        for later in _following_statements(ctx, holder, function):
            if any(
                n.type == "Identifier"
                and ctx.analysis.resolve(n) is binding
                and ctx.analysis.enclosing_function(n) is function
                and _call_of(ctx, n) is not None
                for n in walk(later)
            ):
                fixes.report(
                    "R2A125",
                    call,
                    "`callback` may be called again after this call on the same path; "
                    "the first call decides, as in Rules",
                )
                break


def _following_statements(ctx: FixContext, statement: Any, function: Any) -> list[Any]:
    found = []
    current = statement
    while current is not None and current is not function:
        parent = ctx.analysis.parent(current)
        if parent is not None and parent.type in STATEMENT_LISTS:
            siblings = getattr(parent, STATEMENT_LISTS[parent.type])
            found.extend(siblings[siblings.index(current) + 1 :])
        current = parent
    return found


def _absorb_arguments(fixes: Fixes, call: Any, keep: Any = None) -> None:
    """Arguments a conversion drops are gone: nothing in them needs converting."""
    kept = set(id(n) for n in walk(keep)) if keep is not None else set()
    for argument in call.arguments:
        for node in walk(argument):
            if node.type == "Identifier" and id(node) not in kept:
                fixes.handle(node)


def _keep_arguments(ctx: FixContext, fixes: Fixes, call: Any) -> None:
    """A call left for a person keeps its `user`/`context` arguments as written: the
    TODO on the call covers them."""
    for argument in call.arguments:
        if ctx.analysis.plays(argument, "user") or ctx.analysis.plays(argument, "context"):
            fixes.handle(argument)


def _has_effects(node: Any) -> bool:
    effects = ("CallExpression", "NewExpression", "AssignmentExpression", "UpdateExpression",
               "AwaitExpression", "YieldExpression")  # fmt: skip
    return any(n.type in effects for n in walk(node))


def _is_nullish(node: Any) -> bool:
    if node.type == "Literal" and node.value is None and node.raw == "null":
        return True
    if node.type == "Identifier" and node.name == "undefined":
        return True
    return node.type == "UnaryExpression" and node.operator == "void"


def _passes_through(ctx: FixContext, node: Any, role: str) -> bool:
    if node is None or _is_nullish(node):
        return True
    return ctx.analysis.plays(node, role)


def _is_global(ctx: FixContext, node: Any, names: tuple[str, ...]) -> bool:
    return node.type == "Identifier" and node.name in names and ctx.analysis.resolve(node) is None


def _is_stringish(node: Any) -> bool:
    if node.type == "Literal" and isinstance(node.value, str):
        return True
    if (
        node.type == "LogicalExpression"
        and node.operator == "||"
        and node.right.type == "Literal"
        and isinstance(node.right.value, str)
        and node.right.value
    ):
        # `reason || 'blocked'`: a message, or the (non-empty) default one.
        left = node.left
        return (
            left.type == "MemberExpression"
            or _is_stringish(left)
            or (
                left.type == "LogicalExpression"
                and left.operator == "&&"
                and _is_stringish(left.right)
            )
        )
    if node.type == "TemplateLiteral":
        return True
    if node.type == "BinaryExpression" and node.operator == "+":
        return _is_stringish(node.left) or _is_stringish(node.right)
    return False


def _next_statement(ctx: FixContext, statement: Any) -> Any:
    parent = ctx.analysis.parent(statement)
    if parent is None or parent.type not in STATEMENT_LISTS:
        return None
    siblings = getattr(parent, STATEMENT_LISTS[parent.type])
    index = siblings.index(statement)
    return siblings[index + 1] if index + 1 < len(siblings) else None


def _is_bare_return(statement: Any) -> bool:
    return (
        statement is not None and statement.type == "ReturnStatement" and statement.argument is None
    )
