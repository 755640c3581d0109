"""`auth0.users.updateAppMetadata(user.user_id, user.app_metadata)` → `api.user.setAppMetadata`.

Rules changed `user.app_metadata` (or `user_metadata`) in place and then persisted the
whole object; Auth0 merged its top-level keys into the profile (`null` deleting a key).
Actions persist one top-level key at a time. The conversion keeps the local mutations
(so later reads in the Action see the new values) and replaces the update with one
`api.user.setAppMetadata(key, <current value>)` per top-level key the rule changed before
that point. An object literal passed directly converts key by key. Everything the
converter cannot pin down (dynamic keys, another user's id, an object from elsewhere) is
reported and left alone. Changes the rule never persisted stay local, as they did in
Rules (info).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..astutil import STATEMENT_LISTS, static_key, walk
from . import FixContext, Fixes
from ._helpers import member_chain, usage

NAME = "metadata"
ORDER = 45
CODES = ("R2A210", "R2A211", "R2A212", "R2A213", "R2A214", "R2A215")

_KINDS = {
    "updateAppMetadata": ("app_metadata", "setAppMetadata"),
    "updateUserMetadata": ("user_metadata", "setUserMetadata"),
}
_MUTATORS = {
    "push",
    "pop",
    "shift",
    "unshift",
    "splice",
    "sort",
    "reverse",
    "fill",
    "copyWithin",
    "set",
    "add",
    "delete",
    "clear",
}


@dataclass
class _Writes:
    """What the rule does to one metadata object, in source order."""

    keys: list[tuple[int, str]] = field(default_factory=list)  # (offset, key)
    deleted: list[tuple[int, str]] = field(default_factory=list)
    dynamic: list[Any] = field(default_factory=list)  # nodes whose key is unknown
    aliases: set[int] = field(default_factory=set)  # bindings aliasing the object
    first: Any = None  # first mutating node, for the "never persisted" report

    def note(self, node: Any, key: str | None, deleted: bool = False) -> None:
        if self.first is None:
            self.first = node
        if key is None:
            self.dynamic.append(node)
        elif deleted:
            self.deleted.append((node.range[0], key))
        else:
            self.keys.append((node.range[0], key))

    def before(self, offset: int) -> list[str]:
        seen: list[str] = []
        for at, key in self.keys:
            if at < offset and key not in seen:
                seen.append(key)
        return seen


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    if ctx.rule is None or "user" not in ctx.rule.bindings:
        return fixes
    writes = {kind: _collect_writes(ctx, kind) for kind, _ in _KINDS.values()}
    persisted: set[str] = set()
    for ref in ctx.analysis.global_references("auth0"):
        call = _update_call(ctx, ref)
        if call is None:
            continue
        method = call.callee.property.name
        kind, setter = _KINDS[method]
        persisted.add(kind)
        fixes.handle(ref)
        _convert(ctx, fixes, call, kind, setter, writes[kind])
    for kind, found in writes.items():
        if kind not in persisted and found.first is not None:
            fixes.report(
                "R2A214",
                found.first,
                f"this change to `user.{kind}` is never persisted; it stays local to the "
                "Action, as it did in the Rule",
            )
    return fixes


def _update_call(ctx: FixContext, ref: Any) -> Any:
    """`auth0.users.updateAppMetadata(...)` / `updateUserMetadata(...)` around ``ref``."""
    chain = member_chain(ctx, ref)
    if len(chain) < 2 or chain[0][0] != "users" or chain[1][0] not in _KINDS:
        return None
    call = ctx.analysis.parent(chain[1][1])
    if call is None or call.type != "CallExpression" or call.callee is not chain[1][1]:
        return None
    return call


def _convert(
    ctx: FixContext, fixes: Fixes, call: Any, kind: str, setter: str, found: _Writes
) -> None:
    args = call.arguments
    if len(args) != 2 or not _is_current_user_id(ctx, args[0]):
        fixes.report(
            "R2A211",
            call,
            f"`auth0.users.{call.callee.property.name}` updates another user (or an unknown "
            "id); Actions can only change the current user's metadata",
        )
        return
    target = args[1]
    if _is_metadata_object(ctx, target, kind, found):
        if found.dynamic:
            fixes.report(
                "R2A212",
                found.dynamic[0],
                f"`user.{kind}` is changed with a key known only at run time, so the keys "
                "to persist are unknown",
            )
            _report_update(fixes, call, kind)
            return
        keys = found.before(call.range[0])
        if not keys:
            fixes.report(
                "R2A212",
                call,
                f"no change to `user.{kind}` is visible before this update, so the keys to "
                "persist are unknown",
            )
            return
        for _offset, key in found.deleted:
            fixes.report(
                "R2A215",
                call,
                f"`delete user.{kind}.{key}` does not remove the key from the profile (it did "
                "not in Rules either); set it to null to remove it",
                todo=False,
            )
        value_base = _value_base(ctx, target, kind)
        calls = [
            f"{ctx.api}.user.{setter}({ctx.string(key)}, {value_base}{_access(key)})"
            for key in keys
        ]
        _replace_call(ctx, fixes, call, calls)
        _handle_all(fixes, args)
        fixes.report(
            "R2A210",
            call,
            f"`auth0.users.{call.callee.property.name}` becomes `api.user.{setter}` for "
            f"{', '.join(keys)}",
            todo=False,
        )
        return
    if target.type == "ObjectExpression" and _literal_keys(target) is not None:
        _convert_literal(ctx, fixes, call, setter, target)
        return
    fixes.report(
        "R2A213",
        call,
        f"`auth0.users.{call.callee.property.name}` persists an object other than "
        f"`user.{kind}`, whose keys are unknown",
    )


def _report_update(fixes: Fixes, call: Any, kind: str) -> None:
    fixes.report(
        "R2A212",
        call,
        f"this update of `user.{kind}` was not converted",
    )


def _replace_call(ctx: FixContext, fixes: Fixes, call: Any, calls: list[str]) -> None:
    """The update as statements when it stands alone, else as an expression."""
    holder = ctx.analysis.parent(call)
    statement = holder
    if id(call) in ctx.standalone:
        # A collapsed promise chain: the call is now a statement of its own.
        indent = ctx.source.indentation(call.range[0])
        fixes.replace_node(call, (";" + ctx.source.newline + indent).join(calls))
        return
    if holder is not None and holder.type == "AwaitExpression":
        statement = ctx.analysis.parent(holder)
    if (
        statement is not None
        and statement.type == "ExpressionStatement"
        and ctx.analysis.parent(statement).type in STATEMENT_LISTS
    ):
        indent = ctx.source.indentation(statement.range[0])
        joiner = ";" + ctx.source.newline + indent
        end = statement.range[1]
        text = joiner.join(calls) + ";"
        if ctx.text[end - 1] != ";":
            text = text[:-1]
        fixes.replace(statement.range[0], end, text)
        return
    if len(calls) == 1:
        fixes.replace_node(call, f"Promise.resolve({calls[0]})")
    else:
        fixes.replace_node(call, f"({', '.join(calls)}, Promise.resolve())")


def _convert_literal(ctx: FixContext, fixes: Fixes, call: Any, setter: str, literal: Any) -> None:
    """`update(user.user_id, { a: x, b: y })` → `set('a', x); set('b', y)` around x and y."""
    holder = ctx.analysis.parent(call)
    standalone = (
        holder is not None
        and holder.type == "ExpressionStatement"
        and ctx.analysis.parent(holder).type in STATEMENT_LISTS
    )
    if not standalone or not literal.properties:
        fixes.report(
            "R2A213",
            call,
            f"`auth0.users.{call.callee.property.name}` with an object literal converts only "
            "as a statement of its own",
        )
        return
    indent = ctx.source.indentation(holder.range[0])
    newline = ctx.source.newline
    start = holder.range[0]
    for prop, key in zip(literal.properties, _literal_keys(literal)):
        head = f"{ctx.api}.user.{setter}({ctx.string(key)}, "
        if start == holder.range[0]:
            fixes.replace(start, prop.value.range[0], head)
        else:
            fixes.replace(start, prop.value.range[0], f");{newline}{indent}{head}")
        start = prop.value.range[1]
    end = holder.range[1]
    fixes.replace(start, end, ");" if ctx.text[end - 1] == ";" else ")")
    _handle_all(fixes, [call.arguments[0]])
    fixes.report(
        "R2A210",
        call,
        f"`auth0.users.{call.callee.property.name}` becomes `api.user.{setter}` for "
        f"{', '.join(_literal_keys(literal))}",
        todo=False,
    )


def _literal_keys(literal: Any) -> list[str] | None:
    keys = []
    for prop in literal.properties:
        if prop.type != "Property" or prop.kind != "init" or prop.method or prop.shorthand:
            return None
        key = static_key_of_property(prop)
        if key is None:
            return None
        keys.append(key)
    return keys


def static_key_of_property(prop: Any) -> str | None:
    if prop.computed:
        return (
            prop.key.value
            if prop.key.type == "Literal" and isinstance(prop.key.value, str)
            else None
        )
    if prop.key.type == "Identifier":
        return prop.key.name
    if prop.key.type == "Literal":
        return str(prop.key.value)
    return None


def _handle_all(fixes: Fixes, nodes: list[Any]) -> None:
    for node in nodes:
        for inner in walk(node):
            if inner.type == "Identifier":
                fixes.handle(inner)


def _access(key: str) -> str:
    return f".{key}" if key.isidentifier() else f"[{key!r}]"


def _is_current_user_id(ctx: FixContext, node: Any) -> bool:
    if node.type != "MemberExpression" or static_key(node) != "user_id":
        return False
    return _is_user(ctx, node.object)


def _is_user(ctx: FixContext, node: Any) -> bool:
    return ctx.analysis.plays(node, "user")


def _is_metadata_object(ctx: FixContext, node: Any, kind: str, found: _Writes) -> bool:
    if node.type == "MemberExpression" and static_key(node) == kind and _is_user(ctx, node.object):
        return True
    if node.type == "Identifier":
        binding = ctx.analysis.resolve(node)
        return binding is not None and id(binding) in found.aliases
    return False


def _value_base(ctx: FixContext, node: Any, kind: str) -> str:
    if node.type == "Identifier":
        return node.name
    return f"{ctx.event}.user.{kind}"


def _collect_writes(ctx: FixContext, kind: str) -> _Writes:
    found = _Writes()
    user_refs = ctx.analysis.role_references("user")
    objects: list[Any] = []  # expressions that are the metadata object
    for ref in user_refs:
        chain = member_chain(ctx, ref)
        if chain and chain[0][0] == kind:
            objects.append(chain[0][1])
    for member in list(objects):
        alias = _alias_binding(ctx, member)
        if alias is not None:
            found.aliases.add(id(alias))
            objects.extend(r for r in alias.references if not ctx.analysis.is_write(r))
    for obj in objects:
        _note_writes(ctx, obj, kind, found)
    found.keys.sort()
    return found


def _alias_binding(ctx: FixContext, member: Any) -> Any:
    """`const md = user.app_metadata` (or `|| {}`): the binding of ``md``, if never reassigned."""
    parent = ctx.analysis.parent(member)
    if parent is not None and parent.type == "LogicalExpression" and parent.left is member:
        if parent.right.type == "ObjectExpression" and not parent.right.properties:
            member, parent = parent, ctx.analysis.parent(parent)
    if parent is None or parent.type != "VariableDeclarator" or parent.init is not member:
        return None
    if parent.id.type != "Identifier":
        return None
    binding = ctx.analysis.declaration(parent.id)
    if binding is None or any(ctx.analysis.is_write(r) for r in binding.references):
        return None
    return binding


def _note_writes(ctx: FixContext, obj: Any, kind: str, found: _Writes) -> None:
    how = usage(ctx, obj)
    if how == "write":
        parent = ctx.analysis.parent(obj)
        value = parent.right if parent.type == "AssignmentExpression" else None
        if _is_default(value, kind):
            return  # `user.app_metadata = user.app_metadata || {}` changes nothing
        if value is not None and value.type == "ObjectExpression":
            keys = _literal_keys(value)
            if keys is None:
                found.note(obj, None)
            for key in keys or []:
                found.note(obj, key)
        elif not _is_alias_write_back(ctx, value, found):
            found.note(obj, None)
        return
    parent = ctx.analysis.parent(obj)
    if (
        parent is not None
        and parent.type == "CallExpression"
        and obj in parent.arguments
        and _is_object_assign(parent.callee)
        and parent.arguments[0] is obj
    ):
        for source in parent.arguments[1:]:
            keys = _literal_keys(source) if source.type == "ObjectExpression" else None
            if keys is None:
                found.note(obj, None)
            for key in keys or []:
                found.note(obj, key)
        return
    chain = member_chain(ctx, obj)
    if not chain:
        return
    key, _member = chain[0]
    for depth, (_k, member) in enumerate(chain):
        member_use = usage(ctx, member)
        if member_use == "write":
            found.note(member, key)
            return
        if member_use == "delete":
            if depth == 0:
                found.note(member, key, deleted=True)
            else:
                found.note(member, key)
            return
        call = ctx.analysis.parent(member)
        if (
            depth > 0
            and call is not None
            and call.type == "CallExpression"
            and call.callee is member
            and static_key(member) in _MUTATORS
        ):
            found.note(member, key)
            return


def _is_default(value: Any, kind: str) -> bool:
    return (
        value is not None
        and value.type == "LogicalExpression"
        and value.operator in ("||", "??")
        and value.left.type == "MemberExpression"
        and static_key(value.left) == kind
        and value.right.type == "ObjectExpression"
        and not value.right.properties
    )


def _is_alias_write_back(ctx: FixContext, value: Any, found: _Writes) -> bool:
    """`user.app_metadata = md` where ``md`` aliases the same object."""
    if value is None or value.type != "Identifier":
        return False
    binding = ctx.analysis.resolve(value)
    return binding is not None and id(binding) in found.aliases


def _is_object_assign(callee: Any) -> bool:
    return (
        callee.type == "MemberExpression"
        and getattr(callee.object, "name", None) == "Object"
        and static_key(callee) == "assign"
    )
