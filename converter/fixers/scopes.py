"""`context.accessToken.scope = X` → `removeScope`/`addScope` against the requested scopes.

Rules replaced the token's whole scope; Actions changes it one scope at a time. A plain
assignment statement becomes a few lines that remove every requested scope
(`event.transaction?.requested_scopes`) missing from the new set and add the new ones, so
the final set equals what the rule assigned:

    const scopes = ['openid', 'profile'];
    for (const scope of event.transaction?.requested_scopes ?? []) {
      if (!scopes.includes(scope)) api.accessToken.removeScope(scope);
    }
    for (const scope of scopes) api.accessToken.addScope(scope);

An array literal (or a call that always returns an array: `filter`, `map`, `split`...)
keeps its text; a string literal becomes the array of its words; any other expression
keeps its text and is split at run time when it is a string.
`context.accessToken.scope.push(s)` becomes `api.accessToken.addScope(s)`.

Left with a TODO line: reads of `context.accessToken.scope` (Actions reads the requested
scopes from `event.transaction?.requested_scopes`, and cannot read back what earlier
Actions changed), values computed from it, compound assignments, and several writes that
may run in one login when one of them replaces the set.
"""

from __future__ import annotations

from typing import Any

from ..astutil import string_value, walk
from . import FixContext, Fixes
from ._helpers import all_exclusive, fresh_name, may_repeat, member_chain, plain_assignment

NAME = "scopes"
ORDER = 35
CODES = ("R2A340", "R2A341", "R2A342", "R2A343")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    assignments: list[tuple[Any, Any, Any]] = []
    pushes: list[tuple[Any, Any, Any]] = []
    for ref in ctx.analysis.role_references("context"):
        if ctx.is_handled(ref):
            continue
        chain = member_chain(ctx, ref)
        if len(chain) < 2 or chain[0][0] != "accessToken" or chain[1][0] != "scope":
            continue
        fixes.handle(ref)
        member = chain[1][1]
        assignment = plain_assignment(ctx, member)
        if assignment is not None:
            assignments.append((ref, member, assignment))
            continue
        call = _push(ctx, chain)
        if call is not None:
            pushes.append((ref, member, call))
            continue
        parent = ctx.analysis.parent(member)
        if parent is not None and parent.type == "AssignmentExpression" and parent.left is member:
            fixes.report(
                "R2A341",
                member,
                "`context.accessToken.scope` is set inside an expression or with a compound "
                "operator; compute the new set first, then remove and add scopes with "
                f"`{ctx.api}.accessToken.removeScope`/`addScope`",
            )
            continue
        fixes.report(
            "R2A342",
            member,
            "`context.accessToken.scope` is read; in Actions the requested scopes are "
            f"`{ctx.event}.transaction?.requested_scopes` (an array), and scopes changed by "
            "earlier Actions cannot be read back",
        )
    writes = assignments + pushes
    repeated = any(may_repeat(ctx, a) for _r, _m, a in assignments)
    if repeated or (
        assignments and len(writes) > 1 and not all_exclusive(ctx, [w[2] for w in writes])
    ):
        for _ref, member, _node in writes:
            fixes.report(
                "R2A343",
                member,
                "`context.accessToken.scope` is changed more than once in one login and one "
                "change replaces the whole set; in Rules the last value won: compute the "
                "final set, then remove and add scopes once",
            )
        return fixes
    taken: dict[int, set[str]] = {}
    for ref, member, assignment in assignments:
        if _reads_context(ctx, assignment.right):
            fixes.report(
                "R2A341",
                member,
                "the new scope is computed from `context`; compute it from "
                f"`{ctx.event}.transaction?.requested_scopes`, then remove and add scopes",
            )
            continue
        block = ctx.analysis.parent(ctx.analysis.parent(assignment))
        _replace_set(ctx, fixes, ref, assignment, taken.setdefault(id(block), set()))
        fixes.report(
            "R2A340",
            member,
            "Rules replaced the token's scopes; the Action removes each requested scope "
            "missing from the new set and adds the new ones (when there is no "
            f"`{ctx.event}.transaction`, as on refresh-token exchanges, it only adds)",
        )
    for ref, _member, call in pushes:
        fixes.replace(ref.range[0], call.arguments[0].range[0], f"{ctx.api}.accessToken.addScope(")
    return fixes


