"""A Hook's arguments → the trigger's `event` fields (tables in data/hooks.toml).

- `context.webtask.secrets.X` (and `const { X } = context.webtask.secrets`, an alias of
  it, and `context.webtask.data`) → `event.secrets.X`; each name goes to the header.
- `<role>.<path>` reads → the `event` expression of the longest known path, the rest of the
  member chain kept as written (`user.phoneNumber` → `event.user.phone_number`, `client.id`
  → `event.client.client_id`, `audience` → `event.resource_server.identifier`,
  `recipient` → `event.message_options.recipient`).
- Paths without an equivalent (`user.password`, `context.factor_type`,
  `context.webtask.storage`, `meta`, `headers`...) and unknown paths are reported where
  they stand, with a TODO line; writes to the arguments too. Scope edits in a
  credentials-exchange Hook are reported (no GA equivalent).
"""

from __future__ import annotations

from typing import Any

from .. import hooks
from ..astutil import static_key, string_value, walk
from . import FixContext, Fixes
from ._helpers import member_chain, usage

NAME = "hook-event"
ORDER = 30
KINDS = ("hook",)
CODES = ("R2A611", "R2A612", "R2A613", "R2A614", "R2A620", "R2A621", "R2A622", "R2A623",
         "R2A624", "R2A625", "R2A626", "R2A652")  # fmt: skip

_MUTATORS = ("push", "unshift", "splice", "pop", "shift", "length", "sort", "reverse", "fill")
_WHOLE = {"user": "the user", "client": "the client", "context.user": "the user",
          "context.client": "the client", "context.connection": "the connection"}  # fmt: skip


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    trigger = ctx.hook
    if trigger is None or ctx.rule is None:
        return fixes
    tables = hooks.tables()
    paths: dict[str, str] = tables["paths"][trigger.id]
    roots = {p.rsplit(".", 1)[0] for p in paths if "." in p}
    for role in trigger.params[:-1]:
        for ref in ctx.analysis.role_references(role):
            if ctx.is_handled(ref):
                continue
            fixes.handle(ref)
            _convert_reference(ctx, fixes, trigger, role, ref, paths, roots)
    return fixes


def _convert_reference(ctx, fixes, trigger, role, ref, paths, roots) -> None:
    if ctx.analysis.is_write(ref):
        fixes.report("R2A623", ref, f"the Hook argument `{ref.name}` is assigned a new value")
        return
    chain = member_chain(ctx, ref)
    keys = [role]
    for key, _member in chain:
        if key is None:
            break
        keys.append(key)
    shown = ".".join([ref.name] + keys[1:])
    if role == "context" and len(keys) > 1 and keys[1] == "webtask":
        _webtask(ctx, fixes, ref, chain, keys)
        return
    matched = 0
    for length in range(len(keys), 0, -1):
        if ".".join(keys[:length]) in paths:
            matched = length
            break
    path = ".".join(keys[:matched])
    if not matched or (path in roots and matched < len(keys) and path in _WHOLE):
        what = f"`{shown}`" if len(keys) > 1 or chain else f"`{ref.name}`"
        if len(keys) < len(chain) + 1 and len(keys) == 1:
            what = f"`{ref.name}` read with a computed key"
        fixes.report("R2A621", ref, f"{what} is not converted: the {trigger.id} Action has no "
                     "such field (see `rules2actions explain --mappings`)")  # fmt: skip
        return
    target = paths[path]
    member = ref if matched == 1 else chain[matched - 2][1]
    if target.startswith("!"):
        if target == "!":
            message = f"`{ref.name}` is used as a whole; the Action has no such object"
            if matched < len(keys) or chain:
                message = f"`{shown}` is not converted: the {trigger.id} Action has no such field"
            fixes.report("R2A621", ref, message)
        else:
            fixes.report("R2A620", ref, f"`{_shown(ref, keys, matched)}`: {target[1:]}")
        return
    written = next((m for _k, m in chain if usage(ctx, m) != "read"), None)
    if written is None and matched == 1 and usage(ctx, ref) != "read":
        written = ref
    if written is not None:
        fixes.report(
            "R2A623",
            written,
            f"`{ctx.node_text(written)}` is written; the Action's `event` is read-only",
        )
        return
    if role == "scope":
        _check_scope_edit(ctx, fixes, ref, chain)
    replacement = target.replace("event.", f"{ctx.event}.", 1)
    holder = ctx.analysis.parent(ref)
    if matched == 1 and holder is not None and holder.type == "Property" and holder.shorthand:
        replacement = f"{ref.name}: {replacement}"  # `{ user }` → `{ user: event.user }`
    fixes.replace(ref.range[0], member.range[1], replacement)
    if path in _WHOLE and matched == len(keys) and len(chain) < matched:
        fixes.report(
            "R2A622",
            ref,
            f"`{_shown(ref, keys, matched)}` is used as a whole: {_WHOLE[path]}'s keys have "
            "other names in "
            f"the Action (`{replacement}`); check what reads them",
        )
    elif path in _WHOLE and matched == len(keys) and len(chain) >= matched:
        fixes.report(
            "R2A622",
            chain[matched - 1][1],
            f"`{ctx.node_text(chain[matched - 1][1])}` is read with a computed key: "
            f"{_WHOLE[path]}'s keys have other names in the Action",
        )
    if path == "user.id":
        fixes.report(
            "R2A624",
            member,
            "`user.id` becomes `event.user.user_id`, which carries the provider prefix "
            "(`auth0|...`); the Hook's id had none",
        )
    if path == "context.action":
        _authentication(ctx, fixes, member)


def _shown(ref: Any, keys: list[str], matched: int) -> str:
    return ".".join([ref.name] + keys[1:matched])


