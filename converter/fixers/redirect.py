"""Redirect rules: `context.redirect = { url }` → `api.redirect.sendUserTo(url)`, and the
`redirect-callback` pass → `exports.onContinuePostLogin`.

Rules ran a redirecting rule twice: first with the login's protocol, then, when the user
came back to `/continue`, again with `context.protocol === 'redirect-callback'` (where
`context.redirect` was ignored). Actions run `onExecutePostLogin`, then resume in
`onContinuePostLogin`. So the rule's body is specialised twice, by edits that apply to
one handler only:

- execute: every `context.protocol === 'redirect-callback'` test is false;
- continue: every such test is true, and `context.redirect = ...` is dropped.

An `if` on such a test keeps only the branch taken (`&&`-combined tests keep the other
conditions); in the continue handler, code after a branch that returns is dropped. Code
the rule ran on both passes thus runs in both handlers, and a check that only skipped the
continue pass disappears. Tests in other shapes (a `switch`, a ternary) are left to the
report (R2A302).
"""

from __future__ import annotations

from typing import Any

from ..astutil import STATEMENT_LISTS, string_value, walk
from . import FixContext, Fixes
from ._helpers import member_chain, remove_statement, shift_lines, usage

NAME = "redirect"
ORDER = 3
CODES = ("R2A360", "R2A361")

_CALLBACK = "redirect-callback"


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    if ctx.rule is None:
        return fixes
    redirects = []
    tests = []
    for ref in ctx.analysis.role_references("context"):
        chain = member_chain(ctx, ref)
        if not chain:
            continue
        if chain[0][0] == "redirect" and len(chain) == 1 and usage(ctx, chain[0][1]) == "write":
            redirects.append((ref, chain[0][1]))
        elif chain[0][0] == "protocol" and len(chain) == 1:
            test = _comparison(ctx, chain[0][1])
            if test is not None:
                tests.append((ref, test))
    for ref, member in redirects:
        _convert_redirect(ctx, fixes, ref, member)
    for ref, (comparison, equal) in tests:
        if _specialise(ctx, fixes, comparison, equal):
            fixes.handle(ref)
            if not redirects:
                _report_lost_continue_work(ctx, fixes, comparison, equal)
    if any(ctx.is_handled(r) or id(r) in fixes.handled for r, _m in redirects):
        fixes.continue_handler = True
    return fixes


def _report_lost_continue_work(ctx: FixContext, fixes: Fixes, comparison: Any, equal: bool) -> None:
    """A rule that does not redirect ran its `redirect-callback` branch after another rule's
    redirect; an Action is not resumed after another Action's redirect."""
    statement, conjuncts = _if_of(ctx, comparison)
    branch = statement.consequent if equal else statement.alternate
    if branch is None:
        return
    statements = branch.body if branch.type == "BlockStatement" else [branch]
    if all(s.type == "ReturnStatement" and _plain_or_callback_return(ctx, s) for s in statements):
        return  # it only skipped the continue pass: nothing is lost
    fixes.report(
        "R2A361",
        statement,
        "this rule does not redirect, but did work on the pass after another rule's "
        "redirect; move that work into the redirecting Action's onContinuePostLogin",
    )


def _comparison(ctx: FixContext, member: Any) -> tuple[Any, bool] | None:
    """The `context.protocol === 'redirect-callback'` test around ``member``:
    (comparison node, True for ===/==, False for !==/!=)."""
    parent = ctx.analysis.parent(member)
    if parent is None or parent.type != "BinaryExpression":
        return None
    if parent.operator not in ("===", "==", "!==", "!="):
        return None
    other = parent.right if parent.left is member else parent.left
    if string_value(other) != _CALLBACK:
        return None
    return parent, parent.operator in ("===", "==")


