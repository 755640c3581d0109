"""Shared helpers for fixers (not a fixer: the registry skips ``_`` modules)."""

from __future__ import annotations

from typing import Any

from ..astutil import FUNCTION_TYPES, STATEMENT_LISTS, static_key
from . import FixContext, Fixes


def member_chain(ctx: FixContext, node: Any) -> list[tuple[str | None, Any]]:
    """The member accesses applied to ``node``: ``context.a.b[x]`` gives
    ``[('a', m1), ('b', m2), (None, m3)]``; a computed key that is not a constant
    string is ``None`` and ends the static part of the chain. (The tree does not change
    while the fixers run: each chain is found once; callers must not change it.)"""
    chain = ctx.chains.get(id(node))
    if chain is not None:
        return chain
    chain = []
    parents = ctx.analysis.parents
    current = node
    parent = parents.get(id(current))
    while parent is not None and parent.type == "MemberExpression" and parent.object is current:
        chain.append((static_key(parent), parent))
        current = parent
        parent = parents.get(id(current))
    ctx.chains[id(node)] = chain
    return chain


def outer_expression(ctx: FixContext, node: Any) -> Any:
    """``node`` or the ChainExpression (``a?.b``) that wraps it."""
    parent = ctx.analysis.parent(node)
    return parent if parent is not None and parent.type == "ChainExpression" else node


def usage(ctx: FixContext, node: Any) -> str:
    """How an expression is used: 'write' (assigned or updated), 'delete', or 'read'."""
    outer = outer_expression(ctx, node)
    parent = ctx.analysis.parent(outer)
    if parent is None:
        return "read"
    if parent.type == "AssignmentExpression" and parent.left is outer:
        return "write"
    if parent.type == "UpdateExpression":
        return "write"
    if parent.type == "UnaryExpression" and parent.operator == "delete":
        return "delete"
    if parent.type in ("ForInStatement", "ForOfStatement") and parent.left is outer:
        return "write"
    if parent.type in ("ObjectPattern", "ArrayPattern", "RestElement", "AssignmentPattern"):
        return "write"
    if parent.type == "Property" and ctx.analysis.parent(parent) is not None:
        if ctx.analysis.parent(parent).type == "ObjectPattern" and parent.value is outer:
            return "write"
    return "read"


def find_char(ctx: FixContext, start: int, end: int, char: str) -> int:
    """Offset of ``char`` in text[start:end], skipping comments; -1 when absent."""
    text = ctx.text
    comments = [c.range for c in ctx.comments if c.range[1] > start and c.range[0] < end]
    position = start
    while position < end:
        for c_start, c_end in comments:
            if c_start <= position < c_end:
                position = c_end
                break
        else:
            if text[position] == char:
                return position
            position += 1
    return -1


def is_tail(ctx: FixContext, statement: Any, function: Any) -> bool:
    """True when nothing in ``function`` runs after ``statement`` completes normally.
    Bodies inlined into the handler (see ``ctx.inlined``) continue at their host
    statement."""
    analysis = ctx.analysis
    current = statement
    while current is not function.body:
        parent = analysis.parent(current)
        if parent is None:
            return False
        if parent.type in STATEMENT_LISTS:
            siblings = getattr(parent, STATEMENT_LISTS[parent.type])
            if current.type == "ReturnStatement" or _only_bare_returns(
                siblings[siblings.index(current) + 1 :]
            ):
                # Nothing else in its function runs after it: continue after the
                # function (the handler's end, or the host of an inlined body).
                owner = analysis.enclosing_function(current)
                if owner is function:
                    return True
                if id(owner) in ctx.inlined:
                    current = ctx.inlined[id(owner)]
                    continue
                return False
            if siblings[-1] is not current:
                return False
            if parent.type == "SwitchCase":
                return False
        elif parent.type == "IfStatement":
            pass
        elif parent.type == "TryStatement":
            if parent.finalizer is not None:
                return False
        elif parent.type in ("CatchClause", "LabeledStatement"):
            pass
        elif id(parent) in ctx.inlined and parent.body is current:
            current = ctx.inlined[id(parent)]  # continue after the host statement
            continue
        else:
            return False  # loops, switch, with, ...
        current = parent
    return True


