"""`context.multifactor = {...}` → `api.multifactor.enable(provider, options)`.

Converts a plain assignment statement whose value is an object literal, or a local
variable initialised with one and used nowhere else. The provider must be a string
literal; it becomes the first argument and leaves the options. Duo's `ikey`, `skey`,
`host` and `username` move under `providerOptions`. `allowRememberBrowser` is always
passed: Rules treated a missing value as `true`, Actions as `false`, so `true` is added
when the rule left it out (info finding). `provider: 'none'` becomes `enable('none')`.

Left as they are, with a TODO line: unknown options (`ignoreCookie`, `issuer`), a
provider that is not a literal, conditional or computed objects, reads and later
mutations of `context.multifactor`, and assignments that may run more than once (in
Rules the last one won; two `enable` calls are not proven to behave the same). "More
than once" is decided by control-flow paths (``_helpers.exclusive``): assignments in
exclusive branches, early-return branches or `switch` cases each convert.
"""

from __future__ import annotations

from typing import Any

from .. import catalog
from ..astutil import string_value
from . import FixContext, Fixes
from ._helpers import (
    all_exclusive,
    exclusive,
    find_char,
    line_span,
    may_repeat,
    member_chain,
    plain_assignment,
    property_key,
)

NAME = "multifactor"
ORDER = 35
CODES = ("R2A320", "R2A321", "R2A322", "R2A323")


class _Unconvertible(Exception):
    def __init__(self, code: str, node: Any, message: str):
        super().__init__(message)
        self.code = code
        self.node = node
        self.message = message


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    table = catalog.mappings()["multifactor"]
    sites: list[tuple[Any, Any, Any]] = []  # (ref, member, assignment)
    others: list[tuple[Any, Any]] = []
    for ref in ctx.analysis.role_references("context"):
        if ctx.is_handled(ref):
            continue
        chain = member_chain(ctx, ref)
        if not chain or chain[0][0] != "multifactor":
            continue
        fixes.handle(ref)
        member = chain[0][1]
        assignment = plain_assignment(ctx, member)
        if assignment is None:
            others.append((ref, member))
        else:
            sites.append((ref, member, assignment))
    if not sites and not others:
        return fixes
    for _ref, member in others:
        fixes.report(
            "R2A320",
            member,
            "`context.multifactor` is read or changed here; Actions cannot read the MFA "
            "setting back: keep the options in a local variable and call "
            f"`{ctx.api}.multifactor.enable(provider, options)` once",
        )
    if others:
        for _ref, member, _assignment in sites:
            fixes.report(
                "R2A320",
                member,
                "`context.multifactor` is also read or changed elsewhere in the rule; "
                f"convert it to one `{ctx.api}.multifactor.enable(provider, options)` by hand",
            )
        return fixes
    repeated = any(may_repeat(ctx, a) for _r, _m, a in sites)
    if repeated or (len(sites) > 1 and not all_exclusive(ctx, [a for _r, _m, a in sites])):
        for _ref, member, assignment in sites:
            fixes.report("R2A323", member, _repeat_message(ctx, assignment, sites))
        return fixes
    for ref, member, assignment in sites:
        try:
            _convert(ctx, fixes, table, ref, member, assignment)
        except _Unconvertible as problem:
            fixes.report(problem.code, problem.node, problem.message)
    return fixes


def _repeat_message(ctx: FixContext, assignment: Any, sites: list) -> str:
    last = "in Rules the last value won: call `enable` once with the final options"
    if may_repeat(ctx, assignment):
        return (
            "`context.multifactor` is set in a loop (or an array callback), so it may be set "
            f"more than once in one login; {last}"
        )
    lines = sorted(
        ctx.source.position(a.range[0])[0]
        for _r, _m, a in sites
        if a is not assignment and not exclusive(ctx, assignment, a)
    )
    if lines:
        where = ", ".join(str(line) for line in lines)
        plural = "s" if len(lines) > 1 else ""
        return (
            f"`context.multifactor` is also set on one path with this assignment (line{plural} "
            f"{where} of the rule); {last}"
        )
    return (
        "`context.multifactor` may be set more than once in one login (another assignment "
        f"runs in a loop); {last}"
    )