def _check_scope_edit(ctx: FixContext, fixes: Fixes, ref: Any, chain: list) -> None:
    if chain and chain[0][0] in _MUTATORS:
        member = chain[0][1]
        parent = ctx.analysis.parent(member)
        called = parent is not None and parent.type == "CallExpression" and parent.callee is member
        if called or usage(ctx, member) != "read":
            fixes.report(
                "R2A652",
                member,
                "the Hook edits the granted scopes; Actions (GA) cannot change the scopes of "
                "a client-credentials token",
            )


def _authentication(ctx: FixContext, fixes: Fixes, member: Any) -> None:
    """`context.action === 'authentication'` (older docs) → 'second-factor-authentication'."""
    parent = ctx.analysis.parent(member)
    if parent is None or parent.type != "BinaryExpression":
        return
    other = parent.right if parent.left is member else parent.left
    if string_value(other) == "authentication" and other.type == "Literal":
        fixes.replace_node(other, ctx.string("second-factor-authentication"))
        fixes.report(
            "R2A625",
            other,
            "`'authentication'` (the older Hook value) becomes `'second-factor-authentication'`, "
            "the value Actions uses",
        )


def _webtask(ctx: FixContext, fixes: Fixes, ref: Any, chain: list, keys: list[str]) -> None:
    table = hooks.tables()["webtask"]
    webtask_member = chain[0][1]
    if len(keys) < 3 and len(chain) == 1 and _destructures_secrets(ctx, fixes, ref, webtask_member):
        return
    if len(keys) < 3:
        fixes.report(
            "R2A614",
            webtask_member,
            "`context.webtask` is used as a whole; the Action has no webtask context "
            "(secrets are `event.secrets`)",
        )
        return
    name = keys[2]
    entry = table.get(name)
    member = chain[1][1]
    if entry is None:
        fixes.report("R2A613", member, f"`context.webtask.{name}` has no equivalent in Actions")
        return
    if isinstance(entry, str):
        code = "R2A612" if name == "storage" else "R2A613"
        fixes.report(code, member, f"`context.webtask.{name}`: {entry[1:]}")
        return
    if usage(ctx, member) != "read" or any(usage(ctx, m) != "read" for _k, m in chain[2:3]):
        fixes.report("R2A623", member, f"`context.webtask.{name}` is written")
        return
    fixes.replace(ref.range[0], member.range[1], entry["to"].replace("event.", f"{ctx.event}.", 1))
    if entry.get("note"):
        fixes.report("R2A611", member, entry["note"])
    for secret in _secret_names(ctx, member, chain):
        fixes.secret(secret)
    _process_env(ctx, fixes, member)


def _destructures_secrets(ctx: FixContext, fixes: Fixes, ref: Any, member: Any) -> bool:
    """`const { secrets } = context.webtask` → `const { secrets } = event`."""
    declarator = ctx.analysis.parent(member)
    if (
        declarator is None
        or declarator.type != "VariableDeclarator"
        or declarator.init is not member
        or declarator.id.type != "ObjectPattern"
        or not declarator.id.properties
    ):
        return False
    values = []
    for prop in declarator.id.properties:
        key = getattr(prop, "key", None)
        if prop.type != "Property" or prop.computed or getattr(key, "name", None) != "secrets":
            return False
        values.append(prop.value)
    fixes.replace(ref.range[0], member.range[1], ctx.event)
    for value in values:
        for name in _pattern_or_alias_keys(ctx, value):
            fixes.secret(name)
    return True


def _pattern_or_alias_keys(ctx: FixContext, target: Any) -> list[str]:
    """The keys read from what ``target`` binds: `{ A, B: b }`, or `s` then `s.A`."""
    if target.type == "AssignmentPattern":
        target = target.left
    names: list[str] = []
    if target.type == "ObjectPattern":
        for prop in target.properties:
            if prop.type == "Property" and not prop.computed:
                key = getattr(prop.key, "name", None) or getattr(prop.key, "value", None)
                if isinstance(key, str):
                    names.append(key)
    elif target.type == "Identifier":
        binding = ctx.analysis.declaration(target)
        for use in binding.references if binding is not None else []:
            outer = ctx.analysis.parent(use)
            if outer is not None and outer.type == "MemberExpression" and outer.object is use:
                key = static_key(outer)
                if key is not None and key not in names:
                    names.append(key)
    return names


def _secret_names(ctx: FixContext, member: Any, chain: list) -> list[str]:
    """`secrets.X`, `const { X, Y: y } = secrets`, and `const s = secrets; s.X`."""
    if len(chain) > 2 and chain[2][0] is not None:
        return [chain[2][0]]
    parent = ctx.analysis.parent(member)
    if parent is None or parent.type != "VariableDeclarator" or parent.init is not member:
        return []
    return _pattern_or_alias_keys(ctx, parent.id)


def _process_env(ctx: FixContext, fixes: Fixes, member: Any) -> None:
    """`process.env.X = context.webtask.secrets.X`: works, but is worth knowing."""
    for ancestor in ctx.analysis.ancestors(member):
        if ancestor.type == "AssignmentExpression":
            left = ancestor.left
            if any(
                n.type == "MemberExpression"
                and getattr(n.object, "name", None) == "process"
                and getattr(n.property, "name", None) == "env"
                for n in walk(left)
            ):
                fixes.report(
                    "R2A626",
                    ancestor,
                    "`process.env` is set from a secret: it works in Actions, but the value "
                    "stays for every later execution on the same instance; passing "
                    "`event.secrets` to the client explicitly is clearer",
                )
            return
        if ancestor.type.endswith("Statement"):
            return
