"""Plain `context.*` reads → `event.*` (table `[context]` in data/mappings.toml).

The longest known path is replaced and the rest of the member chain is kept as written,
so `context.request.query.foo` becomes `event.request.query.foo`. Objects Actions may
leave undefined get `?.` when the chain goes on. Writes, unknown keys and protocol
comparisons that Actions cannot reproduce are left for the report.
"""

from __future__ import annotations

from typing import Any

from .. import catalog
from ..astutil import string_value
from . import FixContext, Fixes
from ._helpers import find_char, is_test_only, member_chain, usage

NAME = "context-reads"
ORDER = 40
CODES = ("R2A301", "R2A302", "R2A303")

_COMPARISONS = ("===", "!==", "==", "!=")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    tables = catalog.mappings()
    table: dict[str, Any] = tables["context"]
    rules_only: dict[str, str] = tables["protocols"]["rules_only"]
    for ref in ctx.analysis.role_references("context"):
        if ctx.is_handled(ref):
            continue
        chain = member_chain(ctx, ref)
        keys: list[str] = []
        for key, _member in chain:
            if key is None:
                break
            keys.append(key)
        matched = 0
        for length in range(len(keys), 0, -1):
            if ".".join(keys[:length]) in table:
                matched = length
                break
        if not matched:
            continue
        path = ".".join(keys[:matched])
        entry = table[path]
        member = chain[matched - 1][1]
        written = next((m for _k, m in chain if usage(ctx, m) != "read"), None)
        if written is not None:
            fixes.handle(ref)
            fixes.report(
                "R2A303",
                written,
                f"`context.{'.'.join(keys) or path}` is written; `event` is read-only in Actions",
            )
            continue
        if entry.get("renamed") and matched < len(keys):
            continue  # a key this table does not know: reported as not converted
        if path == "protocol":
            value = _compared_rules_only_value(ctx, member, rules_only)
            if value is not None:
                fixes.handle(ref)
                fixes.report(
                    "R2A302",
                    member,
                    f"`context.protocol` is compared with {value!r}, which Actions never "
                    f"reports ({rules_only[value]})",
                )
                continue
        fixes.handle(ref)
        replacement = entry["to"].replace("event.", f"{ctx.event}.", 1)
        end = member.range[1]
        goes_on = matched < len(chain)
        if (
            entry.get("optional")
            and goes_on
            and not chain[matched][1].optional
            and not _guarded(ctx, member)
        ):
            following = chain[matched][1]
            if following.computed:
                end = find_char(ctx, end, following.property.range[0], "[")
            else:
                end = find_char(ctx, end, following.property.range[0], ".") + 1
            replacement += "?."
        fixes.replace(ref.range[0], end, replacement)
        if entry.get("renamed") and not goes_on and not is_test_only(ctx, member):
            fixes.report(
                "R2A301",
                member,
                f"`context.{path}` is used as a whole; its keys have other names in Actions",
            )
        elif entry.get("renamed") and goes_on and chain[matched][0] is None:
            fixes.report(
                "R2A301",
                chain[matched][1],
                f"`context.{path}` is read with a computed key; its keys have other names "
                "in Actions",
            )
    return fixes


def _guarded(ctx: FixContext, member: Any) -> bool:
    """True when ``member`` (say `context.authorization`) is only reached after a test of
    the same expression: `x && x.roles`, `x ? x.name : d`, `if (x) { ... x.name ... }`."""
    text = " ".join(ctx.node_text(member).split())
    child = member
    for ancestor in ctx.analysis.ancestors(member):
        test = None
        if ancestor.type == "LogicalExpression" and ancestor.operator == "&&":
            test = ancestor.left if ancestor.right is child else None
        elif ancestor.type in ("ConditionalExpression", "IfStatement"):
            test = ancestor.test if ancestor.consequent is child else None
        elif ancestor.type in (
            "FunctionExpression",
            "FunctionDeclaration",
            "ArrowFunctionExpression",
        ):
            return False
        if test is not None and any(
            " ".join(ctx.node_text(c).split()) == text for c in _conjuncts(test)
        ):
            return True
        child = ancestor
    return False


def _conjuncts(node: Any) -> list[Any]:
    if node.type == "LogicalExpression" and node.operator == "&&":
        return _conjuncts(node.left) + _conjuncts(node.right)
    return [node]


def _compared_rules_only_value(ctx: FixContext, member: Any, rules_only: dict) -> str | None:
    parent = ctx.analysis.parent(member)
    if parent is None:
        return None
    if parent.type == "BinaryExpression" and parent.operator in _COMPARISONS:
        other = parent.right if parent.left is member else parent.left
        value = string_value(other)
        return value if value in rules_only else None
    if parent.type == "SwitchStatement" and parent.discriminant is member:
        for case in parent.cases:
            value = string_value(case.test) if case.test is not None else None
            if value in rules_only:
                return value
    return None
