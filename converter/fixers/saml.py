"""`context.samlConfiguration.*` → `api.samlResponse.set*()` (table `[saml]` in mappings.toml).

- `context.samlConfiguration.audience = v;` → `api.samlResponse.setAudience(v);` (the value
  keeps its text);
- `context.samlConfiguration.mappings = { attr: 'path', ... };` → one
  `api.samlResponse.setAttribute(attr, <event.user at path>);` per entry. Rules mapping
  values are *paths* of profile fields, not values: `'user_metadata.color'` becomes
  `event.user.user_metadata?.color` (`?.` below the first level, which may be missing);
- `context.samlConfiguration.mappings[attr] = 'path';` → the same, for one attribute;
- `context.samlConfiguration = { ... };` → one setter call per key, when every value is a
  literal.

Left with a TODO line: mapping values that are not string literals (a path computed at
run time cannot be resolved safely), keys Actions cannot set (`logout`, `binding`,
`wctx`, `authnContextDeclRef`: the message says what to do instead), unknown keys,
reads of `context.samlConfiguration`, and writes inside expressions.
"""

from __future__ import annotations

import re
from typing import Any

from .. import catalog
from ..astutil import string_value
from . import FixContext, Fixes
from ._helpers import (
    find_char,
    member_chain,
    plain_assignment,
    property_key,
    remove_statement,
    usage,
)

NAME = "saml"
ORDER = 35
CODES = ("R2A330", "R2A331", "R2A332", "R2A333", "R2A334", "R2A335")

_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


class _Unconvertible(Exception):
    def __init__(self, code: str, node: Any, message: str):
        super().__init__(message)
        self.code, self.node, self.message = code, node, message


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    tables = catalog.mappings()
    saml = tables["saml"]
    documented = set(tables["user"]["documented"]) | _user_writes(ctx)
    defaults = _mapping_defaults(ctx)
    for ref in ctx.analysis.role_references("context"):
        if ctx.is_handled(ref):
            continue
        chain = member_chain(ctx, ref)
        if not chain or chain[0][0] != "samlConfiguration":
            continue
        fixes.handle(ref)
        if id(ref) in defaults:
            statement = defaults[id(ref)]
            if statement is not None:
                remove_statement(ctx, fixes, statement)
            continue
        try:
            _convert(ctx, fixes, saml, documented, ref, chain)
        except _Unconvertible as problem:
            fixes.report(problem.code, problem.node, problem.message)
    return fixes


def _mapping_defaults(ctx: FixContext) -> dict[int, Any]:
    """`context.samlConfiguration.mappings = context.samlConfiguration.mappings || {};`
    (or the same for `context.samlConfiguration`) only made sure the object existed for
    the assignments that follow; the setters need no such object, so the statement goes.
    Maps the id of the assigned reference to its statement, and of the read one to None."""
    found: dict[int, Any] = {}
    for ref in ctx.analysis.role_references("context"):
        chain = member_chain(ctx, ref)
        keys = [k for k, _m in chain]
        if keys not in (["samlConfiguration"], ["samlConfiguration", "mappings"]):
            continue
        assignment = plain_assignment(ctx, chain[-1][1])
        if assignment is None:
            continue
        value = assignment.right
        if not (
            value.type == "LogicalExpression"
            and value.operator == "||"
            and value.right.type == "ObjectExpression"
            and not value.right.properties
            and value.left.type == "MemberExpression"
        ):
            continue
        inner_ref = value.left
        while inner_ref.type == "MemberExpression":
            inner_ref = inner_ref.object
        if inner_ref.type != "Identifier":
            continue
        if ctx.analysis.resolve(inner_ref) is not ctx.analysis.resolve(ref):
            continue
        if [k for k, _m in member_chain(ctx, inner_ref)] != keys:
            continue
        found[id(ref)] = ctx.analysis.parent(assignment)
        found[id(inner_ref)] = None
    return found


