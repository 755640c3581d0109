"""Helpers that received `user` or `context`: the arguments they no longer need.

The analysis gives a helper's parameter the role of what every call passes in it
(`addClaims(context)` → `ctx` plays `context`), so the other fixers converted the helper's
body like the rule's (`ctx.idToken[k] = v` → `api.idToken.setCustomClaim(k, v)`). What is
left is the plumbing:

- `return ctx;` in a helper that returns the context it was given, when every call of it
  stands as a statement or passes the context on to `callback` (the callback fixer keeps
  that call as a statement): the value means nothing in Actions, so it goes;
- a parameter whose every use was converted is removed, and so is the argument at every
  call (`addClaims(context)` → `addClaims()`); an alias `const ctx = context;` whose every
  use was converted is removed too;
- a role the analysis could not follow (the helper is also called with other values, is
  passed on, or is defined outside the rule function) is reported with the reason
  (R2A306, R2A308); the uses stay, and the safety net reports them.

The `callback` role is left to the callback fixers: a helper's `cb(...)` is the rule's
callback call.
"""

from __future__ import annotations

import bisect
from typing import Any

from ..astutil import walk
from . import FixContext, Fixes
from ._helpers import find_char, remove_statement

NAME = "callees"
ORDER = 980
CODES = ("R2A306", "R2A308")

_REMOVABLE = ("user", "context")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    analysis = ctx.analysis
    if ctx.rule is None:
        return fixes
    for code, node, message, other in analysis.role_notes:
        if ctx.is_handled(node):
            continue  # taken care of (a read-only view of `context`, say)
        if other is not None:
            message = message.replace("{line}", str(ctx.source.position(other.range[0])[0]))
        fixes.report(code, node, message)
    rewritten = _Rewritten(ctx.edited)
    _drop_returned_roles(ctx, fixes, rewritten)
    rewritten = _Rewritten(ctx.edited + [(e.start, e.end) for e in fixes.edits])
    # A helper's argument is handled once the helper it goes to drops its parameter, so
    # the removals run inner helpers first, until nothing changes.
    removals: dict[int, tuple[Any, set[int]]] = {}  # id(function) -> (function, indices)
    done: set[int] = set()
    going: set[int] = set()  # arguments whose removal is decided
    changed = True
    while changed:
        changed = False
        for role in _REMOVABLE:
            for binding in analysis.role_bindings(role):
                if id(binding) in done or not all(
                    id(r) in going or _converted(ctx, fixes, rewritten, r)
                    for r in binding.references
                ):
                    continue
                if id(binding) in analysis.role_params:
                    function, index = analysis.role_params[id(binding)]
                    removals.setdefault(id(function), (function, set()))[1].add(index)
                    for call in analysis.callees[id(function)].calls:
                        for node in walk(call.arguments[index]):
                            fixes.handle(node)
                            going.add(id(node))
                elif id(binding) in analysis.aliases:
                    declarator = analysis.aliases[id(binding)]
                    _drop_alias(ctx, fixes, declarator)
                    going.update(id(node) for node in walk(declarator))
                else:
                    continue
                done.add(id(binding))
                changed = True
    for function, indices in removals.values():
        _remove_items(ctx, fixes, function.params, indices, function=function)
        for call in analysis.callees[id(function)].calls:
            _remove_items(ctx, fixes, call.arguments, indices)
    return fixes


class _Rewritten:
    """Which text the fixers replaced or deleted: ``covers(node)`` in O(log n)."""

    def __init__(self, ranges: list[tuple[int, int]]):
        ordered = sorted(r for r in ranges if r[0] < r[1])
        self.starts = [a for a, _b in ordered]
        self.reach = []  # the furthest end among the ranges starting at or before each
        furthest = -1
        for _a, b in ordered:
            furthest = max(furthest, b)
            self.reach.append(furthest)

    def covers(self, node: Any) -> bool:
        index = bisect.bisect_right(self.starts, node.range[0]) - 1
        return index >= 0 and self.reach[index] >= node.range[1]


def _converted(ctx: FixContext, fixes: Fixes, rewritten: _Rewritten, ref: Any) -> bool:
    """Taken care of and rewritten (a reference reported and left as written is not)."""
    handled = ctx.is_handled(ref) or id(ref) in fixes.handled
    return handled and rewritten.covers(ref)


