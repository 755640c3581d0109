"""Small, fast helpers over esprima's ESTree nodes.

Children are visited through an explicit table of child fields per node type (as
eslint-visitor-keys does), which is both faster than reflecting over ``__dict__`` and
immune to attributes other stages may set.
"""

from __future__ import annotations

from typing import Any, Iterator

VISITOR_KEYS: dict[str, tuple[str, ...]] = {
    "ArrayExpression": ("elements",),
    "ArrayPattern": ("elements",),
    "ArrowFunctionExpression": ("params", "body"),
    "AssignmentExpression": ("left", "right"),
    "AssignmentPattern": ("left", "right"),
    "AwaitExpression": ("argument",),
    "BinaryExpression": ("left", "right"),
    "BlockStatement": ("body",),
    "BreakStatement": ("label",),
    "CallExpression": ("callee", "arguments"),
    "CatchClause": ("param", "body"),
    "ChainExpression": ("expression",),
    "ClassBody": ("body",),
    "ClassDeclaration": ("id", "superClass", "body"),
    "ClassExpression": ("id", "superClass", "body"),
    "ConditionalExpression": ("test", "consequent", "alternate"),
    "ContinueStatement": ("label",),
    "DebuggerStatement": (),
    "DoWhileStatement": ("body", "test"),
    "EmptyStatement": (),
    "ExpressionStatement": ("expression",),
    "FieldDefinition": ("key", "value"),
    "ForInStatement": ("left", "right", "body"),
    "ForOfStatement": ("left", "right", "body"),
    "ForStatement": ("init", "test", "update", "body"),
    "FunctionDeclaration": ("id", "params", "body"),
    "FunctionExpression": ("id", "params", "body"),
    "Identifier": (),
    "IfStatement": ("test", "consequent", "alternate"),
    "ImportExpression": ("source", "options"),
    "LabeledStatement": ("label", "body"),
    "Literal": (),
    "LogicalExpression": ("left", "right"),
    "MemberExpression": ("object", "property"),
    "MetaProperty": ("meta", "property"),
    "MethodDefinition": ("key", "value"),
    "NewExpression": ("callee", "arguments"),
    "ObjectExpression": ("properties",),
    "ObjectPattern": ("properties",),
    "PrivateIdentifier": (),
    "Program": ("body",),
    "Property": ("key", "value"),
    "PropertyDefinition": ("key", "value"),
    "RestElement": ("argument",),
    "ReturnStatement": ("argument",),
    "SequenceExpression": ("expressions",),
    "SpreadElement": ("argument",),
    "StaticBlock": ("body",),
    "Super": (),
    "SwitchCase": ("test", "consequent"),
    "SwitchStatement": ("discriminant", "cases"),
    "TaggedTemplateExpression": ("tag", "quasi"),
    "TemplateElement": (),
    "TemplateLiteral": ("quasis", "expressions"),
    "ThisExpression": (),
    "ThrowStatement": ("argument",),
    "TryStatement": ("block", "handler", "finalizer"),
    "UnaryExpression": ("argument",),
    "UpdateExpression": ("argument",),
    "VariableDeclaration": ("declarations",),
    "VariableDeclarator": ("id", "init"),
    "WhileStatement": ("test", "body"),
    "WithStatement": ("object", "body"),
    "YieldExpression": ("argument",),
}

FUNCTION_TYPES = frozenset(("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"))

# Nodes whose ``body``/``consequent`` is a list of statements.
STATEMENT_LISTS = {
    "Program": "body",
    "BlockStatement": "body",
    "StaticBlock": "body",
    "SwitchCase": "consequent",
}


def children(node: Any) -> Iterator[Any]:
    """Direct child nodes, in source order."""
    for key in VISITOR_KEYS.get(node.type, ()):
        value = getattr(node, key, None)
        if value is None:
            continue
        if isinstance(value, list):
            for item in value:
                if item is not None:
                    yield item
        elif hasattr(value, "type"):
            yield value


def walk(node: Any) -> Iterator[Any]:
    """All nodes below ``node`` (itself included), depth first, in source order."""
    stack = [node]
    pop, push = stack.pop, stack.append
    keys = _REVERSED_KEYS
    while stack:
        current = pop()
        yield current
        for key in keys.get(current.type, ()):  # pushed last to first: popped in order
            value = getattr(current, key, None)
            if value is None:
                continue
            if value.__class__ is list:
                for item in reversed(value):
                    if item is not None:
                        push(item)
            elif hasattr(value, "type"):
                push(value)


_REVERSED_KEYS = {kind: keys[::-1] for kind, keys in VISITOR_KEYS.items()}


def static_key(member: Any) -> str | None:
    """The property name of ``a.b`` / ``a['b']`` / ``a[`b`]``, or None when computed."""
    prop = member.property
    if not member.computed:
        return prop.name if prop.type in ("Identifier", "PrivateIdentifier") else None
    return string_value(prop)


def string_value(node: Any) -> str | None:
    """The value of a string literal or of a template literal without expressions."""
    if node.type == "Literal" and isinstance(node.value, str):
        return node.value
    if node.type == "TemplateLiteral" and not node.expressions:
        return node.quasis[0].value.cooked
    return None


def is_function(node: Any) -> bool:
    return node.type in FUNCTION_TYPES


def is_identifier(node: Any, name: str | None = None) -> bool:
    return node is not None and node.type == "Identifier" and (name is None or node.name == name)