def _push(ctx: FixContext, chain: list) -> Any:
    """The call `context.accessToken.scope.push(s)` when it is a statement of its own."""
    if len(chain) != 3 or chain[2][0] != "push" or chain[2][1].optional:
        return None
    call = ctx.analysis.parent(chain[2][1])
    if call is None or call.type != "CallExpression" or call.callee is not chain[2][1]:
        return None
    if len(call.arguments) != 1 or call.arguments[0].type == "SpreadElement":
        return None
    statement = ctx.analysis.parent(call)
    if statement is None or statement.type != "ExpressionStatement":
        return None
    return call


def _reads_context(ctx: FixContext, node: Any) -> bool:
    refs = {id(r) for r in ctx.analysis.role_references("context")}
    if not refs:
        return False
    return any(n.type == "Identifier" and id(n) in refs for n in walk(node))


def _replace_set(ctx: FixContext, fixes: Fixes, ref: Any, assignment: Any, taken: set) -> None:
    source = ctx.source
    newline = source.newline
    value = assignment.right
    statement = ctx.analysis.parent(assignment)
    parent = ctx.analysis.parent(statement)
    unit = _indent_unit(ctx)
    indent = source.indentation(statement.range[0])
    opening = closing = ""
    if parent is None or parent.type not in ("BlockStatement", "Program"):
        opening = "{" + newline + indent + unit
        closing = newline + indent + "}"
        indent += unit
    scopes = _pick(ctx, ("scopes", "newScopes", "grantedScopes"), taken)
    # The loop variable only shadows names inside loops holding nothing but this code.
    scope = "scope"
    taken.add(scopes)
    api, event = ctx.api, ctx.event
    words = string_value(value)
    # `first` continues the line the value ends on; `lines` follow, one per line.
    if value.type == "ArrayExpression" or words is not None or _makes_array(value):
        fixes.replace(ref.range[0], value.range[0], f"{opening}const {scopes} = ")
        if words is not None:
            fixes.replace_node(value, "[" + ", ".join(ctx.string(w) for w in words.split()) + "]")
        first, lines = ";", []
    else:
        if value.type == "Identifier" and _is_local(ctx, value):
            assigned = value.name
            fixes.replace(
                ref.range[0], value.range[1], f"{opening}const {scopes} = Array.isArray({assigned})"
            )
            first, lines = "", []
        else:
            assigned = _pick(ctx, ("assigned", "assignedScope"), taken)
            taken.add(assigned)
            fixes.replace(ref.range[0], value.range[0], f"{opening}const {assigned} = ")
            first, lines = ";", [f"const {scopes} = Array.isArray({assigned})"]
        lines += [
            f"{unit}? {assigned}",
            f"{unit}: String({assigned}).split({ctx.string(' ')}).filter(Boolean);",
        ]
    lines += [
        f"for (const {scope} of {event}.transaction?.requested_scopes ?? []) {{",
        f"{unit}if (!{scopes}.includes({scope})) {api}.accessToken.removeScope({scope});",
        "}",
        f"for (const {scope} of {scopes}) {api}.accessToken.addScope({scope});",
    ]
    text = first + "".join(newline + indent + line for line in lines) + closing
    fixes.replace(value.range[1], statement.range[1], text)


def _indent_unit(ctx: FixContext) -> str:
    rule = ctx.rule
    if rule is not None and rule.body.body:
        first = rule.body.body[0]
        outer = ctx.source.indentation(rule.function.range[0])
        inner = ctx.source.indentation(first.range[0])
        if inner.startswith(outer) and len(inner) > len(outer):
            return inner[len(outer) :]
    return "  "


def _is_local(ctx: FixContext, identifier: Any) -> bool:
    """A variable of the rule itself (no other fixer rewrites it)."""
    binding = ctx.analysis.resolve(identifier)
    if binding is None or ctx.rule is None:
        return False
    return ctx.analysis.role_of(binding) is None


def _pick(ctx: FixContext, names: tuple[str, ...], taken: set[str]) -> str:
    """The first of ``names`` the file does not use, else a numbered one."""
    for name in names:
        if fresh_name(ctx, name, taken) == name:
            return name
    return fresh_name(ctx, names[0], taken)


def _makes_array(node: Any) -> bool:
    """`x.filter(...)`, `x.map(...)`, `s.split(...)`...: methods that always return an
    array (strings have none of them but `split`, which returns one too)."""
    return (
        node.type == "CallExpression"
        and node.callee.type == "MemberExpression"
        and not node.callee.computed
        and node.callee.property.name in ("filter", "map", "split", "flat", "flatMap")
    )