def _only_bare_returns(statements: list[Any]) -> bool:
    return bool(statements) and all(
        s.type == "ReturnStatement" and s.argument is None for s in statements
    )


def shift_lines(ctx: FixContext, fixes: Fixes, start: int, end: int, delta: int) -> None:
    """Re-indent the lines that begin after ``start`` and before ``end`` by ``delta``
    columns (spaces), leaving blank lines and lines inside template literals alone."""
    if delta == 0:
        return
    text = ctx.text
    literals = [n.range for n in ctx.analysis.nodes("TemplateLiteral")]
    for line_start in ctx.source.line_starts:
        if line_start <= start or line_start >= end:
            continue
        if any(a < line_start < b for a, b in literals):
            continue
        line_end = ctx.source.line_end(line_start)
        if not text[line_start:line_end].strip():
            continue
        if delta > 0:
            fixes.insert(line_start, " " * delta)
        else:
            width = 0
            while width < -delta and text[line_start + width] == " ":
                width += 1
            if width:
                fixes.replace(line_start, line_start + width, "")


def is_last_in_function(ctx: FixContext, statement: Any, function: Any) -> bool:
    body = function.body
    return body.type == "BlockStatement" and bool(body.body) and body.body[-1] is statement


def remove_statement(ctx: FixContext, fixes: Fixes, statement: Any) -> None:
    """Delete a statement; its line goes too when nothing else is on it, and so do the
    blank lines before it when it closes its block."""
    source = ctx.source
    text = ctx.text
    start, end = statement.range
    line_start = source.line_start(start)
    line_end = source.line_end(end)
    before = text[line_start:start]
    after = text[end:line_end]
    comment_at = end + len(after) - len(after.lstrip(" \t"))
    if not before.strip() and any(
        c.range[0] == comment_at and not text[c.range[1] : line_end].strip() for c in ctx.comments
    ):
        # `callback(...); // why`: the comment keeps the line, at the statement's place.
        fixes.replace(start, comment_at, "")
        return
    if before.strip() or after.strip():
        # Keep what shares the line; drop the statement and the blanks before it.
        strip_from = start
        while strip_from > line_start and text[strip_from - 1] in " \t":
            strip_from -= 1
        fixes.replace(strip_from if not after.strip() else start, end, "")
        return
    removal_end = line_end
    if text.startswith("\r\n", line_end):
        removal_end += 2
    elif line_end < len(text):
        removal_end += 1
    removal_start = line_start
    siblings = _siblings(ctx, statement)
    gone = fixes.removed | ctx.removed
    position = siblings.index(statement)
    if position == len(siblings) - 1 and position > 0:
        # The block now ends earlier: the blank lines before it go too.
        while removal_start > 0:
            previous = source.line_start(removal_start - 1)
            if text[previous:removal_start].strip():
                break
            removal_start = previous
    elif all(id(s) in gone for s in siblings[:position]) and position < len(siblings) - 1:
        # The block now starts later: the blank lines after it go too.
        while removal_end < len(text):
            following_end = source.line_end(removal_end)
            if text[removal_end:following_end].strip():
                break
            removal_end = following_end + (2 if text.startswith("\r\n", following_end) else 1)
    elif position > 0 and position < len(siblings) - 1:
        # Between two blank lines, one of them goes too.
        previous = source.line_start(removal_start - 1) if removal_start > 0 else 0
        following_end = source.line_end(removal_end)
        if (
            removal_start > 0
            and not text[previous:removal_start].strip()
            and removal_end < len(text)
            and not text[removal_end:following_end].strip()
        ):
            removal_end = following_end + (2 if text.startswith("\r\n", following_end) else 1)
    fixes.removed.add(id(statement))
    fixes.replace(removal_start, min(removal_end, len(text)), "")


def _siblings(ctx: FixContext, statement: Any) -> list[Any]:
    parent = ctx.analysis.parent(statement)
    return getattr(parent, STATEMENT_LISTS[parent.type])