def _convert(
    ctx: FixContext, fixes: Fixes, table: dict, ref: Any, member: Any, assignment: Any
) -> None:
    value = assignment.right
    obj, variable = value, None
    if value.type == "Identifier":
        obj, variable = _variable_object(ctx, value), value
    if variable is not None and obj is None:
        raise _Unconvertible(
            "R2A320",
            member,
            f"`context.multifactor` is set from `{variable.name}`, which is not a local object "
            "literal used only here (it may be built or changed elsewhere); call "
            f"`{ctx.api}.multifactor.enable(provider, options)` with its final values",
        )
    if obj is None or obj.type != "ObjectExpression":
        raise _Unconvertible(
            "R2A320",
            member,
            "`context.multifactor` is set to a value that is not an object literal written "
            f"here; call `{ctx.api}.multifactor.enable(provider, options)` with its provider "
            "and options",
        )
    props = _properties(ctx, obj, member, table)
    provider_prop = props.get("provider")
    provider = string_value(provider_prop.value) if provider_prop is not None else None
    if provider not in table["providers"]:
        raise _Unconvertible(
            "R2A320",
            member,
            "the MFA provider is not one of the string literals "
            f"{', '.join(repr(p) for p in table['providers'])}; call "
            f"`{ctx.api}.multifactor.enable(provider, options)` with the provider it holds",
        )
    duo_keys = [k for k in props if k in table["duo_options"]]
    if duo_keys and provider != "duo":
        raise _Unconvertible(
            "R2A322",
            props[duo_keys[0]],
            f"`{duo_keys[0]}` is a Duo option but the provider is {provider!r}; Actions "
            "takes Duo options only for `duo`: drop it or switch the provider",
        )
    if duo_keys:
        indices = [obj.properties.index(props[k]) for k in duo_keys]
        if indices != list(range(indices[0], indices[0] + len(indices))):
            raise _Unconvertible(
                "R2A320",
                props[duo_keys[0]],
                "the Duo options (`ikey`, `skey`, `host`, `username`) are not next to each "
                "other; move them under `providerOptions` by hand",
            )
    # Every check is done: from here on, edits.
    head = f"{ctx.api}.multifactor.enable({ctx.node_text(provider_prop.value)}"
    if provider == "none":
        for key, prop in props.items():
            if key != "provider" and prop.value.type != "Literal":
                raise _Unconvertible(
                    "R2A320",
                    prop,
                    f"provider 'none' comes with an option `{key}` computed at run time; "
                    f"call `{ctx.api}.multifactor.enable('none')` after checking it is unused",
                )
        if variable is None:
            fixes.replace(ref.range[0], obj.range[1], head + ")")
        else:
            fixes.replace(ref.range[0], variable.range[1], head + ")")
        return
    if variable is None:
        fixes.replace(ref.range[0], obj.range[0], head + ", ")
        fixes.insert(obj.range[1], ")")
    else:
        fixes.replace(ref.range[0], variable.range[0], head + ", ")
        fixes.insert(variable.range[1], ")")
    if duo_keys:
        _nest_duo(ctx, fixes, obj, [props[k] for k in duo_keys])
    if "allowRememberBrowser" in props:
        _remove_property(ctx, fixes, obj, provider_prop)
    else:
        fixes.replace_node(provider_prop, "allowRememberBrowser: true")
        fixes.report(
            "R2A321",
            provider_prop,
            "`allowRememberBrowser` was not set: Rules treated that as `true`, Actions as "
            "`false`; `allowRememberBrowser: true` is passed to keep the Rule's behaviour",
        )


def _variable_object(ctx: FixContext, identifier: Any) -> Any:
    """The object literal a local variable was initialised with, when the variable is
    used nowhere but here (so nothing changes the object on the way)."""
    binding = ctx.analysis.resolve(identifier)
    if binding is None or binding.kind not in ("var", "let", "const"):
        return None
    if [r for r in binding.references if r is not identifier]:
        return None
    declarator = ctx.analysis.parent(binding.node)
    if declarator is None or declarator.type != "VariableDeclarator":
        return None
    if declarator.id is not binding.node or declarator.init is None:
        return None
    if declarator.init.type != "ObjectExpression" or declarator.range[1] > identifier.range[0]:
        return None
    if ctx.analysis.enclosing_function(declarator) is not ctx.analysis.enclosing_function(
        identifier
    ):
        return None
    return declarator.init