def _convert_redirect(ctx: FixContext, fixes: Fixes, ref: Any, member: Any) -> None:
    assignment = ctx.analysis.parent(member)
    statement = ctx.analysis.parent(assignment)
    value = assignment.right
    url = _url_of(value)
    if (
        assignment.operator != "="
        or statement is None
        or statement.type != "ExpressionStatement"
        or url is None
    ):
        return  # left for the report
    fixes.handle(ref)
    fixes.replace(statement.range[0], url.range[0], f"{ctx.api}.redirect.sendUserTo(")
    fixes.replace(url.range[1], assignment.range[1], ")")
    fixes.report(
        "R2A360",
        statement,
        "`context.redirect` becomes `api.redirect.sendUserTo`; the pass after the redirect "
        "runs `exports.onContinuePostLogin`",
    )
    # The pass after the redirect ignored `context.redirect`.
    if ctx.analysis.parent(statement).type in STATEMENT_LISTS:
        fixes.variant = "continue"
        remove_statement(ctx, fixes, _emptied_if(ctx, statement) or statement)
        fixes.variant = None


def _emptied_if(ctx: FixContext, statement: Any) -> Any:
    """The `if` that removing ``statement`` would leave empty (and that has no `else`
    and a test without side effects), so that it goes too."""
    block = ctx.analysis.parent(statement)
    owner = ctx.analysis.parent(block)
    if (
        block.type != "BlockStatement"
        or len(block.body) != 1
        or owner is None
        or owner.type != "IfStatement"
        or owner.consequent is not block
        or owner.alternate is not None
        or ctx.analysis.parent(owner).type not in STATEMENT_LISTS
    ):
        return None
    effects = ("CallExpression", "NewExpression", "AssignmentExpression", "UpdateExpression")
    if any(node.type in effects for node in walk(owner.test)):
        return None
    return owner


def _url_of(value: Any) -> Any:
    if value.type != "ObjectExpression" or len(value.properties) != 1:
        return None
    prop = value.properties[0]
    if prop.type != "Property" or prop.computed or prop.kind != "init":
        return None
    key = getattr(prop.key, "name", None) or getattr(prop.key, "value", None)
    if key != "url":
        return None
    return prop.value


def _specialise(ctx: FixContext, fixes: Fixes, comparison: Any, equal: bool) -> bool:
    """Edits that evaluate ``comparison`` in each handler; False when its shape is not an
    `if` test (then it is reported instead)."""
    statement, conjuncts = _if_of(ctx, comparison)
    if statement is None:
        return False
    for variant, continuing in (("execute", False), ("continue", True)):
        fixes.variant = variant
        value = continuing == equal
        if not value:
            _keep_branch(ctx, fixes, statement, statement.alternate)
        elif len(conjuncts) == 1:
            _keep_branch(ctx, fixes, statement, statement.consequent)
        else:
            _drop_conjunct(fixes, comparison, conjuncts)
        fixes.variant = None
    return True


def _if_of(ctx: FixContext, comparison: Any) -> tuple[Any, list[Any]]:
    """The `if` whose test is the comparison, or an `&&` chain holding it."""
    node = comparison
    parent = ctx.analysis.parent(node)
    while parent is not None and parent.type == "LogicalExpression" and parent.operator == "&&":
        node = parent
        parent = ctx.analysis.parent(node)
    if parent is None or parent.type != "IfStatement" or parent.test is not node:
        return None, []
    if ctx.analysis.parent(parent).type not in STATEMENT_LISTS:
        return None, []  # `else if (...)`, an unbraced branch: reported instead
    return parent, _conjuncts(node)


def _conjuncts(node: Any) -> list[Any]:
    if node.type == "LogicalExpression" and node.operator == "&&":
        return _conjuncts(node.left) + _conjuncts(node.right)
    return [node]


def _drop_conjunct(fixes: Fixes, comparison: Any, conjuncts: list[Any]) -> None:
    index = conjuncts.index(comparison)
    if index == 0:
        fixes.replace(comparison.range[0], conjuncts[1].range[0], "")
    else:
        fixes.replace(conjuncts[index - 1].range[1], comparison.range[1], "")