def is_test_only(ctx: FixContext, node: Any) -> bool:
    """True when the value of ``node`` is only tested (truthiness, typeof, comparison
    with something else), never stored or passed on."""
    current = outer_expression(ctx, node)
    parent = ctx.analysis.parent(current)
    while parent is not None:
        kind = parent.type
        if kind in ("IfStatement", "WhileStatement", "DoWhileStatement", "ForStatement"):
            return getattr(parent, "test", None) is current
        if kind == "ConditionalExpression":
            return parent.test is current
        if kind == "UnaryExpression":
            return parent.operator in ("!", "typeof", "void")
        if kind == "BinaryExpression":
            return parent.operator in ("===", "!==", "==", "!=", "in", "instanceof")
        if kind == "LogicalExpression":
            if parent.left is current:
                # `x && ...` only tests x; `x || ...` and `x ?? ...` may yield x itself.
                return parent.operator == "&&"
            current = parent  # the right operand may be the value of the whole
            parent = ctx.analysis.parent(current)
            continue
        return False
    return False


def function_of(ctx: FixContext, node: Any) -> Any:
    for ancestor in ctx.analysis.ancestors(node):
        if ancestor.type in FUNCTION_TYPES:
            return ancestor
    return None


def path_text(chain: list[tuple[str | None, Any]], root: str, depth: int = 2) -> str:
    """``context.request.ip``-style text of the first ``depth`` static keys."""
    parts = [root]
    for key, _member in chain[:depth]:
        if key is None:
            parts.append("[...]")
            break
        parts.append(key)
    return ".".join(parts).replace(".[...]", "[...]")


def replace_reference(ctx: FixContext, fixes: Fixes, ref: Any, text: str) -> None:
    """Replace an identifier reference; a shorthand property ``{ user }`` keeps its key."""
    parent = ctx.analysis.parent(ref)
    if parent is not None and parent.type == "Property" and parent.shorthand:
        text = f"{ref.name}: {text}"
    fixes.replace_node(ref, text)


def plain_assignment(ctx: FixContext, member: Any) -> Any:
    """The AssignmentExpression of a statement `member = value;` (plain `=`, the whole
    statement), or None when ``member`` is written or read in any other way."""
    if outer_expression(ctx, member) is not member:
        return None
    assignment = ctx.analysis.parent(member)
    if (
        assignment is None
        or assignment.type != "AssignmentExpression"
        or assignment.left is not member
        or assignment.operator != "="
    ):
        return None
    statement = ctx.analysis.parent(assignment)
    if statement is None or statement.type != "ExpressionStatement":
        return None
    return assignment


def exclusive(ctx: FixContext, first: Any, second: Any) -> bool:
    """True when at most one of ``first`` and ``second`` runs: they sit in the two branches
    of one `if`/`else`, or they are statements of one function and no path through it runs
    both (the first is followed by a `return` or `throw` on every path to the second, they
    sit in `switch` cases that end in `break`, ...). Decided by paths, not by counting."""
    if _other_branches(ctx, first, second):
        return True
    function = ctx.callback_function(first)
    if function is None or function is not ctx.callback_function(second):
        return False
    if function.body.type != "BlockStatement":
        return False
    one, other = _statement_of(ctx, first), _statement_of(ctx, second)
    if one is None or other is None or one is other:
        return False
    own = ctx.analysis.enclosing_function
    if own(first) is function and own(second) is function:
        return not _may_follow(ctx, one, other, function) and not _may_follow(
            ctx, other, one, function
        )
    # One of them sits in a callback the handler awaits in place (`ctx.inlined`): it runs
    # after its host statement, and after everything before that statement.
    if own(first) is not function:
        one, other, first, second = other, one, second, first
    if own(first) is not function or own(second) is function:
        return False  # both in awaited callbacks
    host = _host_statement(ctx, second, function)
    if host is None or one.range[1] > host.range[0]:
        return False  # code after the host statement ran before the callback in Rules
    return not _may_follow(ctx, one, other, function)


def _host_statement(ctx: FixContext, node: Any, function: Any) -> Any:
    """The statement whose awaited callback holds ``node`` (the outermost function
    between ``node`` and ``function``)."""
    outermost = None
    for ancestor in ctx.analysis.ancestors(node):
        if ancestor is function:
            break
        if ancestor.type in FUNCTION_TYPES:
            outermost = ancestor
    return ctx.inlined.get(id(outermost)) if outermost is not None else None


