"""`callback(...)` → `return` / `return api.access.deny(message)`.

In the usual ("direct") strategy, calls made in the rule's own flow (its body, or a body
the async-flow fixer inlined into the handler) convert:

- `callback(null, user, context)`, `callback()`, `callback(null)`, with or without
  `return` → `return;` (dropped when it is the rule's last statement, or when a bare
  `return;` follows it);
- `callback(new UnauthorizedError(m))`, `callback(new Error(m))`, `callback('text')`
  → `return api.access.deny(m)`; `callback(err)` where `err` is a `catch` parameter →
  `return api.access.deny(err.message)`.

A bare call converts only in tail position. In the "fallback" strategy (chosen by the
async-flow fixer when some call cannot convert this way) the rule's `callback` stays a
function the handler awaits: calls only lose the `user`/`context` arguments, which have
no meaning in Actions, and `UnauthorizedError` becomes `Error`.
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
    fallback = ctx.strategy == "fallback"
    for ref in ctx.analysis.role_references("callback"):
        if ctx.is_handled(ref):
            continue
        fixes.handle(ref)
        call = _call_of(ctx, ref)
        if fallback:
            if call is not None:
                _fallback_call(ctx, fixes, call)
            continue
        if call is None:
            fixes.report("R2A112", ref, "`callback` is passed on or stored here, not called")
            continue
        _convert_call(ctx, fixes, call)
    if fallback:
        _report_double_calls(ctx, fixes)
        # The local callback denies with any error's message: `UnauthorizedError` (a class
        # of the Rules sandbox) can simply become `Error` wherever it is constructed.
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
    return outcome[0] == "continue" and _is_bare_return(_next_statement(ctx, holder))


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
    if holder.type == "ArrowFunctionExpression":
        # `.then(() => callback(...))` inlined: the expression became a statement.
        if kind == "continue":
            fixes.replace_node(call, "return")
            _absorb_arguments(fixes, call)
        else:
            _deny(ctx, fixes, call, detail, add_return=True)
        return
    is_return = holder.type == "ReturnStatement"
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
    if first.type == "Identifier":
        binding = ctx.analysis.resolve(first)
        if binding is not None and (
            binding.kind == "catch"
            or (id(binding) in ctx.error_params and _guarded_by(ctx, call, binding))
        ):
            return "deny", ("error", first)
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
    fixes.replace(call.range[0], node.range[0], prefix + deny)
    fixes.replace(node.range[1], call.range[1], ".message)" if kind == "error" else ")")
    _absorb_arguments(fixes, call, keep=node)


def _fallback_call(ctx: FixContext, fixes: Fixes, call: Any) -> None:
    """Fallback: keep the call, drop the `user`/`context` arguments Actions has no use for."""
    args = call.arguments
    if not args:
        return
    first = args[0]
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
    rule = ctx.rule
    roles = {id(rule.bindings[r]) for r in ("user", "context") if r in rule.bindings}
    for argument in call.arguments:
        if argument.type == "Identifier":
            binding = ctx.analysis.resolve(argument)
            if binding is not None and id(binding) in roles:
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
    if node.type != "Identifier" or ctx.rule is None:
        return False
    binding = ctx.rule.bindings.get(role)
    return binding is not None and ctx.analysis.resolve(node) is binding


def _is_global(ctx: FixContext, node: Any, names: tuple[str, ...]) -> bool:
    return node.type == "Identifier" and node.name in names and ctx.analysis.resolve(node) is None


def _is_stringish(node: Any) -> bool:
    if node.type == "Literal" and isinstance(node.value, str):
        return True
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
