"""`configuration.X` / `configuration['X']` / `const { X } = configuration` → `event.secrets`.

The secret names read statically are collected for the Action's header and reports.
Computed keys and whole-object uses are converted but reported, since the secrets to
create are then unknown. `configuration` outside the rule function (where `event` does
not exist) and writes to it are reported and left alone.
"""

from __future__ import annotations

from typing import Any

from . import FixContext, Fixes
from ._helpers import dashed_key, member_chain, replace_reference, usage

NAME = "configuration"
ORDER = 60
CODES = ("R2A400", "R2A401", "R2A402")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    for ref in ctx.analysis.global_references("configuration"):
        if ctx.is_handled(ref):
            continue
        fixes.handle(ref)
        if not ctx.in_rule(ref):
            fixes.report(
                "R2A401",
                ref,
                "`configuration` is used outside the rule function, where `event.secrets` "
                "does not exist",
            )
            continue
        chain = member_chain(ctx, ref)
        if ctx.analysis.is_write(ref) or (chain and usage(ctx, chain[0][1]) != "read"):
            fixes.report("R2A402", ref, "`configuration` is written to")
            continue
        replace_reference(ctx, fixes, ref, f"{ctx.event}.secrets")
        if chain:
            key, member = chain[0]
            if key is not None and _dashed(ctx, member):
                pass  # `configuration.node-client-id`: no secret `node` (R2A440 says why)
            elif key is not None:
                fixes.secret(key)
            else:
                fixes.report(
                    "R2A400",
                    member,
                    "`configuration` is read with a computed key; create every secret "
                    "it can name",
                    todo=False,
                )
            continue
        _destructured(ctx, fixes, ref)
    return fixes


def _destructured(ctx: FixContext, fixes: Fixes, ref: Any) -> None:
    parent = ctx.analysis.parent(ref)
    pattern = None
    if parent is not None and parent.type == "VariableDeclarator" and parent.init is ref:
        pattern = parent.id
    elif parent is not None and parent.type == "AssignmentExpression" and parent.right is ref:
        pattern = parent.left
    if pattern is None or pattern.type != "ObjectPattern":
        fixes.report(
            "R2A400",
            ref,
            "`configuration` is used as a whole; create every secret this code reads",
            todo=False,
        )
        return
    for prop in pattern.properties:
        name = None
        if prop.type == "Property" and not prop.computed:
            name = getattr(prop.key, "name", None) or getattr(prop.key, "value", None)
        if isinstance(name, str):
            fixes.secret(name)
        else:
            fixes.report(
                "R2A400",
                prop,
                "secrets are destructured with a computed key or a rest element; create "
                "every secret this code reads",
                todo=False,
            )


def _dashed(ctx: FixContext, member: Any) -> bool:
    """``configuration.node-client-id``: the dashed parts name nothing in scope."""
    found = dashed_key(ctx, member)
    return found is not None and all(ctx.analysis.resolve(o) is None for o in found[2])
