"""`context.primaryUser = id` → `api.authentication.setPrimaryUser(id)`.

A plain assignment statement converts in place; the value keeps its text (other fixers
edit inside it). Actions allows one call per login, so assignments that may both run are
left with a TODO line, as are reads of `context.primaryUser`. Each conversion gets an info
finding with the constraints Actions adds (the identity must already be linked; metadata
set in the same Action is discarded).
"""

from __future__ import annotations

from . import FixContext, Fixes
from ._helpers import all_exclusive, find_char, may_repeat, member_chain, plain_assignment

NAME = "primary-user"
ORDER = 35
CODES = ("R2A350", "R2A351", "R2A352")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    sites = []
    for ref in ctx.analysis.role_references("context"):
        if ctx.is_handled(ref):
            continue
        chain = member_chain(ctx, ref)
        if not chain or chain[0][0] != "primaryUser":
            continue
        fixes.handle(ref)
        member = chain[0][1]
        assignment = plain_assignment(ctx, member)
        if assignment is None:
            fixes.report(
                "R2A351",
                member,
                "`context.primaryUser` is read or set inside an expression; Actions can only "
                f"set it, once: keep the id in a local variable and call "
                f"`{ctx.api}.authentication.setPrimaryUser(id)`",
            )
            continue
        sites.append((ref, member, assignment))
    repeated = any(may_repeat(ctx, a) for _r, _m, a in sites)
    if repeated or (len(sites) > 1 and not all_exclusive(ctx, [a for _r, _m, a in sites])):
        for _ref, member, _assignment in sites:
            fixes.report(
                "R2A352",
                member,
                "`context.primaryUser` may be set more than once in one login; "
                "`setPrimaryUser` may be called only once: call it with the final id",
            )
        return fixes
    for ref, member, assignment in sites:
        value = assignment.right
        equals = find_char(ctx, member.range[1], value.range[0], "=")
        fixes.replace(ref.range[0], equals + 1, f"{ctx.api}.authentication.setPrimaryUser(")
        if ctx.text[equals + 1 : value.range[0]].startswith(" "):
            fixes.replace(equals + 1, value.range[0], "")
        fixes.insert(value.range[1], ")")
        fixes.report(
            "R2A350",
            member,
            "the login now fails unless the current identity is already linked to that "
            "user, and user_metadata set in this Action is discarded",
        )
    return fixes
