"""The rule function itself: parameters that cannot be rebound, and uses of its name.

The function head and its closing brace are replaced by the template; this fixer only
reports what that replacement cannot carry over.
"""

from __future__ import annotations

from ..analyze import ROLES
from . import FixContext, Fixes
from ._helpers import remove_statement

NAME = "rule-function"
ORDER = 0
CODES = ("R2A012", "R2A100", "R2A101", "R2A118")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    rule = ctx.rule
    if rule is None:
        return fixes
    function = rule.function
    for role in ROLES:
        param = rule.params.get(role)
        if param is None:
            if role == "callback":
                fixes.report(
                    "R2A118",
                    function,
                    "the rule has no `callback` parameter, so in Rules it never finished",
                )
            continue
        if param.type != "Identifier":
            fixes.report(
                "R2A100",
                param,
                f"the `{role}` parameter is not a plain name and cannot be rebound",
            )
        elif role not in rule.bindings:
            fixes.report(
                "R2A100",
                param,
                f"the `{role}` parameter `{param.name}` is replaced by a function of the "
                "same name in the rule",
            )
        elif rule.bindings[role].redeclared:
            fixes.report(
                "R2A100",
                param,
                f"the `{role}` parameter `{param.name}` is declared again with `var`; "
                "check the conversion of its uses",
            )
    # ``module.exports = rule;``: the Action exports its handler instead.
    for statement in rule.exports:
        remove_statement(ctx, fixes, statement)
    if rule.exported:
        exported = rule.exports[0] if rule.exports else rule.statement
        fixes.report(
            "R2A012",
            exported,
            "the file exported the rule function; the Action exports "
            "`onExecutePostLogin` instead",
        )
    removed = [s.range for s in rule.exports]
    binding = _name_binding(ctx, function)
    for ref in binding.references if binding is not None else []:
        if any(start <= ref.range[0] < end for start, end in removed):
            continue
        fixes.report(
            "R2A101",
            ref,
            f"`{rule.name}` is the rule function's name, which the Action does not have",
        )
    return fixes


def _name_binding(ctx: FixContext, function):
    if ctx.rule.name_binding is not None:
        return ctx.rule.name_binding  # `function rule`, `const rule = function ...`
    if function.id is None:
        return None
    if function.type == "FunctionDeclaration":
        scope = ctx.analysis.global_scope
    else:
        scope = ctx.analysis.scope_of_function[id(function)].parent
    binding = scope.bindings.get(function.id.name) if scope is not None else None
    return binding if binding is not None and binding.node is function.id else None
