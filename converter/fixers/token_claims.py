"""`context.idToken[k] = v` / `context.accessToken.k = v` → `api.<token>.setCustomClaim(k, v)`.

Only a plain assignment statement converts; the key and value keep their text (and
whatever other fixers do inside them). Reading claims back, deleting them, compound
assignments and replacing the whole token object have no Actions equivalent and are
reported. `context.accessToken.scope` is left to the scopes conversion.
"""

from __future__ import annotations

from typing import Any

from .. import catalog
from . import FixContext, Fixes
from ._helpers import find_char, member_chain, outer_expression, usage

NAME = "token-claims"
ORDER = 30
CODES = ("R2A310", "R2A311", "R2A312", "R2A313")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    tables = catalog.mappings()
    tokens = tables["tokens"]
    restricted = set(tables["claims"]["restricted"])
    for ref in ctx.analysis.role_references("context"):
        if ctx.is_handled(ref):
            continue
        chain = member_chain(ctx, ref)
        if not chain or chain[0][0] not in tokens:
            continue
        token_name, token_member = chain[0]
        target = tokens[token_name]
        path = f"context.{token_name}"
        if len(chain) == 1:
            fixes.handle(ref)
            if usage(ctx, token_member) == "write":
                fixes.report("R2A311", token_member, f"`{path}` is replaced as a whole object")
            else:
                fixes.report(
                    "R2A310",
                    token_member,
                    f"`{path}` is read; Actions cannot read claims back",
                )
            continue
        claim, claim_member = chain[1]
        if token_name == "accessToken" and claim == "scope":
            continue  # scopes are not claims
        fixes.handle(ref)
        how = usage(ctx, claim_member)
        if how == "delete":
            fixes.report("R2A312", claim_member, f"a claim is deleted from `{path}`")
            continue
        if how != "write":
            fixes.report(
                "R2A310",
                claim_member,
                f"a claim is read back from `{path}`; Actions cannot read claims back",
            )
            continue
        assignment = ctx.analysis.parent(outer_expression(ctx, claim_member))
        statement = ctx.analysis.parent(assignment)
        if (
            assignment.type != "AssignmentExpression"
            or assignment.operator != "="
            or statement is None
            or statement.type != "ExpressionStatement"
            or outer_expression(ctx, claim_member) is not claim_member
        ):
            fixes.report(
                "R2A311",
                claim_member,
                f"a claim of `{path}` is set inside an expression or with a compound operator",
            )
            continue
        _rewrite(ctx, fixes, ref, claim_member, assignment, target)
        if claim is not None and claim in restricted:
            fixes.report(
                "R2A313",
                claim_member,
                f"Actions does not add the restricted claim {claim!r} to the token",
            )
    return fixes


def _rewrite(
    ctx: FixContext, fixes: Fixes, ref: Any, member: Any, assignment: Any, target: str
) -> None:
    value = assignment.right
    equals = find_char(ctx, member.range[1], value.range[0], "=")
    setter = f"{ctx.api}.{target.split('.', 1)[1]}.setCustomClaim("
    if member.computed:
        key = member.property
        fixes.replace(ref.range[0], key.range[0], setter)
        fixes.replace(key.range[1], equals + 1, ",")
    else:
        name = ctx.string(member.property.name)
        fixes.replace(ref.range[0], equals + 1, f"{setter}{name},")
    fixes.insert(assignment.range[1], ")")
