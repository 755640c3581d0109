"""Names defined nowhere: reported (R2A440, warning), never rewritten.

The analysis resolves every identifier reference to a binding of the file or to a global.
A global that is not a JavaScript or Node.js global (``[javascript]`` in mappings.toml, the
lists ESLint's ``no-undef`` uses), not a Rules sandbox global and not a sandbox module
(``[sandbox]``) is defined nowhere: the rule already throws a ``ReferenceError`` there, and
so would the Action. Making it work would change what the rule does, so the code stays and
a TODO line says why.

Not reported, as in ``no-undef``: ``typeof name`` (it does not throw) and ``arguments``
inside a non-arrow function; nor Deploy CLI keyword markers. A dashed key written as a property
(``configuration.node-client-id``, read as ``configuration.node - client - id``) is
reported once, with the key it probably meant.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from .. import catalog
from ..astutil import FUNCTION_TYPES
from . import FixContext, Fixes
from ._helpers import dashed_key

NAME = "undefined-names"
ORDER = 990
CODES = ("R2A440",)

# Deploy CLI keyword markers (`@@KEY@@`, `##KEY##`) are parsed masked as `$$KEY$$` / `$_KEY_$`
# (parser.mask_keywords): values the Deploy CLI puts in, not names.
_KEYWORD_MASK = re.compile(r"\$\$[A-Za-z_][A-Za-z0-9_]*\$\$|\$_[A-Za-z_][A-Za-z0-9_]*_\$")


@functools.cache
def defined_globals() -> frozenset[str]:
    """Every global name a rule can use without declaring it."""
    tables = catalog.mappings()
    javascript = tables["javascript"]
    return frozenset(
        set(javascript["builtin"])
        | set(javascript["node"])
        | set(javascript["rules"])
        | set(tables["sandbox"])
    )


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    analysis = ctx.analysis
    known = defined_globals()
    refs = [
        ref
        for name, found in analysis.globals.items()
        if name not in known
        for ref in found
        if not _exempt(ctx, ref)
    ]
    assigned = {ref.name for ref in refs if analysis.is_write(ref)}  # implicit globals
    on_global = _global_keys(ctx)  # `global.NAME = ...` in this file: bare `NAME` reads it
    done: set[int] = set()  # dashed-key expressions already reported
    for ref in sorted(refs, key=lambda r: r.range[0]):
        dashed = _dashed_key(ctx, ref)
        if dashed is not None:
            expression, text, spelled, missing, meant = dashed
            if id(expression) not in done:
                done.add(id(expression))
                names = ", ".join(f"`{n}`" for n in missing)
                fixes.report(
                    "R2A440",
                    expression,
                    f"`{text}` reads `{spelled}`, and {names} "
                    f"{'is' if len(missing) == 1 else 'are'} defined nowhere: the rule throws "
                    f"a ReferenceError here; the key is probably `{meant}`",
                )
            continue
        if ref.name in on_global:
            fixes.report(
                "R2A440",
                ref,
                f"`{ref.name}` is declared nowhere: it resolves only through `global.{ref.name}`, "
                f"which this rule sets; write `global.{ref.name}` to say so (linters flag the "
                "bare name)",
            )
        elif ref.name in assigned:
            fixes.report(
                "R2A440",
                ref,
                f"`{ref.name}` is assigned but declared nowhere: an implicit global, shared "
                "between logins (a ReferenceError in strict mode); declare it with `let`",
            )
        else:
            fixes.report(
                "R2A440",
                ref,
                f"`{ref.name}` is defined nowhere (not a variable, a parameter, a Rules sandbox "
                "global or a Node.js global): the rule throws a ReferenceError here, unless "
                f"another rule sets `global.{ref.name}`",
            )
    return fixes


def _global_keys(ctx: FixContext) -> set[str]:
    """Keys the file sets as ``global.NAME = ...`` (or ``globalThis.NAME = ...``)."""
    keys = set()
    for owner in ("global", "globalThis"):
        for ref in ctx.analysis.global_references(owner):
            member = ctx.analysis.parent(ref)
            if member is None or member.type != "MemberExpression" or member.object is not ref:
                continue
            if member.computed or member.property.type != "Identifier":
                continue
            assignment = ctx.analysis.parent(member)
            if assignment is not None and assignment.type == "AssignmentExpression":
                if assignment.left is member:
                    keys.add(member.property.name)
    return keys


def _exempt(ctx: FixContext, ref: Any) -> bool:
    if _KEYWORD_MASK.fullmatch(ref.name):
        return True
    parent = ctx.analysis.parent(ref)
    if parent is not None and parent.type == "UnaryExpression" and parent.operator == "typeof":
        return True
    if ref.name == "arguments":
        return any(
            a.type in FUNCTION_TYPES and a.type != "ArrowFunctionExpression"
            for a in ctx.analysis.ancestors(ref)
        )
    return False


def _dashed_key(ctx: FixContext, ref: Any) -> tuple[Any, str, str, list[str], str] | None:
    """For ``obj.a-b-c`` (see ``dashed_key``): the whole expression, the text as written, the
    text as JavaScript reads it, the names that are defined nowhere, and the bracketed key it
    probably meant."""
    found = dashed_key(ctx, ref)
    if found is None:
        return None
    node, head, operands = found
    known = defined_globals()
    missing = [
        o.name
        for o in operands
        if ctx.analysis.resolve(o) is None and o.name not in known and not _exempt(ctx, o)
    ]
    written = ctx.node_text(node)
    spelled = " - ".join([ctx.node_text(head)] + [o.name for o in operands])
    key = "-".join([head.property.name] + [o.name for o in operands])
    meant = f"{ctx.node_text(head.object)}[{ctx.string(key)}]"
    return node, written, spelled, missing, meant