def _drop_returned_roles(ctx: FixContext, fixes: Fixes, rewritten: _Rewritten) -> None:
    """`return ctx;` in a helper whose result nothing uses but `callback`."""
    analysis = ctx.analysis
    returns_of: dict[int, list[Any]] = {}
    params_of: dict[int, list[Any]] = {}
    for key in analysis.returns_role:
        returns_of[key] = []
        params_of[key] = []
    if not returns_of:
        return
    for statement in analysis.nodes("ReturnStatement"):
        owner = analysis.enclosing_function(statement)
        if id(owner) in returns_of:
            returns_of[id(owner)].append(statement)
    for role in _REMOVABLE:
        for binding in analysis.role_bindings(role):
            if id(binding) in analysis.role_params:
                owner = analysis.role_params[id(binding)][0]
                if id(owner) in params_of:
                    params_of[id(owner)].append(binding)
    for key, role in analysis.returns_role.items():
        if role not in _REMOVABLE:
            continue
        callee = analysis.callees[key]
        function = callee.function
        if not all(_result_unused(ctx, call, role) for call in callee.calls):
            continue
        returns = returns_of[key]
        param_refs = {id(r.argument) for r in returns}
        others = [
            r
            for b in params_of[key]
            if analysis.role_of(b) == role
            for r in b.references
            if id(r) not in param_refs
        ]
        if not all(_converted(ctx, fixes, rewritten, r) for r in others):
            continue  # the parameter stays: so does what the helper returns
        for statement in returns:
            fixes.handle(statement.argument)
            if statement is function.body.body[-1]:
                remove_statement(ctx, fixes, statement)
            else:
                end = statement.range[1] - (1 if ctx.text[statement.range[1] - 1] == ";" else 0)
                fixes.replace(statement.range[0] + len("return"), end, "")


def _result_unused(ctx: FixContext, call: Any, role: str) -> bool:
    """The call stands as a statement, or passes its result to `callback` where the
    object playing ``role`` goes (a call the callback fixer keeps as a statement)."""
    analysis = ctx.analysis
    parent = analysis.parent(call)
    if parent is None:
        return False
    if parent.type == "ExpressionStatement":
        return True
    position = {"user": 1, "context": 2}[role]
    return (
        parent.type == "CallExpression"
        and analysis.plays(parent.callee, "callback")
        and len(parent.arguments) > position
        and parent.arguments[position] is call
    )


def _drop_alias(ctx: FixContext, fixes: Fixes, declarator: Any) -> None:
    declaration = ctx.analysis.parent(declarator)
    if len(declaration.declarations) == 1:
        remove_statement(ctx, fixes, declaration)
    else:
        index = declaration.declarations.index(declarator)
        _remove_items(ctx, fixes, declaration.declarations, {index})
    for node in walk(declarator):
        fixes.handle(node)


def _remove_items(
    ctx: FixContext, fixes: Fixes, items: list[Any], indices: set[int], function: Any = None
) -> None:
    """Remove ``items[i]`` for each index (parameters or arguments), commas included."""
    count = len(items)
    if len(indices) == count:
        # All of them: the parentheses are replaced whole, which takes precedence over the
        # edits other fixers made to the arguments (`user` → `event.user`).
        opening = find_char(ctx, _before(ctx, items[0], function), items[0].range[0], "(")
        if opening < 0:
            fixes.replace(items[0].range[0], items[-1].range[1], "()")  # `ctx => ...`
            return
        closing = find_char(ctx, items[-1].range[1], len(ctx.text), ")")
        fixes.replace(opening, closing + 1, "()")
        return
    index = 0
    while index < count:
        if index not in indices:
            index += 1
            continue
        last = index
        while last + 1 < count and last + 1 in indices:
            last += 1
        if last + 1 < count:
            fixes.replace(items[index].range[0], items[last + 1].range[0], "")
        elif index > 0:
            fixes.replace(items[index - 1].range[1], items[last].range[1], "")
        else:
            fixes.replace(items[0].range[0], items[-1].range[1], "")
        index = last + 1


def _before(ctx: FixContext, first: Any, function: Any) -> int:
    """Where to look for the `(` before the first item: after a function's name, or
    after the callee of the call holding ``first``."""
    if function is not None:
        name = getattr(function, "id", None)
        return name.range[1] if name is not None else function.range[0]
    call = ctx.analysis.parent(first)
    return call.callee.range[1]