def _convert(ctx, fixes, saml, documented, ref, chain) -> None:
    keys = [key for key, _member in chain]
    last = chain[-1][1]
    api = f"{ctx.api}.samlResponse"
    if len(chain) > 3 or (len(chain) == 3 and keys[1] != "mappings"):
        raise _Unconvertible("R2A330", last, _not_converted(keys, "is used"))
    member = last
    assignment = plain_assignment(ctx, member)
    if assignment is None:
        how = {"delete": "is deleted", "write": "is set inside an expression"}
        raise _Unconvertible(
            "R2A330",
            member,
            _not_converted(keys, how.get(usage(ctx, member), "is read"))
            + "; Actions can only set SAML response settings, one setter call each",
        )
    value = assignment.right
    if len(chain) == 1:
        _whole(ctx, fixes, saml, documented, ref, member, assignment)
        return
    key = keys[1]
    if key is None:
        raise _Unconvertible("R2A330", member, _not_converted(keys, "is set with a computed key"))
    if len(chain) == 3:
        attribute = chain[2][1]
        if keys[2] is None and not attribute.computed:
            raise _Unconvertible("R2A330", member, _not_converted(keys, "is set"))
        path = _path_value(ctx, value, documented)
        equals = find_char(ctx, attribute.range[1], value.range[0], "=")
        if attribute.computed:
            fixes.replace(ref.range[0], attribute.property.range[0], f"{api}.setAttribute(")
            fixes.replace(attribute.property.range[1], equals + 1, ",")
        else:
            fixes.replace(ref.range[0], equals + 1, f"{api}.setAttribute({ctx.string(keys[2])},")
        fixes.replace_node(value, path)
        fixes.insert(value.range[1], ")")
        return
    if key == "mappings":
        lines = _mapping_lines(ctx, value, documented, member)
        _replace_statement(ctx, fixes, assignment, lines)
        fixes.report(
            "R2A333",
            member,
            "Rules replaced the addon's whole `mappings`; `setAttribute` adds to them, so "
            "attributes mapped in the SAML2 addon settings and not here are still sent",
        )
        return
    if key in saml["none"]:
        raise _Unconvertible(
            "R2A332",
            member,
            f"Actions cannot set `{key}` on the SAML response: {saml['none'][key]}",
        )
    if key not in saml["setters"]:
        raise _Unconvertible("R2A330", member, _not_converted(keys, "is set") + ": unknown key")
    equals = find_char(ctx, member.range[1], value.range[0], "=")
    start = equals + 1
    while start < value.range[0] and ctx.text[start] in " \t":
        start += 1
    fixes.replace(ref.range[0], equals + 1, f"{api}.{saml['setters'][key]}(")
    if start > equals + 1:
        fixes.replace(equals + 1, start, "")
    fixes.insert(value.range[1], ")")


def _not_converted(keys: list, how: str) -> str:
    path = "context" + "".join(f".{k}" if k else "[...]" for k in keys)
    return f"`{path}` {how}"


def _whole(ctx, fixes, saml, documented, ref, member, assignment) -> None:
    value = assignment.right
    if value.type != "ObjectExpression":
        raise _Unconvertible(
            "R2A330",
            member,
            "`context.samlConfiguration` is replaced by a value that is not an object literal; "
            "call one `api.samlResponse` setter per setting",
        )
    lines = []
    api = f"{ctx.api}.samlResponse"
    for prop in value.properties:
        key = property_key(prop)
        if key is None:
            raise _Unconvertible(
                "R2A330", prop, "a SAML setting uses a spread, a computed key or a shorthand"
            )
        if key == "mappings":
            lines += _mapping_lines(ctx, prop.value, documented, prop)
        elif key in saml["none"]:
            raise _Unconvertible(
                "R2A332",
                prop,
                f"Actions cannot set `{key}` on the SAML response: {saml['none'][key]}",
            )
        elif key not in saml["setters"]:
            raise _Unconvertible("R2A330", prop, f"unknown SAML setting `{key}`")
        elif not _literal(prop.value):
            raise _Unconvertible(
                "R2A330",
                prop,
                f"the SAML setting `{key}` is computed; set it with "
                f"`{api}.{saml['setters'][key]}(...)`",
            )
        else:
            lines.append(f"{api}.{saml['setters'][key]}({ctx.node_text(prop.value)});")
    _replace_statement(ctx, fixes, assignment, lines)
    fixes.report(
        "R2A333",
        member,
        "the rule assigned the whole SAML configuration; the setters change only the "
        "settings listed here, and the SAML2 addon settings still apply to all others",
    )


