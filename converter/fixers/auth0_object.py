"""The Rules sandbox's `auth0` object: `accessToken`, `domain` and `baseUrl`.

Actions have no `auth0` object and no Management API token. The conversion:

- `auth0.accessToken` → a token the Action obtains for an M2M application with the
  client-credentials grant, cached in `api.cache` within its limits (a helper rendered
  from templates/management_api_token.js.j2; fetched once at the top of the handler, so
  nested functions can use it too);
- `auth0.domain` → `event.secrets.AUTH0_DOMAIN`; `auth0.baseUrl` →
  `` `https://${event.secrets.AUTH0_DOMAIN}/api/v2` ``.

So `new ManagementClient({ token: auth0.accessToken, domain: auth0.domain })` keeps
working. The M2M application and its secrets must be created by a person: reported.
Metadata updates of the current user are the metadata fixer's; any other use of `auth0`
is left to the safety net.
"""

from __future__ import annotations

from typing import Any

from . import FixContext, Fixes
from ._helpers import fresh_name, member_chain, usage

NAME = "auth0-object"
ORDER = 4
CODES = ("R2A411",)

DOMAIN, CLIENT_ID, CLIENT_SECRET = "AUTH0_DOMAIN", "AUTH0_CLIENT_ID", "AUTH0_CLIENT_SECRET"
_PROPERTIES = ("accessToken", "domain", "baseUrl")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    if ctx.rule is None:
        return fixes
    uses: list[tuple[str, Any, Any]] = []
    for ref in ctx.analysis.global_references("auth0"):
        if ctx.is_handled(ref):
            continue
        chain = member_chain(ctx, ref)
        if not chain or chain[0][0] not in _PROPERTIES or not ctx.in_rule(ref):
            continue
        if usage(ctx, chain[0][1]) != "read":
            continue
        uses.append((chain[0][0], ref, chain[0][1]))
    if not uses:
        return fixes
    token_name = fresh_name(ctx, "managementApiToken")
    helper_name = fresh_name(ctx, "getManagementApiToken")
    domain = f"{ctx.event}.secrets.{DOMAIN}"
    fixes.secret(DOMAIN)
    needs_token = False
    for prop, ref, member in uses:
        fixes.handle(ref)
        if prop == "accessToken":
            needs_token = True
            fixes.replace(ref.range[0], member.range[1], token_name)
        elif prop == "domain":
            fixes.replace(ref.range[0], member.range[1], domain)
        else:
            fixes.replace(ref.range[0], member.range[1], f"`https://${{{domain}}}/api/v2`")
    if needs_token:
        _add_token(ctx, fixes, token_name, helper_name)
        fixes.report(
            "R2A411",
            uses[0][1],
            f"create an M2M application authorized for the Management API (scopes the Rule "
            f"token had: read:users, update:users) and set the secrets {DOMAIN}, {CLIENT_ID} "
            f"and {CLIENT_SECRET}",
            todo=False,
        )
    return fixes


def _add_token(ctx: FixContext, fixes: Fixes, token_name: str, helper_name: str) -> None:
    from ..render import render_snippet
    from .modules import module_insertion_point

    fixes.secret(CLIENT_ID)
    fixes.secret(CLIENT_SECRET)
    helper = render_snippet(
        "management_api_token.js.j2",
        newline=ctx.source.newline,
        function=helper_name,
        cache_key=ctx.string("management-api-token"),
        domain_secret=DOMAIN,
        client_id_secret=CLIENT_ID,
        client_secret_secret=CLIENT_SECRET,
    )
    fixes.insert(module_insertion_point(ctx), helper)
    body = ctx.rule.body
    statements = body.body
    indent = ctx.source.indentation(statements[0].range[0]) if statements else "  "
    fixes.insert(
        body.range[0] + 1,
        f"{ctx.source.newline}{indent}const {token_name} = await {helper_name}"
        f"({ctx.event}, {ctx.api});",
    )
