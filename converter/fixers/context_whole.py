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
from ._helpers import property_key

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


def resolve(keys: list[str], event: str) -> str | None:
    """The `event` expression for the Rules path ``keys`` (None: no equivalent)."""
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
            return f"{to} && " + view(path, event)
        if rest:
            joint = "?." if entry.get("optional") else "."
            to += joint + ".".join(rest)
        return to
    return None


def view(path: str, event: str, indent: str = "", unit: str = "  ") -> str:
    """An object with the Rules key names of ``path`` (`""`: `context` itself) built from
    `event`; a renamed sub-object is itself such an object, when Actions has one (the
    callers guard ``path``'s own object the same way: `event.request.geoip && {...}`)."""
    table = catalog.mappings()["context"]
    prefix = f"{path}." if path else ""
    children = [k for k in table if k.startswith(prefix) and "." not in k[len(prefix) :]]
    inner = indent + unit
    lines = []
    for key in children:
        entry = table[key]
        name = key[len(prefix) :]
        if entry.get("renamed"):
            source = entry["to"].replace("event.", f"{event}.", 1)
            value = f"{source} && " + view(key, event, inner, unit)
        else:
            value = entry["to"].replace("event.", f"{event}.", 1)
        lines.append(f"{inner}{name}: {value},")
    return "{\n" + "\n".join(lines) + f"\n{indent}}}"


def _declaration(
    ctx: FixContext, kind: str, keys: list[str], name: Any, default: Any, indent: str
) -> str | None:
    expression = resolve(keys, ctx.event)
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
