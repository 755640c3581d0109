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

from dataclasses import dataclass
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


# Globals a copied helper may use: standard JavaScript and Node, nothing of the Rules sandbox.
_SAFE_GLOBALS = {
    "Array", "Boolean", "Buffer", "Date", "Error", "Infinity", "JSON", "Map", "Math", "NaN",
    "Number", "Object", "Promise", "RegExp", "Set", "String", "Symbol", "TypeError",
    "URL", "URLSearchParams", "clearTimeout", "console", "decodeURIComponent",
    "encodeURIComponent", "isNaN", "parseFloat", "parseInt", "setTimeout", "undefined",
}  # fmt: skip
_FUNCTIONS = ("FunctionExpression", "ArrowFunctionExpression")


def helper_definitions(rule_name: str, text: str) -> dict[str, tuple[str, str]]:
    """``global.NAME = function ...`` (or ``= global.NAME || function ...``, an arrow
    function, or a function declared by name) helpers of a rule that use only their own
    names and standard globals: NAME → (rule name, the definition to copy above another
    Action's handler, always ``global.NAME = global.NAME || <function>;``)."""
    from .parser import unmask_keywords

    masked, keywords = mask_keywords(text)
    try:
        parsed = parse(masked)
    except SyntaxProblem:
        return {}
    analysis = Analysis(parsed.program, parsed.anonymous_at)
    found: dict[str, tuple[str, str]] = {}
    for node in analysis.nodes("AssignmentExpression"):
        left, right = node.left, node.right
        if node.operator != "=" or left.type != "MemberExpression":
            continue
        if left.object.type != "Identifier" or left.object.name != "global":
            continue
        if analysis.resolve(left.object) is not None:
            continue  # a local variable named `global`
        name = _static_key(left)
        if name is None or name in found:
            continue
        if right.type == "LogicalExpression" and right.operator == "||":
            right = right.right
        if right.type == "Identifier":
            # ``function NAME(...) {...}`` declared, then ``global.NAME = NAME``.
            binding = analysis.resolve(right)
            if binding is None or binding.kind != "function":
                continue
            right = analysis.parent(binding.node)
        if right.type not in _FUNCTIONS and right.type != "FunctionDeclaration":
            continue
        function_text = masked[right.range[0] : right.range[1]]
        try:
            standalone = parse(f"({function_text});")
        except SyntaxProblem:
            continue
        used = set(Analysis(standalone.program).globals)
        if not used <= _SAFE_GLOBALS:
            continue
        indent = masked[: right.range[0]].rsplit("\n", 1)[-1]
        indent = indent[: len(indent) - len(indent.lstrip())]
        lines = function_text.split("\n")
        if indent and all(line.startswith(indent) or not line.strip() for line in lines[1:]):
            lines = [lines[0]] + [line[len(indent) :] for line in lines[1:]]
        function_text = "\n".join(lines)
        if right.type == "ArrowFunctionExpression":
            # `a || (x) => x` does not parse: an arrow function is not an operand of `||`.
            function_text = f"({function_text})"
        definition = f"global.{name} = global.{name} || {function_text};"
        try:
            parse(definition)
        except SyntaxProblem:
            continue
        found[name] = (
            rule_name,
            f"// Copied by rules2actions from the rule {rule_name!r}, which defined it on "
            f"`global`.\n{unmask_keywords(definition, keywords)}\n\n",
        )
    return found