def _other_branches(ctx: FixContext, first: Any, second: Any) -> bool:
    branch_of: dict[int, Any] = {}
    child = first
    for ancestor in ctx.analysis.ancestors(first):
        if ancestor.type == "IfStatement" and child is not ancestor.test:
            branch_of[id(ancestor)] = child
        child = ancestor
    child = second
    for ancestor in ctx.analysis.ancestors(second):
        if ancestor.type == "IfStatement" and id(ancestor) in branch_of:
            if child is not ancestor.test and child is not branch_of[id(ancestor)]:
                return True
        child = ancestor
    return False


def _statement_of(ctx: FixContext, node: Any) -> Any:
    """The ExpressionStatement around an assignment (or the node when it is one)."""
    current = node
    while current is not None and current.type != "ExpressionStatement":
        if current.type in FUNCTION_TYPES:
            return None
        current = ctx.analysis.parent(current)
    return current


def _contains(node: Any, target: Any) -> bool:
    return node.range[0] <= target.range[0] and target.range[1] <= node.range[1]


def _may_follow(ctx: FixContext, start: Any, target: Any, function: Any) -> bool:
    """True when some path through ``function`` runs ``target`` after ``start`` (a
    statement) completes. Errs towards True: loops and unknown shapes answer True."""
    analysis = ctx.analysis
    flows = {"normal"}  # how control may leave ``current``
    current = start
    while current is not function.body:
        parent = analysis.parent(current)
        if parent is None:
            return True
        kind = parent.type
        if kind in STATEMENT_LISTS:
            siblings = getattr(parent, STATEMENT_LISTS[kind])
            following = list(siblings[siblings.index(current) + 1 :])
            switch = analysis.parent(parent) if kind == "SwitchCase" else None
            if switch is not None:  # a case falls through into the next ones
                for case in switch.cases[switch.cases.index(parent) + 1 :]:
                    following.extend(case.consequent)
            for statement in following:
                if "normal" not in flows:
                    break
                if _contains(statement, target):
                    return True
                flows = (flows - {"normal"}) | _completions(statement)
            if switch is not None:
                if "break" in flows:
                    flows = (flows - {"break"}) | {"normal"}
                current = switch
                continue
        elif kind == "TryStatement":
            if current is parent.block and parent.handler is not None:
                if _contains(parent.handler, target):
                    return True  # anything in the block may throw
                flows |= _completions(parent.handler.body)
            if parent.finalizer is not None and current is not parent.finalizer:
                if _contains(parent.finalizer, target):
                    return True
                after = _completions(parent.finalizer)
                flows = flows | (after - {"normal"}) if "normal" in after else after
        elif kind == "LabeledStatement":
            label = f"break:{parent.label.name}"
            if label in flows:
                flows = (flows - {label}) | {"normal"}
        elif kind not in ("IfStatement", "CatchClause"):
            return True  # loops, `with`, ...: assume it may
        current = parent
    return False


def _completions(statement: Any) -> set[str]:
    """How ``statement`` may complete: 'normal', 'return' (return or throw: the function
    is left), 'break', 'continue', 'break:label'. Over-approximates 'normal'."""
    kind = statement.type
    if kind in ("ReturnStatement", "ThrowStatement"):
        return {"return"}
    if kind in ("BreakStatement", "ContinueStatement"):
        word = "break" if kind == "BreakStatement" else "continue"
        return {f"{word}:{statement.label.name}" if statement.label else word}
    if kind in STATEMENT_LISTS:
        return _sequence(getattr(statement, STATEMENT_LISTS[kind]))
    if kind == "IfStatement":
        other = _completions(statement.alternate) if statement.alternate else {"normal"}
        return _completions(statement.consequent) | other
    if kind == "SwitchStatement":
        cases = statement.cases
        found: set[str] = set()
        for index in range(len(cases)):
            found |= _sequence([s for case in cases[index:] for s in case.consequent])
        if not any(case.test is None for case in cases):
            found.add("normal")
        if "break" in found:
            found = (found - {"break"}) | {"normal"}
        return found
    if kind == "TryStatement":
        found = _completions(statement.block)
        if statement.handler is not None:
            found |= _completions(statement.handler.body)
        if statement.finalizer is not None:
            after = _completions(statement.finalizer)
            found = found | (after - {"normal"}) if "normal" in after else after
        return found
    if kind == "LabeledStatement":
        found = _completions(statement.body)
        label = f"break:{statement.label.name}"
        return (found - {label}) | {"normal"} if label in found else found
    if kind in _LOOPS:
        body = _completions(statement.body) - {"break", "continue"}
        return body | {"normal"}
    return {"normal"}


