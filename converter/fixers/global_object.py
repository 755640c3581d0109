"""`global.X`: reported with a precise suggestion, never rewritten.

Rules shared `global` between the rules of a container and kept it between logins.
Nothing in Actions behaves the same, so each use is classified and reported: a helper
defined here for later rules (R2A421), a helper defined by another rule (R2A422), or a
cache / shared value (R2A420).
"""

from __future__ import annotations

from typing import Any

from ..astutil import FUNCTION_TYPES
from . import FixContext, Fixes
from ._helpers import member_chain, usage

NAME = "global-object"
ORDER = 70
CODES = ("R2A420", "R2A421", "R2A422")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    refs = [r for r in ctx.analysis.global_references("global") if not ctx.is_handled(r)]
    defined = {key for key, value in _assignments(ctx, refs) if _is_function(ctx, value)}
    called = {key for key, member in _members(ctx, refs) if _is_called(ctx, member)}
    for ref in refs:
        fixes.handle(ref)
        chain = member_chain(ctx, ref)
        key = chain[0][0] if chain else None
        if key is None:
            fixes.report("R2A420", ref, "`global` is used as a whole; Actions share nothing")
            continue
        member = chain[0][1]
        parent = ctx.analysis.parent(member)
        if key in defined and usage(ctx, member) == "write":
            fixes.report(
                "R2A421",
                member,
                f"`global.{key}` defines a helper for later rules; define it in each Action "
                "that uses it",
            )
        elif key in defined:
            continue  # uses of the helper this rule defines: the definition is reported
        elif key in called:
            if _is_called(ctx, member):
                fixes.report(
                    "R2A422",
                    member,
                    f"`global.{key}` is a helper defined by another rule; copy its "
                    "definition into this Action",
                )
        else:
            fixes.report(
                "R2A420",
                member,
                f"`global.{key}` is shared between logins; use a module-scope variable, or "
                "api.cache for strings (4 kB each, 8 kB in total)",
            )
    return fixes


def _members(ctx: FixContext, refs: list[Any]) -> list[tuple[str, Any]]:
    found = []
    for ref in refs:
        chain = member_chain(ctx, ref)
        if chain and chain[0][0] is not None:
            found.append((chain[0][0], chain[0][1]))
    return found


def _is_called(ctx: FixContext, member: Any) -> bool:
    parent = ctx.analysis.parent(member)
    return parent is not None and parent.type == "CallExpression" and parent.callee is member


def _assignments(ctx: FixContext, refs: list[Any]) -> list[tuple[str, Any]]:
    found = []
    for ref in refs:
        chain = member_chain(ctx, ref)
        if not chain or chain[0][0] is None:
            continue
        member = chain[0][1]
        parent = ctx.analysis.parent(member)
        if parent is not None and parent.type == "AssignmentExpression" and parent.left is member:
            found.append((chain[0][0], parent.right))
    return found


def _is_function(ctx: FixContext, value: Any) -> bool:
    if value.type in FUNCTION_TYPES:
        return True
    # `global.x = global.x || function () {...}`
    return value.type == "LogicalExpression" and value.right.type in FUNCTION_TYPES