def _keep_branch(ctx: FixContext, fixes: Fixes, statement: Any, branch: Any) -> None:
    """Replace the `if` by the statements of ``branch`` (or by nothing)."""
    parent = ctx.analysis.parent(statement)
    if parent.type not in STATEMENT_LISTS:
        return
    if branch is None or (branch.type == "BlockStatement" and not branch.body):
        remove_statement(ctx, fixes, statement)
        return
    source, text = ctx.source, ctx.text
    statements = branch.body if branch.type == "BlockStatement" else [branch]
    last = statements[-1]
    returns = last.type == "ReturnStatement"  # the rest of the block never runs
    ends_handler = returns and parent is ctx.rule.body
    keep = statements[:-1] if ends_handler and _plain_or_callback_return(ctx, last) else statements
    if_line = source.line_start(statement.range[0])
    line_based = (
        branch.type == "BlockStatement"
        and not text[if_line : statement.range[0]].strip()
        and all(
            not text[source.line_start(s.range[0]) : s.range[0]].strip() for s in statements[:1]
        )
    )
    if not line_based:
        if not keep:
            remove_statement(ctx, fixes, statement)
            return
        fixes.replace(statement.range[0], keep[0].range[0], "")
        fixes.replace(keep[-1].range[1], statement.range[1], "")
        return
    newline = len(source.newline)
    if keep:
        first_line = source.line_start(keep[0].range[0])
        fixes.replace(if_line, first_line, "")
        delta = len(source.indentation(statement.range[0])) - len(
            source.indentation(keep[0].range[0])
        )
        shift_lines(ctx, fixes, first_line - 1, keep[-1].range[1], delta)
        cut_from = source.line_end(keep[-1].range[1])
    else:
        cut_from = if_line
    siblings = getattr(parent, STATEMENT_LISTS[parent.type])
    rest = siblings[siblings.index(statement) + 1 :]
    if ends_handler:
        # Whole lines go, up to the line of the handler's closing brace.
        closing_line = source.line_start(ctx.rule.body.range[1] - 1)
        if keep:
            cut_from = min(cut_from + newline, closing_line)
        _cut_keeping_functions(ctx, fixes, cut_from, max(cut_from, closing_line), statement, rest)
        return
    if not keep:
        remove_statement(ctx, fixes, statement)
        return
    if_end = source.line_end(statement.range[1])
    fixes.replace(cut_from, if_end, "")
    if returns and rest:
        # whole lines, so that it composes with other line deletions
        rest_end = source.line_end(rest[-1].range[1])
        start = min(if_end + newline, len(text))
        _cut_keeping_functions(
            ctx, fixes, start, max(start, min(rest_end + newline, len(text))), statement, rest
        )


def _cut_keeping_functions(
    ctx: FixContext, fixes: Fixes, start: int, end: int, statement: Any, rest: list[Any]
) -> None:
    """Delete the text from ``start`` to ``end`` (whole lines after the branch kept in place
    of ``statement``), except the function declarations among the statements that followed
    it, with the lines above each: they are hoisted, so the kept code may call them."""
    source, text = ctx.source, ctx.text
    newline = len(source.newline)
    position = start
    previous = statement
    for sibling in rest:
        if sibling.type == "FunctionDeclaration":
            keep_from = min(source.line_end(previous.range[1]) + newline, len(text))
            keep_to = min(source.line_end(sibling.range[1]) + newline, len(text))
            if keep_from > position:
                fixes.replace(position, min(keep_from, end), "")
            position = max(position, keep_to)
        previous = sibling
    if end > position:
        fixes.replace(position, end, "")


def _plain_or_callback_return(ctx: FixContext, statement: Any) -> bool:
    argument = statement.argument
    if argument is None:
        return True
    return argument.type == "CallExpression" and ctx.analysis.plays(argument.callee, "callback")