def _sequence(statements: list[Any]) -> set[str]:
    found: set[str] = set()
    for statement in statements:
        completions = _completions(statement)
        found |= completions - {"normal"}
        if "normal" not in completions:
            return found
    return found | {"normal"}


def all_exclusive(ctx: FixContext, nodes: list[Any]) -> bool:
    return all(exclusive(ctx, a, b) for index, a in enumerate(nodes) for b in nodes[index + 1 :])


def fresh_name(ctx: FixContext, base: str, taken: set[str] | frozenset = frozenset()) -> str:
    """``base``, or ``base2``, ``base3``... when the file already uses that name."""
    used = ctx.analysis.bound_names | set(ctx.analysis.globals) | set(taken)
    used |= {ctx.event, ctx.api}
    if base not in used:
        return base
    number = 2
    while f"{base}{number}" in used:
        number += 1
    return f"{base}{number}"


def property_key(prop: Any) -> str | None:
    """The static key of an object-literal property (`a: 1`, `'a': 1`), or None for
    computed keys, methods, getters, spreads and shorthands."""
    if prop.type != "Property" or prop.kind != "init" or prop.method or prop.computed:
        return None
    if prop.shorthand:
        return None
    if prop.key.type == "Identifier":
        return prop.key.name
    if prop.key.type == "Literal" and isinstance(prop.key.value, str):
        return prop.key.value
    return None


def line_span(ctx: FixContext, start: int, end: int) -> tuple[int, int]:
    """The lines holding text[start:end], newline included."""
    source = ctx.source
    line_end = source.line_end(end)
    if ctx.text.startswith("\r\n", line_end):
        line_end += 2
    elif line_end < len(ctx.text):
        line_end += 1
    return source.line_start(start), line_end


_LOOPS = ("ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement")
_ITERATORS = ("forEach", "map", "filter", "some", "every", "reduce", "find", "flatMap")


def may_repeat(ctx: FixContext, node: Any) -> bool:
    """True when ``node`` sits in a loop, or in a function passed to an array iterator
    (`forEach`, `map`, ...), inside the rule: it may run more than once per login."""
    rule = ctx.rule.function if ctx.rule is not None else None
    for ancestor in ctx.analysis.ancestors(node):
        if ancestor is rule:
            return False
        if ancestor.type in _LOOPS:
            return True
        if ancestor.type in FUNCTION_TYPES:
            call = ctx.analysis.parent(ancestor)
            if (
                call is not None
                and call.type == "CallExpression"
                and ancestor in call.arguments
                and call.callee.type == "MemberExpression"
                and static_key(call.callee) in _ITERATORS
            ):
                return True
    return False


def dashed_key(ctx: FixContext, node: Any) -> tuple[Any, Any, list[Any]] | None:
    """``obj.a-b-c`` written without spaces (a dashed key read as ``obj.a - b - c``), for
    ``node`` its head member expression or one of the identifiers after a dash: the whole
    expression, the head ``obj.a`` and the identifiers ``[b, c]``; else None."""
    analysis = ctx.analysis
    top = node
    parent = analysis.parent(top)
    while (
        parent is not None
        and parent.type == "BinaryExpression"
        and parent.operator == "-"
        and (parent.left is top or parent.right is top)
    ):
        top = parent
        parent = analysis.parent(top)
    if top is node:
        return None
    operands = []
    current = top
    while current.type == "BinaryExpression" and current.operator == "-":
        operands.append(current.right)
        current = current.left
    operands.reverse()
    head = current
    if (
        head.type != "MemberExpression"
        or head.computed
        or not all(o.type == "Identifier" for o in operands)
        or not (node is head or any(o is node for o in operands))
    ):
        return None
    text = ctx.text
    pieces = [head] + operands
    if any(text[a.range[1] : b.range[0]] != "-" for a, b in zip(pieces, operands)):
        return None  # spaces around a dash: a subtraction someone meant
    return top, head, operands