def _properties(ctx: FixContext, obj: Any, member: Any, table: dict) -> dict[str, Any]:
    props: dict[str, Any] = {}
    known = {"provider", "allowRememberBrowser", *table["duo_options"]}
    for prop in obj.properties:
        key = property_key(prop)
        if key is None:
            raise _Unconvertible(
                "R2A320",
                member,
                "the MFA options use a spread, a computed key, a shorthand or a method; "
                f"call `{ctx.api}.multifactor.enable(provider, options)` by hand",
            )
        if key in props:
            raise _Unconvertible("R2A320", prop, f"the MFA option `{key}` is set twice")
        if key not in known:
            hint = table["unknown"].get(key, "Actions has no such option")
            raise _Unconvertible(
                "R2A322",
                prop,
                f"the MFA option `{key}` has no equivalent in `api.multifactor.enable`: {hint}",
            )
        props[key] = prop
    return props


def _remove_property(ctx: FixContext, fixes: Fixes, obj: Any, prop: Any) -> None:
    """Delete ``prop`` and its comma; its line goes too when nothing else is on it."""
    source = ctx.source
    index = obj.properties.index(prop)
    following = obj.properties[index + 1] if index + 1 < len(obj.properties) else None
    limit = following.range[0] if following is not None else obj.range[1] - 1
    comma = find_char(ctx, prop.range[1], limit, ",")
    end = comma + 1 if comma != -1 else prop.range[1]
    if not ctx.text[source.line_start(prop.range[0]) : prop.range[0]].strip():
        if not ctx.text[end : source.line_end(end)].strip():
            start, stop = line_span(ctx, prop.range[0], end)
            if not _comments_between(ctx, start, stop):
                fixes.replace(start, stop, "")
                return
        while end < len(ctx.text) and ctx.text[end] in " \t":
            end += 1
        fixes.replace(prop.range[0], end, "")
        return
    if following is not None:
        fixes.replace(prop.range[0], following.range[0], "")
    else:
        fixes.replace(obj.properties[index - 1].range[1], prop.range[1], "")


def _comments_between(ctx: FixContext, start: int, end: int) -> bool:
    return any(c.range[0] < end and c.range[1] > start for c in ctx.comments)


def _nest_duo(ctx: FixContext, fixes: Fixes, obj: Any, duo: list[Any]) -> None:
    indices = [obj.properties.index(p) for p in duo]
    first = obj.properties[indices[0]]
    last = obj.properties[indices[-1]]
    source = ctx.source
    newline = source.newline
    if all(not ctx.text[source.line_start(p.range[0]) : p.range[0]].strip() for p in duo):
        indent = source.indentation(first.range[0])
        outer = source.indentation(obj.range[0])
        unit = indent[len(outer) :] if indent.startswith(outer) and indent != outer else "  "
        fixes.insert(source.line_start(first.range[0]), f"{indent}providerOptions: {{{newline}")
        for prop in duo:
            fixes.insert(source.line_start(prop.range[0]), unit)
        line_end = source.line_end(last.range[1])
        rest = _without_comments(ctx, last.range[1], line_end).strip()
        if rest in ("", ","):
            # After the comma and any trailing comment, so the comment stays with its key.
            fixes.insert(line_end, f"{newline}{indent}}}{rest}")
        else:
            fixes.insert(last.range[1], f"{newline}{indent}}}")
    else:
        fixes.insert(first.range[0], "providerOptions: { ")
        fixes.insert(last.range[1], " }")


def _without_comments(ctx: FixContext, start: int, end: int) -> str:
    text = ctx.text[start:end]
    for comment in sorted(ctx.comments, key=lambda c: -c.range[0]):
        if comment.range[0] >= start and comment.range[1] <= end:
            a, b = comment.range[0] - start, comment.range[1] - start
            text = text[:a] + text[b:]
    return text
