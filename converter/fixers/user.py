"""`user` → `event.user`.

Every reference to the rule's first parameter is rewritten (a shorthand property
`{ user }` becomes `{ user: event.user }`). Reads of root attributes that `event.user`
does not document are reported, unless the rule itself sets them earlier: Rules merged
`app_metadata` and earlier rules' additions into `user`, Actions does not. Assigning a
new object to `user` itself is reported and left alone.

Writes to root attributes stay (later code in the Action reads them). A root profile
attribute (`name`, `email`, `picture`, ... table `[user.profile_claims]`) changed the ID
token's claims and the SAML assertion of the login in Rules and changes nothing in an
Action: a warning names the claim and the SAML attribute to set instead. No rewrite is
provably the same (scopes, restricted claims, SAML-only logins), so none is made.
"""

from __future__ import annotations

from typing import Any

from .. import catalog
from ..astutil import STATEMENT_LISTS, static_key, walk
from . import FixContext, Fixes
from ._helpers import member_chain, remove_statement, replace_reference, usage

NAME = "user"
ORDER = 50
CODES = ("R2A200", "R2A201", "R2A202", "R2A203")

_ALWAYS_OBJECTS = ("app_metadata", "user_metadata")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    refs = [r for r in ctx.analysis.role_references("user") if not ctx.is_handled(r)]
    if not refs:
        return fixes
    for statement in _metadata_defaults(ctx, refs):
        # `event.user.app_metadata` and `user_metadata` are always objects in Actions.
        remove_statement(ctx, fixes, statement)
        for node in walk(statement):
            fixes.handle(node)
    refs = [r for r in refs if id(r) not in fixes.handled]
    documented = set(catalog.mappings()["user"]["documented"])
    profile_claims = catalog.mappings()["user"]["profile_claims"]
    written = _written_keys(ctx, refs) | ctx.user_keys
    for ref in refs:
        fixes.handle(ref)
        if ctx.analysis.is_write(ref):
            fixes.report("R2A200", ref, "`user` itself is assigned a new value")
            continue
        replace_reference(ctx, fixes, ref, f"{ctx.event}.user")
        root_write = _root_write(ctx, ref)
        if root_write is not None and root_write[0] in profile_claims:
            key, node = root_write
            fixes.report("R2A203", node, _profile_message(ctx, key, profile_claims[key]))
        elif root_write is not None:
            key, node = root_write
            fixes.report(
                "R2A202",
                node,
                f"`user.{key}` is set here; it stays local to this Action (later Actions and "
                "the profile do not see it)",
            )
        for key, node in _root_reads(ctx, ref):
            if key not in documented and key not in written:
                fixes.report(
                    "R2A201",
                    node,
                    f"`user.{key}` is not an `event.user` field; if it lived in "
                    f"app_metadata, read `event.user.app_metadata.{key}`",
                )
    return fixes


def _profile_message(ctx: FixContext, key: str, entry: dict) -> str:
    claim, value = entry["claim"], f"{ctx.event}.user.{key}"
    if claim in catalog.mappings()["claims"]["restricted"]:
        name, hint = ctx.string(f"https://example.com/{claim}"), ""
    else:
        name, hint = ctx.string(claim), " (a namespaced name if the tenant refuses it)"
    return (
        f"in Rules `user.{key}` changed the ID token's `{claim}` claim (scope "
        f"`{entry['scope']}`) and the SAML assertion; `{value}` changes neither: after it "
        f"call `{ctx.api}.idToken.setCustomClaim({name}, {value})`{hint} and "
        f"`{ctx.api}.samlResponse.setAttribute({ctx.string(entry['saml'])}, {value})`"
    )


def _metadata_defaults(ctx: FixContext, refs: list[Any]) -> list[Any]:
    """Statements `user.app_metadata = user.app_metadata || {};` (or `??`)."""
    found = []
    for ref in refs:
        chain = member_chain(ctx, ref)
        if not chain or chain[0][0] not in _ALWAYS_OBJECTS:
            continue
        key, member = chain[0]
        assignment = ctx.analysis.parent(member)
        if assignment is None or assignment.type != "AssignmentExpression":
            continue
        if assignment.left is not member or assignment.operator != "=":
            continue
        right = assignment.right
        statement = ctx.analysis.parent(assignment)
        if (
            statement is not None
            and statement.type == "ExpressionStatement"
            and ctx.analysis.parent(statement).type in STATEMENT_LISTS
            and right.type == "LogicalExpression"
            and right.operator in ("||", "??")
            and right.right.type == "ObjectExpression"
            and not right.right.properties
            and right.left.type == "MemberExpression"
            and static_key(right.left) == key
            and right.left.object.type == "Identifier"
            and ctx.analysis.resolve(right.left.object) is ctx.analysis.resolve(ref)
        ):
            found.append(statement)
    return found


def _root_write(ctx: FixContext, ref: Any) -> tuple[str, Any] | None:
    chain = member_chain(ctx, ref)
    if not chain:
        return None
    key, member = chain[0]
    if key in _ALWAYS_OBJECTS or usage(ctx, member) == "read":
        return None
    return (key if key is not None else "[...]"), member


def _written_keys(ctx: FixContext, refs: list[Any]) -> set[str]:
    keys = set()
    for ref in refs:
        chain = member_chain(ctx, ref)
        if chain and chain[0][0] is not None and usage(ctx, chain[0][1]) == "write":
            keys.add(chain[0][0])
    return keys


def _root_reads(ctx: FixContext, ref: Any) -> list[tuple[str, Any]]:
    chain = member_chain(ctx, ref)
    if chain:
        key, member = chain[0]
        if key is None or usage(ctx, member) != "read":
            return []
        return [(key, member)]
    parent = ctx.analysis.parent(ref)
    if (
        parent is not None
        and parent.type == "VariableDeclarator"
        and parent.init is ref
        and parent.id.type == "ObjectPattern"
    ):
        reads = []
        for prop in parent.id.properties:
            if prop.type == "Property" and not prop.computed:
                name = getattr(prop.key, "name", None) or getattr(prop.key, "value", None)
                if isinstance(name, str):
                    reads.append((name, prop))
        return reads
    return []
