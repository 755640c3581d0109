"""`global.X`: reported with a precise suggestion, never rewritten.

Rules shared `global` between the rules of a container and kept it between logins.
Each use is classified per key:

- a helper this rule defines for later rules (R2A421, warning);
- a value or helper another rule set, read or called here without being set (R2A422,
  warning): it does not exist in the Action;
- a helper of an earlier rule that `migrate` copied into the handler: `global.NAME`
  becomes `NAME`, the copy (the pipeline reports R2A511);
- a cache this rule both sets and reads (R2A420, info): it keeps working on a best-effort
  basis, since Node's `global` survives between executions of one Action instance.
"""

from __future__ import annotations

from typing import Any

from ..astutil import FUNCTION_TYPES
from . import FixContext, Fixes
from ._helpers import member_chain, usage

NAME = "global-object"
ORDER = 70
CODES = ("R2A420", "R2A421", "R2A422", "R2A423")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    refs = [r for r in ctx.analysis.global_references("global") if not ctx.is_handled(r)]
    uses: dict[str, list[Any]] = {}
    copied = ctx.analysis.global_helpers
    for ref in refs:
        fixes.handle(ref)
        chain = member_chain(ctx, ref)
        if chain and chain[0][0] in copied:
            # A helper of an earlier rule, copied into the handler: call the copy.
            fixes.replace(ref.range[0], chain[0][1].property.range[0], "")
            continue
        if not chain or chain[0][0] is None:
            fixes.report("R2A422", ref, "`global` is used as a whole; Actions share nothing")
            continue
        uses.setdefault(chain[0][0], []).append(chain[0][1])
    for key, members in uses.items():
        written = [m for m in members if usage(ctx, m) == "write"]
        helpers = [m for m in written if _defines_function(ctx, m)]
        if helpers and key in ctx.shared_helpers:
            targets = ctx.shared_helpers[key]
            names = ", ".join(repr(t) for t in targets)
            where = (
                f"`migrate` copies it, converted, into the Action{'s' * (len(targets) > 1)} {names}"
                if targets
                else "no later rule calls it, and in this Action it works as before"
            )
            fixes.report(
                "R2A423", helpers[0], f"`global.{key}` defines a helper for later rules; {where}"
            )
        elif helpers:
            fixes.report(
                "R2A421",
                helpers[0],
                f"`global.{key}` defines a helper for later rules; define it in each Action "
                "that uses it",
            )
        elif not written:
            fixes.report(
                "R2A422",
                members[0],
                f"`global.{key}` is set by another rule; copy its definition (or compute it) "
                "in this Action",
            )
        else:
            fixes.report(
                "R2A420",
                members[0],
                f"`global.{key}` caches a value between logins; it keeps working on a "
                "best-effort basis (a module-scope variable says so more plainly)",
            )
    return fixes


def _defines_function(ctx: FixContext, member: Any) -> bool:
    assignment = ctx.analysis.parent(member)
    if assignment is None or assignment.type != "AssignmentExpression":
        return False
    value = assignment.right
    if value.type in FUNCTION_TYPES:
        return True
    # `global.x = global.x || function () {...}`
    return value.type == "LogicalExpression" and value.right.type in FUNCTION_TYPES
