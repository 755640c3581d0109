"""`context` reads whose shape changed, and `context` properties Actions does not have.

- `context.sso.current_clients` (client ids) → `(event.session?.clients ?? []).map((c) =>
  c.client_id)`: Actions holds `{ client_id }` objects under an optional `event.session`;
  the expression keeps the Rules shape, an array of ids (table `[context_shapes]`).
- `connectionOptions`, `sessionID`, `sso.with_auth0`, `sso.with_dbconn`,
  `jwtConfiguration` have no equivalent: every use is reported with the message of
  table `[context_none]`, which says what to do instead, and left as it is.
"""

from __future__ import annotations

from .. import catalog
from . import FixContext, Fixes
from ._helpers import member_chain, usage

NAME = "context-shapes"
ORDER = 35
CODES = ("R2A304", "R2A305")

_MUTATORS = ("push", "pop", "shift", "unshift", "splice", "sort", "reverse", "fill", "copyWithin")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    tables = catalog.mappings()
    none: dict[str, str] = tables["context_none"]
    shapes: dict[str, str] = tables["context_shapes"]
    references = []
    changed: set[str] = set()  # shape paths some reference writes or mutates
    for ref in ctx.analysis.role_references("context"):
        if ctx.is_handled(ref):
            continue
        chain = member_chain(ctx, ref)
        keys = []
        for key, _member in chain:
            if key is None:
                break
            keys.append(key)
        references.append((ref, chain, keys))
        for path in shapes:
            length = path.count(".") + 1
            if ".".join(keys[:length]) == path and (
                any(usage(ctx, m) != "read" for _k, m in chain)
                or any(k in _MUTATORS for k, _m in chain[length:])
            ):
                changed.add(path)
    for ref, chain, keys in references:
        for length in range(min(len(keys), 2), 0, -1):
            path = ".".join(keys[:length])
            member = chain[length - 1][1]
            if path in none:
                fixes.handle(ref)
                fixes.report("R2A304", member, f"`context.{path}`: {none[path]}")
                break
            if path in shapes:
                if path in changed:
                    # Written or changed in place somewhere: in Rules later reads saw the
                    # change, so no read converts (reported as not converted).
                    break
                fixes.handle(ref)
                expression = shapes[path].replace("event.", f"{ctx.event}.")
                fixes.replace(ref.range[0], member.range[1], expression)
                fixes.report(
                    "R2A305",
                    member,
                    f"`context.{path}` became a list built from `{ctx.event}.session.clients`, "
                    "which Auth0 fills only for Enterprise tenants (elsewhere the list is "
                    "empty): check the plan before relying on it",
                )
                break
    return fixes