def _literal(node: Any) -> bool:
    if node.type == "Literal":
        return True
    if node.type == "TemplateLiteral":
        return not node.expressions
    if node.type == "UnaryExpression" and node.operator == "-":
        return node.argument.type == "Literal"
    if node.type == "ArrayExpression":
        return all(e is not None and _literal(e) for e in node.elements)
    return False


def _mapping_lines(ctx, value, documented, member) -> list[str]:
    if value.type != "ObjectExpression":
        raise _Unconvertible(
            "R2A331",
            member,
            "the SAML `mappings` are not an object literal; call "
            "`api.samlResponse.setAttribute(name, value)` per attribute, with the value read "
            "from `event.user`",
        )
    if not value.properties:
        raise _Unconvertible(
            "R2A330",
            member,
            "the SAML `mappings` are emptied; Actions keeps the addon's mappings unless each "
            "unwanted attribute is removed with `api.samlResponse.setAttribute(name, null)`",
        )
    lines = []
    for prop in value.properties:
        key = property_key(prop)
        if key is None:
            raise _Unconvertible(
                "R2A331", prop, "a SAML mapping uses a spread, a computed key or a shorthand"
            )
        path = _path_value(ctx, prop.value, documented)
        name = ctx.node_text(prop.key) if prop.key.type == "Literal" else ctx.string(key)
        lines.append(f"{ctx.api}.samlResponse.setAttribute({name}, {path});")
    return lines


def _path_value(ctx: FixContext, node: Any, documented: set[str]) -> str:
    """`event.user` read at the profile path a Rules mapping names."""
    path = string_value(node)
    segments = path.split(".") if path is not None else []
    if path is None or not all(segments):
        raise _Unconvertible(
            "R2A331",
            node,
            "a SAML mapping value is not a literal profile path; Rules read the user profile "
            "at that path: pass `api.samlResponse.setAttribute(name, <the value>)`",
        )
    if len(segments) == 1 and segments[0] in catalog.mappings()["saml"]["object_fields"]["fields"]:
        raise _Unconvertible(
            "R2A335",
            node,
            f"the SAML mapping sends the whole `user.{segments[0]}` object; "
            "`api.samlResponse.setAttribute` takes strings, numbers, booleans, null or arrays "
            "of those: map the fields you need one by one",
        )
    if segments[0] not in documented:
        raise _Unconvertible(
            "R2A334",
            node,
            f"the SAML mapping reads `user.{segments[0]}`, which `event.user` does not "
            "document (Rules also saw attributes merged in by connections and earlier "
            "rules): check where the value comes from",
        )
    text = f"{ctx.event}.user"
    for index, segment in enumerate(segments):
        optional = "?." if index else "."
        if segment.isdigit():
            text += f"{'?.' if index else ''}[{segment}]"
        elif _IDENTIFIER.fullmatch(segment):
            text += f"{optional}{segment}"
        else:
            text += f"{'?.' if index else ''}[{ctx.string(segment)}]"
    return text


def _user_writes(ctx: FixContext) -> set[str]:
    """Root `user.X` keys the rule itself assigns (they stay readable on `event.user`)."""
    written = set()
    for ref in ctx.analysis.role_references("user"):
        chain = member_chain(ctx, ref)
        if chain and chain[0][0] is not None:
            parent = ctx.analysis.parent(chain[0][1])
            if parent is not None and parent.type == "AssignmentExpression":
                if parent.left is chain[0][1]:
                    written.add(chain[0][0])
    return written


def _replace_statement(ctx: FixContext, fixes: Fixes, assignment: Any, lines: list[str]) -> None:
    source = ctx.source
    newline = source.newline
    statement = ctx.analysis.parent(assignment)
    parent = ctx.analysis.parent(statement)
    indent = source.indentation(statement.range[0])
    if not lines:
        raise _Unconvertible(
            "R2A330",
            assignment,
            "the SAML configuration is replaced by an empty object; Actions cannot clear the "
            "SAML2 addon settings: change them on the addon",
        )
    if len(lines) == 1 or (parent is not None and parent.type in ("BlockStatement", "Program")):
        text = (newline + indent).join(lines)
    else:
        inner = indent + "  "
        text = "{" + newline + "".join(inner + line + newline for line in lines) + indent + "}"
    fixes.replace(statement.range[0], statement.range[1], text)
