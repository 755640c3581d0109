"""`context` destructured: `const { clientName, request: { ip } } = context;` → reads of
`event`, one declaration per name (table `[context]` in data/mappings.toml).

Each name gets the `event` field its Rules key maps to, renamed keys included
(`const { request: { userAgent } } = context` → `const userAgent =
event.request.user_agent;`). An object whose keys were renamed (`request`,
`request.geoip`, `stats`), taken whole, becomes an object with the Rules key names built
from `event` (`view`), so the code that reads its keys keeps working. A default value
(`{ clientName = 'app' }`) keeps its destructuring, from the `event` object. A key with no
Actions equivalent (`sso`, `idToken`, ...), a rest element or a computed key leaves the
statement as it is, for the safety net to report.
"""

from __future__ import annotations

from typing import Any

from .. import catalog
from . import FixContext, Fixes
from ._helpers import is_test_only, member_chain, property_key

NAME = "context-whole"
ORDER = 42
CODES: tuple[str, ...] = ()


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    for ref in ctx.analysis.role_references("context"):
        if ctx.is_handled(ref):
            continue
        declarator = ctx.analysis.parent(ref)
        if (
            declarator is None
            or declarator.type != "VariableDeclarator"
            or declarator.init is not ref
            or declarator.id.type != "ObjectPattern"
        ):
            continue
        declaration = ctx.analysis.parent(declarator)
        if len(declaration.declarations) != 1 or ctx.analysis.parent(declaration).type in (
            "ForStatement",
            "ForInStatement",
            "ForOfStatement",
        ):
            continue
        leaves: list[tuple[list[str], Any, Any]] = []  # (keys, name, default)
        if not _leaves(declarator.id, [], leaves):
            continue
        indent = ctx.source.indentation(declaration.range[0])
        lines = []
        for keys, name, default in leaves:
            line = _declaration(ctx, declaration.kind, keys, name, default, indent)
            if line is None:
                break
            lines.append(line)
        else:
            fixes.handle(ref)
            fixes.replace_node(declaration, (ctx.source.newline + indent).join(lines))
    return fixes


def _leaves(pattern: Any, keys: list[str], found: list[tuple[list[str], Any, Any]]) -> bool:
    for prop in pattern.properties:
        if prop.type != "Property" or prop.computed:
            return False
        key = prop.key.name if prop.shorthand else property_key(prop)
        if key is None:
            return False
        value = prop.value
        default = None
        if value.type == "AssignmentPattern":
            value, default = value.left, value.right
        if value.type == "Identifier":
            found.append((keys + [key], value, default))
        elif value.type == "ObjectPattern" and default is None:
            if not _leaves(value, keys + [key], found):
                return False
        else:
            return False
    return True


def resolve(keys: list[str], event: str, only: set[str] | None = None) -> str | None:
    """The `event` expression for the Rules path ``keys`` (None: no equivalent); a
    renamed object becomes a view with the keys in ``only`` (all keys: None)."""
    table = catalog.mappings()["context"]
    for length in range(len(keys), 0, -1):
        path = ".".join(keys[:length])
        if path not in table:
            continue
        entry = table[path]
        rest = keys[length:]
        to = entry["to"].replace("event.", f"{event}.", 1)
        if entry.get("renamed"):
            if rest:
                return None
            return f"{to} && " + view(path, event, only=only)
        if rest:
            joint = "?." if entry.get("optional") else "."
            to += joint + ".".join(rest)
        return to
    return None


def view(
    path: str, event: str, indent: str = "", unit: str = "  ", only: set[str] | None = None
) -> str:
    """An object with the Rules key names of ``path`` (`""`: `context` itself) built from
    `event`; a renamed sub-object is itself such an object, when Actions has one (the
    callers guard ``path``'s own object the same way: `event.request.geoip && {...}`)."""
    table = catalog.mappings()["context"]
    prefix = f"{path}." if path else ""
    children = [k for k in table if k.startswith(prefix) and "." not in k[len(prefix) :]]
    inner = indent + unit
    lines = []
    if only is not None:
        children = [
            k
            for k in children
            if f"?{k}" in only
            or any(u == k or u.startswith(k + ".") or k.startswith(u + ".") for u in only)
        ]
    for key in children:
        entry = table[key]
        name = key[len(prefix) :]
        if entry.get("renamed"):
            source = entry["to"].replace("event.", f"{event}.", 1)
            value = f"{source} && " + view(key, event, inner, unit, only)
        else:
            value = entry["to"].replace("event.", f"{event}.", 1)
        lines.append(f"{inner}{name}: {value},")
    return "{\n" + "\n".join(lines) + f"\n{indent}}}"


def _declaration(
    ctx: FixContext, kind: str, keys: list[str], name: Any, default: Any, indent: str
) -> str | None:
    expression = resolve(keys, ctx.event, _keys_read(ctx, name, ".".join(keys)))
    if expression is None:
        return None
    expression = expression.replace("\n", ctx.source.newline + indent)
    if default is None:
        return f"{kind} {name.name} = {expression};"
    if "?." in expression or "{" in expression or "." not in expression:
        return None
    owner, _, key = expression.rpartition(".")
    target = name.name if key == name.name else f"{key}: {name.name}"
    return f"{kind} {{ {target} = {ctx.node_text(default)} }} = {owner};"


def _keys_read(ctx: FixContext, name: Any, path: str) -> set[str] | None:
    """The Rules paths read through the variable ``name`` (declared for ``path``), those
    only tested marked `?`: every use a static member chain or a test; None when it is
    used in any other way."""
    binding = ctx.analysis.declaration(name)
    if binding is None:
        return None
    found = set()
    for ref in binding.references:
        keys = []
        for key, _member in member_chain(ctx, ref):
            if key is None:
                return None
            keys.append(key)
        if not keys and is_test_only(ctx, ref):
            continue  # `if (geoip)`: reads no key
        if not keys or ctx.analysis.is_write(ref):
            return None
        tested = is_test_only(ctx, member_chain(ctx, ref)[-1][1])
        found.add(("?" if tested else "") + ".".join([path, *keys]))
    return found
