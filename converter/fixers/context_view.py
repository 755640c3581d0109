"""`context` passed whole to code that only reads it → a read-only view built from `event`.

`console.log('login', context)`, `JSON.stringify(context)`, `audit.record(context)` or a
helper that only reads its parameter: Actions has no `context`, but an object with the
Rules key names built from `event` (table `[context]`, renamed keys included) gives such
code what it read. A function `rulesContext(event)` at module scope builds it, and each
such use becomes `rulesContext(event)` (a new name: a use of `context` left for a person
still fails loudly). Reported (R2A307, info) with what it is not: a copy, so writes to it
change nothing, without `idToken`, `redirect` and the other side-effect properties.

Never where the code may write to it: `Object.assign(context, ...)` and its library
cousins, a helper that assigns to its parameter, or an assignment target. Those stay for
the safety net (R2A300).
"""

from __future__ import annotations

from typing import Any

from ..astutil import FUNCTION_TYPES, static_key
from . import FixContext, Fixes
from ._helpers import fresh_name, member_chain, replace_reference, usage
from .modules import module_insertion_point
from .context_whole import view

NAME = "context-view"
ORDER = 975  # after every converting fixer, before the callees fixer
CODES = ("R2A307",)

# Functions that write into their first argument.
_WRITERS = {"assign", "extend", "merge", "defaults", "defaultsDeep", "set", "mergeWith",
            "assignIn", "defineProperty", "defineProperties", "setPrototypeOf", "freeze"}  # fmt: skip


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    rule = ctx.rule
    if rule is None or rule.body.type != "BlockStatement" or not rule.body.body:
        return fixes
    uses = []
    for ref in ctx.analysis.role_references("context"):
        if ctx.is_handled(ref) or member_chain(ctx, ref):
            continue
        if _read_only_use(ctx, ref):
            uses.append(ref)
    if not uses:
        return fixes
    name = fresh_name(ctx, "rulesContext")
    for ref in uses:
        fixes.handle(ref)
        replace_reference(ctx, fixes, ref, f"{name}({ctx.event})")
        fixes.report(
            "R2A307",
            ref,
            f"`{ref.name}` is passed whole to code that reads it: it gets `{name}({ctx.event})`, "
            "a read-only view of the Rules `context` (writes to it change nothing, and it has "
            "no `idToken`, `redirect` or `multifactor`)",
        )
    nl = ctx.source.newline
    text = (
        "// The Rules `context` as code written for Rules reads it, built from the Action's"
        f"{nl}// `event`: a read-only view, writes to it change nothing (rules2actions R2A307)."
        f"{nl}function {name}(event) {{{nl}  return "
        + view("", "event", "  ", "  ").replace("\n", nl)
        + f";{nl}}}{nl}{nl}"
    )
    fixes.insert(module_insertion_point(ctx), text)
    return fixes


def _read_only_use(ctx: FixContext, ref: Any) -> bool:
    """A call argument (not to `callback`, not into a writer), or spread into an object."""
    analysis = ctx.analysis
    parent = analysis.parent(ref)
    if parent is None or usage(ctx, ref) != "read":
        return False
    if parent.type == "SpreadElement":
        holder = analysis.parent(parent)
        return holder is not None and holder.type in ("ObjectExpression", "ArrayExpression")
    if parent.type != "CallExpression" or ref not in parent.arguments:
        return False
    callee = parent.callee
    if analysis.plays(callee, "callback") or _feeds_callback(ctx, parent):
        return False  # its result goes on as the context: it may well write to it
    root = callee
    while root.type == "MemberExpression":
        root = root.object
    if root.type == "Identifier" and root.name == "global" and analysis.resolve(root) is None:
        return False  # a helper of another rule: nothing says it only reads
    if callee.type == "Identifier" and analysis.resolve(callee) is None:
        return False  # a function defined nowhere in sight
    index = parent.arguments.index(ref)
    if callee.type == "MemberExpression" and static_key(callee) in _WRITERS and index == 0:
        return False
    function = analysis.called_function(parent)
    if function is not None:
        params = function.params
        param = params[index] if index < len(params) else None
        held = ctx.analysis.scope_of_function[id(function)].bindings.get(getattr(param, "name", ""))
        if held is not None and analysis.role_of(held) is not None:
            return False  # the helper's parameter plays `context`: converted there
    if function is None and callee.type == "Identifier":
        target = analysis.resolve(callee)
        if target is not None and analysis.parent(target.node) is not None:
            holder = analysis.parent(target.node)
            if holder.type in FUNCTION_TYPES:
                function = holder
            elif holder.type == "VariableDeclarator" and holder.init is not None:
                function = holder.init if holder.init.type in FUNCTION_TYPES else None
            if function is None:
                return False  # a value we cannot see into (a parameter, say)
    if function is not None:
        return _only_reads_param(ctx, function, index)
    return True


def _only_reads_param(ctx: FixContext, function: Any, index: int) -> bool:
    """True when the function's parameter ``index`` is only read through member chains."""
    params = function.params
    if index >= len(params) or params[index].type != "Identifier":
        return False
    scope = ctx.analysis.scope_of_function[id(function)]
    binding = scope.bindings.get(params[index].name)
    if binding is None or binding.node is not params[index]:
        return False
    for ref in binding.references:
        chain = member_chain(ctx, ref)
        if ctx.analysis.is_write(ref) or not chain:
            return False
        if any(usage(ctx, member) != "read" for _key, member in chain):
            return False
    return True


def _feeds_callback(ctx: FixContext, call: Any) -> bool:
    """The call's value ends up in the arguments of a `callback(...)` call."""
    for ancestor in ctx.analysis.ancestors(call):
        if ancestor.type in FUNCTION_TYPES or ancestor.type.endswith("Statement"):
            return False
        if ancestor.type == "CallExpression" and ctx.analysis.plays(ancestor.callee, "callback"):
            return True
    return False
