"""Tenant-wide view: data one rule hands to a later rule on ``user`` or ``context``.

Rules ran one after another on the same ``user`` and ``context`` objects, so a rule could
set ``context.isPartner = true`` or ``user.app_metadata.roles = [...]`` and a later rule
could read it. Each Action gets its own ``event``, and nothing set through ``api`` can be
read back from it, so such a read sees the value from before the login flow. This module
finds, for the rules in execution order, every read of a ``user``/``context`` path that
an earlier rule writes (R2A510).

Paths are the static member chain from the rule's ``user``/``context`` parameter, up to
three names deep (``user.app_metadata.roles``); a write and a read match when one path is
a prefix of the other. Writes that only default a value from itself
(``user.app_metadata = user.app_metadata || {}``) and the token and side-effect properties
of ``context`` (reported by their own codes) are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .analyze import Analysis
from .parser import SyntaxProblem, mask_keywords, parse

DEPTH = 3
_CONTEXT_SIDE_EFFECTS = {
    "idToken",
    "accessToken",
    "multifactor",
    "redirect",
    "primaryUser",
    "samlConfiguration",
}


@dataclass(frozen=True)
class Access:
    path: str  # e.g. "user.app_metadata.roles"
    start: int
    end: int


@dataclass
class DataFlow:
    writes: list[Access]
    reads: list[Access]


def _static_key(member: Any) -> str | None:
    if not member.computed and member.property.type == "Identifier":
        return member.property.name
    if member.computed and member.property.type == "Literal":
        value = member.property.value
        return value if isinstance(value, str) else None
    return None


def _usage(analysis: Analysis, node: Any) -> str:
    parent = analysis.parent(node)
    if parent is None:
        return "read"
    if parent.type == "AssignmentExpression" and parent.left is node:
        return "write"
    if parent.type == "UpdateExpression":
        return "write"
    if parent.type == "UnaryExpression" and parent.operator == "delete":
        return "write"
    return "read"


def _mentions(node: Any, path: str, text: str) -> bool:
    """Whether the expression ``node`` reads ``path`` (for ``x = x || {}``)."""
    compact = "".join(text[node.range[0] : node.range[1]].split())
    return path in compact.replace("?.", ".")


def data_flow(text: str) -> DataFlow | None:
    """The ``user``/``context`` paths a rule writes and reads; None if it does not parse."""
    masked, _ = mask_keywords(text)
    try:
        parsed = parse(masked)
    except SyntaxProblem:
        return None
    analysis = Analysis(parsed.program, parsed.anonymous_at)
    if analysis.rule is None:
        return None
    flow = DataFlow([], [])
    for role in ("user", "context"):
        for ref in analysis.role_references(role):
            names = [role]
            node = ref
            parent = analysis.parent(node)
            while (
                parent is not None
                and parent.type == "MemberExpression"
                and parent.object is node
                and len(names) < DEPTH
            ):
                key = _static_key(parent)
                if key is None:
                    break
                names.append(key)
                node = parent
                parent = analysis.parent(node)
            if len(names) == 1:
                continue  # `user` passed or aliased as a whole: out of reach
            if role == "context" and names[1] in _CONTEXT_SIDE_EFFECTS:
                continue
            path = ".".join(names)
            # the outermost member of the chain decides read or write
            top = node
            while (
                analysis.parent(top) is not None
                and analysis.parent(top).type == "MemberExpression"
                and analysis.parent(top).object is top
            ):
                top = analysis.parent(top)
            access = Access(path, node.range[0], node.range[1])
            if _usage(analysis, top) == "write":
                assignment = analysis.parent(top)
                right = getattr(assignment, "right", None)
                if right is not None and top is node and _mentions(right, path, masked):
                    continue
                flow.writes.append(access)
            else:
                flow.reads.append(access)
    return flow


def _related(a: str, b: str) -> bool:
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def handed_over(
    flows: list[tuple[str, DataFlow | None]],
) -> list[tuple[int, Access, str, str, int]]:
    """For rules in execution order: (index of the reading rule, its read, the path written,
    the name and the index of the earliest rule writing it)."""
    found = []
    for index, (_, flow) in enumerate(flows):
        if flow is None:
            continue
        for read in sorted(flow.reads, key=lambda access: access.start):
            for position, (name, earlier) in enumerate(flows[:index]):
                if earlier is None:
                    continue
                written = next(
                    (w.path for w in earlier.writes if _related(w.path, read.path)), None
                )
                if written is not None:
                    found.append((index, read, written, name, position))
                    break
    return found


# Globals a copied helper may use: standard JavaScript and Node, `global` itself (a cache
# kept between logins stays one) and the Rules sandbox, which the copy is converted from.
_SAFE_GLOBALS = {
    "Array", "Boolean", "Buffer", "Date", "Error", "Infinity", "JSON", "Map", "Math", "NaN",
    "Number", "Object", "Promise", "RegExp", "Set", "String", "Symbol", "TypeError",
    "URL", "URLSearchParams", "clearTimeout", "console", "decodeURIComponent",
    "encodeURIComponent", "isNaN", "parseFloat", "parseInt", "setTimeout", "undefined",
    "global", "configuration", "auth0", "UnauthorizedError", "require",
}  # fmt: skip
_FUNCTIONS = ("FunctionExpression", "ArrowFunctionExpression")


@dataclass(frozen=True)
class Helper:
    """A `global.NAME` helper a rule defines, ready to be copied into a later rule."""

    name: str
    rule: str  # the defining rule's name
    line: int  # where the function starts in that rule
    function: str  # `function NAME(...) {...}`; "" for a value set up on `global`
    # Statements the copy needs before it: the rule's constants it reads
    # (`const ERRORS = ...;`) and the `global` caches it uses (`global.c = global.c || {};`).
    prelude: tuple[str, ...]
    uses: frozenset[str]  # other `global` keys it reads (helpers to copy with it)
    names: frozenset[str]  # names the copy declares (NAME and its constants)

    @property
    def declaration(self) -> str:
        return "\n".join([*self.prelude, self.function])


def helper_definitions(rule_name: str, text: str) -> dict[str, Helper]:
    """``global.NAME = function ...`` (or ``= global.NAME || function ...``, arrows
    included, with or without an ``if (!global.NAME)`` guard) helpers of a rule whose
    free names are their own, standard or Rules sandbox globals, and constants of the
    rule (copied with them): NAME → the helper, as a function declaration."""
    from . import catalog
    from .parser import unmask_keywords

    masked, keywords = mask_keywords(text)
    try:
        parsed = parse(masked)
    except SyntaxProblem:
        return {}
    analysis = Analysis(parsed.program, parsed.anonymous_at)
    allowed = _SAFE_GLOBALS | set(catalog.mappings()["sandbox"])
    found: dict[str, Helper] = {}
    for node in analysis.nodes("AssignmentExpression"):
        left, right = node.left, node.right
        if node.operator != "=" or left.type != "MemberExpression":
            continue
        if left.object.type != "Identifier" or left.object.name != "global":
            continue
        if analysis.resolve(left.object) is not None:
            continue  # a local variable named `global`
        name = _static_key(left)
        if name is None or name in found or not name.isidentifier():
            continue
        if right.type == "LogicalExpression" and right.operator == "||":
            right = right.right
        if right.type == "Identifier":
            # ``function NAME(...) {...}`` declared, then ``global.NAME = NAME``.
            binding = analysis.resolve(right)
            if binding is None or binding.kind != "function":
                continue
            right = analysis.parent(binding.node)
        if right.type not in (*_FUNCTIONS, "FunctionDeclaration") or right.generator:
            continue
        if getattr(right, "id", None) is not None and right.id.name != name:
            continue  # `function inner() {...}` may call itself by a name the copy lacks
        constants: list[Any] = []
        if not _copyable(analysis, right, allowed, constants, set()):
            continue
        if right.type == "ArrowFunctionExpression" and _uses_this(right):
            continue
        members = [
            analysis.parent(ref)
            for ref in analysis.globals.get("global", [])
            if right.range[0] <= ref.range[0] < right.range[1]
            and analysis.parent(ref).type == "MemberExpression"
            and analysis.parent(ref).object is ref
        ]
        uses = {_static_key(m) for m in members}
        written = {_static_key(m) for m in members if _usage(analysis, m) == "write"}
        uses -= written
        prelude = [_dedent(masked, c, "const") for c in constants]
        found[name] = Helper(
            name,
            rule_name,
            masked.count("\n", 0, right.range[0]) + 1,
            unmask_keywords(_declaration(masked, name, right), keywords),
            tuple(unmask_keywords(line, keywords) for line in prelude),
            frozenset(u for u in uses if u and u != name),
            frozenset([name, *(c.id.name for c in constants)]),
        )
    # A cache the rule sets up for its helpers (`global.cache = global.cache || {};`) is
    # set up before each copy that reads it without setting it.
    caches = _cache_setups(analysis, masked, allowed)
    for name, helper in list(found.items()):
        needed: list[str] = []
        for key in sorted(helper.uses):
            if key in caches and key not in found:
                for item in caches[key][1]:
                    if item not in helper.prelude and item not in needed:
                        needed.append(item)
        if needed:
            found[name] = replace(
                helper, prelude=helper.prelude + tuple(unmask_keywords(n, keywords) for n in needed)
            )
    # A value the rule sets up on `global` for the rules after it (`global.lib =
    # global.lib || require('lib')`) travels too: a setup with no function.
    for key, (line, statements) in caches.items():
        if key not in found:
            found[key] = Helper(
                key,
                rule_name,
                line,
                "",
                tuple(unmask_keywords(n, keywords) for n in statements),
                frozenset(),
                frozenset(n.split()[1] for n in statements if n.startswith("const ")),
            )
    return found


def _cache_setups(
    analysis: Analysis, text: str, allowed: set[str]
) -> dict[str, tuple[int, tuple[str, ...]]]:
    """`global.KEY = global.KEY || VALUE;` statements of the rule's own flow whose value
    can be copied (no function: those are helpers): KEY → (its line, the statements to
    copy: the constants VALUE reads, then the statement, dedented)."""
    found: dict[str, tuple[int, tuple[str, ...]]] = {}
    rule = analysis.rule.function if analysis.rule is not None else None
    for statement in analysis.nodes("ExpressionStatement"):
        if analysis.enclosing_function(statement) not in (None, rule):
            continue  # set up inside a function: by that function
        node = statement.expression
        if node.type != "AssignmentExpression" or node.operator != "=":
            continue
        left, right = node.left, node.right
        if left.type != "MemberExpression" or getattr(left.object, "name", None) != "global":
            continue
        key = _static_key(left)
        if key is None or key in found or analysis.resolve(left.object) is not None:
            continue
        if right.type != "LogicalExpression" or right.operator not in ("||", "??"):
            continue
        same = right.left
        if not (
            same.type == "MemberExpression"
            and getattr(same.object, "name", None) == "global"
            and _static_key(same) == key
        ):
            continue
        constants: list[Any] = []
        if right.right.type in _FUNCTIONS or not _copyable(
            analysis, right.right, allowed, constants, set()
        ):
            continue
        statements = [_dedent(text, c, "const") for c in constants] + [_lines(text, statement)]
        found[key] = (text.count("\n", 0, statement.range[0]) + 1, tuple(statements))
    return found


def _copyable(
    analysis: Analysis, node: Any, allowed: set[str], constants: list[Any], seen: set[int]
) -> bool:
    """True when every free name in ``node`` is allowed or a constant of the rule that is
    copyable itself (collected in ``constants``, dependencies first)."""
    from .astutil import walk

    start, end = node.range
    for identifier in walk(node):
        if identifier.type != "Identifier" or id(identifier) not in analysis.binding_of:
            continue
        binding = analysis.resolve(identifier)
        if binding is None:
            if identifier.name not in allowed:
                return False
            continue
        if start <= binding.node.range[0] < end:
            continue  # its own parameter or local
        declarator = analysis.parent(binding.node)
        if (
            binding.kind not in ("const", "let", "var")
            or declarator is None
            or declarator.type != "VariableDeclarator"
            or declarator.id is not binding.node
            or declarator.init is None
            or any(analysis.is_write(r) for r in binding.references)
            or binding.redeclared
        ):
            return False
        if id(declarator) in seen:
            continue
        seen.add(id(declarator))
        if not _copyable(analysis, declarator.init, allowed, constants, seen):
            return False
        constants.append(declarator)
    return True


def _uses_this(function: Any) -> bool:
    from .astutil import walk

    return any(
        n.type == "ThisExpression" or (n.type == "Identifier" and n.name == "arguments")
        for n in walk(function.body)
    )


def _dedent(text: str, node: Any, kind: str) -> str:
    """The text of a declarator as a statement of its own, its lines dedented."""
    body = _lines(text, node)
    return f"{kind} {body};"


def _lines(text: str, node: Any) -> str:
    chunk = text[node.range[0] : node.range[1]]
    indent = text[: node.range[0]].rsplit("\n", 1)[-1]
    indent = indent[: len(indent) - len(indent.lstrip())]
    lines = chunk.split("\n")
    if indent and all(line.startswith(indent) or not line.strip() for line in lines[1:]):
        lines = [lines[0]] + [line[len(indent) :] for line in lines[1:]]
    return "\n".join(lines)


def _declaration(text: str, name: str, function: Any) -> str:
    """`function NAME(params) {...}` from a function expression or an arrow."""
    whole = _lines(text, function)
    offset = function.range[0]
    prefix = "async " if function.isAsync else ""
    body = function.body
    body_text = whole[body.range[0] - offset :]
    if function.params:
        params = whole[function.params[0].range[0] - offset : function.params[-1].range[1] - offset]
    else:
        params = ""
    if body.type != "BlockStatement":
        expression = whole[body.range[0] - offset : body.range[1] - offset]
        body_text = f"{{\n  return {expression};\n}}"
    return f"{prefix}function {name}({params}) {body_text}"
