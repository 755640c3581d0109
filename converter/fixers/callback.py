"""`callback(...)` called directly in the rule body → `return` / `return api.access.deny(m)`.

- `callback(null, user, context)`, `callback()`, `callback(null)`, with or without
  `return` → `return;` (dropped when it is the rule's last statement, or when a bare
  `return;` follows it);
- `callback(new UnauthorizedError(m))`, `callback(new Error(m))`, `callback('text')`
  → `return api.access.deny(m)`; `callback(err)` where `err` is a `catch` parameter →
  `return api.access.deny(err.message)`.

A bare call is converted only in tail position: when code would still run after it, the
call is left with a TODO (R2A111). Calls from nested functions are left for the
asynchronous conversion (R2A110).
"""

from __future__ import annotations

from typing import Any

from ..astutil import walk
from . import FixContext, Fixes
from ._helpers import is_last_in_function, is_tail, remove_statement

NAME = "callback"
ORDER = 10
CODES = ("R2A110", "R2A111", "R2A112", "R2A113", "R2A114", "R2A115", "R2A116")

_ERROR_CLASSES = ("Error", "UnauthorizedError")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    if ctx.rule is None:
        return fixes
    for ref in ctx.analysis.role_references("callback"):
        parent = ctx.analysis.parent(ref)
        if parent is None or parent.type != "CallExpression" or parent.callee is not ref:
            fixes.handle(ref)
            fixes.report("R2A112", ref, "`callback` is passed on or stored here, not called")
            continue
        _convert_call(ctx, fixes, ref, parent)
    return fixes


def _convert_call(ctx: FixContext, fixes: Fixes, ref: Any, call: Any) -> None:
    analysis = ctx.analysis
    rule = ctx.rule
    fixes.handle(ref)
    if analysis.enclosing_function(call) is not rule.function:
        fixes.report(
            "R2A110",
            call,
            "`callback` is called from a nested function; the asynchronous flow needs converting",
        )
        _keep_arguments(ctx, fixes, call)
        return
    holder = analysis.parent(call)
    if holder is None or holder.type not in ("ExpressionStatement", "ReturnStatement"):
        fixes.report("R2A116", call, "`callback` is called inside an expression")
        _keep_arguments(ctx, fixes, call)
        return
    outcome = _outcome(ctx, fixes, call)
    if outcome is None:
        _keep_arguments(ctx, fixes, call)
        return
    kind, detail = outcome
    is_return = holder.type == "ReturnStatement"
    if not is_return and not is_tail(ctx, holder, rule.function):
        following = _next_statement(ctx, holder)
        if not (kind == "continue" and _is_bare_return(following)):
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
        if is_last_in_function(ctx, holder, rule.function):
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


def _outcome(ctx: FixContext, fixes: Fixes, call: Any) -> tuple[str, Any] | None:
    """('continue', None) | ('deny', (kind, node)); None when reported as unconvertible."""
    args = call.arguments
    first = args[0] if args else None
    if first is None or _is_nullish(first):
        user_arg = args[1] if len(args) > 1 else None
        context_arg = args[2] if len(args) > 2 else None
        if not _passes_through(ctx, user_arg, "user") or not _passes_through(
            ctx, context_arg, "context"
        ):
            fixes.report(
                "R2A113",
                call,
                "`callback` passes a different `user` or `context` on to the next rule",
            )
            return None
        return "continue", None
    if first.type == "NewExpression" and _is_global(ctx, first.callee, _ERROR_CLASSES):
        if first.callee.name == "UnauthorizedError":
            fixes.report(
                "R2A115",
                first,
                "`UnauthorizedError` becomes `api.access.deny`: the error code is now "
                "`access_denied` instead of `unauthorized`",
            )
            fixes.handle(first.callee)
        message = first.arguments[0] if first.arguments else None
        if message is not None and message.type == "SpreadElement":
            fixes.report("R2A114", call, "the error message cannot be determined")
            return None
        return "deny", ("message", message)
    if _is_stringish(first):
        return "deny", ("message", first)
    if first.type == "Identifier":
        binding = ctx.analysis.resolve(first)
        if binding is not None and binding.kind == "catch":
            return "deny", ("error", first)
    fixes.report(
        "R2A114",
        call,
        "`callback` is called with a value that may or may not be an error",
    )
    return None


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
    siblings = getattr(parent, "body", None) if parent is not None else None
    if parent is not None and parent.type == "SwitchCase":
        siblings = parent.consequent
    if not isinstance(siblings, list):
        return None
    for index, sibling in enumerate(siblings):
        if sibling is statement:
            return siblings[index + 1] if index + 1 < len(siblings) else None
    return None


def _is_bare_return(statement: Any) -> bool:
    return (
        statement is not None and statement.type == "ReturnStatement" and statement.argument is None
    )
