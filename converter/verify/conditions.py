"""Conditions a rule tests on `user` fields, found from the AST, and for each one a pair of
user profiles that make it true and false (issue 10: a failing branch must not go unseen).

A condition is a *test* on a *path* under the rule's `user` parameter (or a local alias
of one: ``const roles = (user.app_metadata || {}).roles || []``, ``const {email} = user``):

- truthiness: ``if (!user.email_verified)``, ``user.app_metadata && ...``;
- comparison with a literal: ``user.email === 'a@b.c'``, ``user.logins_count > 5``,
  ``roles.length >= 2``;
- string/array predicates with a literal: ``includes``, ``indexOf``, ``startsWith``,
  ``endsWith`` (``user.email.toLowerCase().endsWith('@corp.com')``), and a literal array
  tested for the field (``['a@x.com'].includes(user.email)``).

A condition nested in ``if`` branches, or after guard clauses (``if (X) return ...``), is
reached by also applying the outcomes those enclosing tests need (when they are
conditions of the same kind), so the variant tests the inner branch, not the guard.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from ..astutil import VISITOR_KEYS

FUNCTIONS = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")
TRANSPARENT_CALLS = {"toLowerCase", "toUpperCase", "trim", "toString", "toLocaleLowerCase"}
PREDICATES = {"includes", "indexOf", "startsWith", "endsWith"}
MISSING = object()


@dataclass
class Atom:
    path: tuple[str, ...]
    kind: str  # truthy, compare, length, includes, startsWith, endsWith, member_of
    op: str = ""
    arg: Any = None
    text: str = ""
    constraints: list[tuple["Atom", bool]] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        return (self.path, self.kind, self.op, repr(self.arg))


def _get(user: dict, path: tuple[str, ...]) -> Any:
    value: Any = user
    for part in path:
        if not isinstance(value, dict) or part not in value:
            return MISSING
        value = value[part]
    return value


def _truthy(value: Any) -> bool:
    """JavaScript truthiness of a JSON value (an empty object or array is true)."""
    if isinstance(value, (dict, list)):
        return True
    return bool(value)


def _other(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    if isinstance(value, str):
        return f"{value}-other" if value else "other"
    return "other"


def _with_suffix(current: Any, suffix: str) -> str:
    if isinstance(current, str) and "@" in current and suffix.startswith("@"):
        return current.split("@")[0] + suffix
    if isinstance(current, str) and suffix.startswith(".") and "@" in current:
        return current.rsplit(".", 1)[0] + suffix
    return (current if isinstance(current, str) else "value") + suffix


def value_for(atom: Atom, outcome: bool, typical: dict, hint: str = "") -> Any:
    """A value of ``atom.path`` that makes the test ``outcome``; ``None`` removes the key.
    ``hint`` is the type other tests of the same path imply (list, str, number)."""
    current = _get(typical, atom.path)
    have = current is not MISSING
    if atom.kind == "truthy":
        if outcome:
            if have and _truthy(current):
                return current
            return {"list": ["item1"], "str": "value", "number": 1}.get(hint, True)
        return False if isinstance(current, bool) else None
    arg = atom.arg
    if atom.kind == "compare":
        op = atom.op
        if op in ("===", "=="):
            op, outcome = "==", outcome
        elif op in ("!==", "!="):
            op, outcome = "==", not outcome
        if op == "==":
            if outcome:
                return arg
            if have and current != arg and current is not None:
                return current
            return _other(arg if arg is not None else (current if have else "value"))
        if not isinstance(arg, (int, float)) or isinstance(arg, bool):
            return None
        return _relational(op, arg, outcome)
    if atom.kind == "length":
        size = (
            _relational(atom.op, atom.arg, outcome)
            if atom.op not in ("==", "===", "!=", "!==")
            else None
        )
        if atom.op in ("===", "==", "!==", "!="):
            equal = outcome if atom.op in ("===", "==") else not outcome
            size = atom.arg if equal else atom.arg + 1
        size = max(0, int(size))
        if isinstance(current, str):
            return "x" * size
        return [f"item{i + 1}" for i in range(size)]
    if atom.kind == "includes":
        if isinstance(current, str) or (not have and isinstance(arg, str) and "@" in arg):
            base = current if isinstance(current, str) else "value"
            if outcome:
                return base if arg in base else _with_suffix(base, arg)
            return base if arg not in base else base.replace(arg, "")
        items = list(current) if have and isinstance(current, list) else []
        if outcome:
            return items if arg in items else items + [arg]
        return [x for x in items if x != arg]
    if atom.kind == "startsWith":
        base = current if isinstance(current, str) else "value"
        if outcome:
            return base if base.startswith(arg) else f"{arg}{base}"
        return base if not base.startswith(arg) else f"other-{base}"
    if atom.kind == "endsWith":
        base = current if isinstance(current, str) else "value"
        if outcome:
            return base if base.endswith(arg) else _with_suffix(base, arg)
        return base if not base.endswith(arg) else f"{base}-other"
    if atom.kind == "member_of":
        if outcome:
            return arg[0]
        if have and current not in arg:
            return current
        return _other(arg[0])
    return None


def _relational(op: str, n: float, outcome: bool) -> float:
    true_false = {
        ">": (n + 1, n),
        ">=": (n, n - 1),
        "<": (n - 1, n),
        "<=": (n, n + 1),
    }[op]
    return true_false[0] if outcome else true_false[1]


_FLIP = {
    ">": "<",
    "<": ">",
    ">=": "<=",
    "<=": ">=",
    "===": "===",
    "==": "==",
    "!==": "!==",
    "!=": "!=",
}


class Finder:
    def __init__(self, analysis: Any, text: str, roots: dict[int, tuple[str, ...]]):
        self.analysis = analysis
        self.text = text
        # id(binding) -> the path its value sits at (the rule's `user` parameter: ()).
        self.aliases: dict[int, tuple[str, ...]] = dict(roots)
        self.atoms: dict[tuple, Atom] = {}
        # Tests made of several conditions (`A && B`): the outcomes that make them true.
        self.joints: list[tuple[str, list[tuple[Atom, bool]], list[tuple[Atom, bool]]]] = []

    # -- paths -------------------------------------------------------------------------
    def path(self, node: Any) -> tuple[str, ...] | None:
        if node is None:
            return None
        kind = node.type
        if kind == "Identifier":
            binding = self.analysis.resolve(node)
            if binding is None:
                return None
            return self.aliases.get(id(binding))
        if kind == "ChainExpression":
            return self.path(node.expression)
        if kind == "MemberExpression":
            base = self.path(node.object)
            if base is None:
                return None
            name = _property(node)
            return None if name is None else base + (name,)
        if kind == "LogicalExpression":
            if node.operator in ("||", "??"):
                return self.path(node.left)
            if node.operator == "&&":
                return self.path(node.right)
        if kind == "CallExpression" and not node.arguments:
            callee = node.callee
            if callee.type == "MemberExpression" and _property(callee) in TRANSPARENT_CALLS:
                return self.path(callee.object)
        return None

    def declare_aliases(self, node: Any) -> None:
        if node.type != "VariableDeclarator" or node.init is None:
            return
        base = self.path(node.init)
        if base is None:
            return
        if node.id.type == "Identifier":
            binding = self.analysis.declaration(node.id)
            if binding is not None:
                self.aliases[id(binding)] = base
        elif node.id.type == "ObjectPattern":
            self._pattern(node.id, base)

    def _pattern(self, pattern: Any, base: tuple[str, ...]) -> None:
        for prop in pattern.properties:
            if prop.type != "Property":
                continue
            name = _key_name(prop)
            if name is None:
                continue
            target = prop.value
            if target.type == "AssignmentPattern":
                target = target.left
            if target.type == "Identifier":
                binding = self.analysis.declaration(target)
                if binding is not None:
                    self.aliases[id(binding)] = base + (name,)
            elif target.type == "ObjectPattern":
                self._pattern(target, base + (name,))

    # -- atoms -------------------------------------------------------------------------
    def atom(self, node: Any, in_test: bool) -> tuple[Atom, bool] | None:
        """The condition ``node`` tests, and whether ``node`` is true when it holds."""
        if node is None:
            return None
        if node.type == "UnaryExpression" and node.operator == "!":
            inner = self.atom(node.argument, True)
            return (inner[0], not inner[1]) if inner else None
        if node.type == "BinaryExpression" and node.operator in _FLIP:
            for this, other, op in (
                (node.left, node.right, node.operator),
                (node.right, node.left, _FLIP[node.operator]),
            ):
                literal = _literal(other)
                if literal is MISSING:
                    continue
                call = self._predicate(this)
                if call is not None and call.op == "indexOf":
                    # indexOf(x) !== -1 / > -1 / >= 0 / === -1 / < 0
                    found = _index_found(op, literal)
                    if found is None:
                        return None
                    return call, found
                path = self.path(this)
                if not path:
                    continue
                if path[-1] == "length" and isinstance(literal, (int, float)):
                    if len(path) == 1:
                        continue
                    return self._add(Atom(path[:-1], "length", op, literal, self._text(node))), True
                if op in (">", ">=", "<", "<=") and not isinstance(literal, (int, float)):
                    continue
                return self._add(Atom(path, "compare", op, literal, self._text(node))), True
            return None
        call = self._predicate(node)
        if call is not None:
            return (call, True) if call.op != "indexOf" else None
        if in_test:
            path = self.path(node)
            if path:
                return self._add(Atom(path, "truthy", text=self._text(node))), True
        return None

    def _predicate(self, node: Any) -> Atom | None:
        if node.type == "ChainExpression":
            node = node.expression
        if node.type != "CallExpression" or node.callee.type != "MemberExpression":
            return None
        method = _property(node.callee)
        if method not in PREDICATES or len(node.arguments) != 1:
            return None
        subject, argument = node.callee.object, node.arguments[0]
        literal = _literal(argument)
        if literal is not MISSING and isinstance(literal, (str, int, float)):
            path = self.path(subject)
            if not path:
                return None
            kind = "includes" if method in ("includes", "indexOf") else method
            return self._add(
                Atom(path, kind, method if method == "indexOf" else "", literal, self._text(node))
            )
        # ['a', 'b'].includes(user.email)
        if method in ("includes", "indexOf") and subject.type == "ArrayExpression":
            items = [_literal(e) for e in subject.elements if e is not None]
            if items and all(i is not MISSING for i in items):
                path = self.path(argument)
                if path:
                    return self._add(
                        Atom(
                            path,
                            "member_of",
                            method if method == "indexOf" else "",
                            items,
                            self._text(node),
                        )
                    )
        return None

    def _add(self, atom: Atom) -> Atom:
        existing = self.atoms.get(atom.key)
        if existing is not None:
            return existing
        atom.constraints = list(self._constraints)
        self.atoms[atom.key] = atom
        return atom

    def _text(self, node: Any) -> str:
        start, end = node.range
        return " ".join(self.text[start:end].split())

    # -- the walk ----------------------------------------------------------------------
    def run(self, function: Any) -> list[Atom]:
        """Every condition, in source order (``self.joints`` filled on the way)."""
        self._constraints: list[tuple[Atom, bool]] = []
        # Aliases first, in source order (a declaration precedes its uses).
        for node in self.analysis.nodes("VariableDeclarator"):
            self.declare_aliases(node)
        self.visit(function.body)
        return list(self.atoms.values())

    def conjuncts(self, test: Any) -> list[tuple[Atom, bool]] | None:
        """The outcomes every part of a ``&&`` chain needs for the test to be true."""
        if test.type == "LogicalExpression" and test.operator == "&&":
            left, right = self.conjuncts(test.left), self.conjuncts(test.right)
            return None if left is None or right is None else left + right
        found = self.atom(test, True)
        return [found] if found else None

    def disjuncts(self, test: Any) -> list[tuple[Atom, bool]] | None:
        """The outcomes every part of a ``||`` chain needs for the test to be false."""
        if test.type == "LogicalExpression" and test.operator == "||":
            left, right = self.disjuncts(test.left), self.disjuncts(test.right)
            return None if left is None or right is None else left + right
        found = self.atom(test, True)
        return [(found[0], not found[1])] if found else None

    def visit(self, node: Any) -> None:
        if node is None:
            return
        if isinstance(node, list):
            self.visit_list(node)
            return
        kind = node.type
        if kind in ("IfStatement", "ConditionalExpression"):
            self.visit_test(node.test)
            self.visit(node.test)
            saved = self._constraints
            when_true = self.conjuncts(node.test) or []
            if len(when_true) > 1:
                self.joints.append((self._text(node.test), when_true, list(saved)))
            self._constraints = saved + when_true
            self.visit(node.consequent)
            when_false = self.disjuncts(node.test) or []
            self._constraints = saved + when_false
            self.visit(node.alternate)
            self._constraints = saved
            return
        if kind in ("WhileStatement", "DoWhileStatement", "ForStatement"):
            self.visit_test(node.test)
        if kind == "UnaryExpression" and node.operator == "!":
            self.visit_test(node.argument)
        if kind in ("BinaryExpression", "CallExpression"):
            self.atom(node, False)
        for key in VISITOR_KEYS.get(kind, ()):
            child = getattr(node, key, None)
            if child is not None:
                self.visit(child)

    def visit_test(self, node: Any) -> None:
        if node is None:
            return
        if node.type == "LogicalExpression":
            self.visit_test(node.left)
            self.visit_test(node.right)
            return
        if node.type == "UnaryExpression" and node.operator == "!":
            self.visit_test(node.argument)
            return
        self.atom(node, True)

    def visit_list(self, statements: list) -> None:
        saved = self._constraints
        for statement in statements:
            self.visit(statement)
            # A guard clause: the statements after `if (X) return ...;` run when X is false.
            if (
                getattr(statement, "type", None) == "IfStatement"
                and statement.alternate is None
                and _exits(statement.consequent)
            ):
                self._constraints = self._constraints + (self.disjuncts(statement.test) or [])
        self._constraints = saved


def _exits(node: Any) -> bool:
    if node.type in ("ReturnStatement", "ThrowStatement"):
        return True
    if node.type == "BlockStatement" and node.body:
        return _exits(node.body[-1])
    return False


def _index_found(op: str, literal: Any) -> bool | None:
    """Whether ``indexOf(...) OP literal`` being true means the item was found."""
    if literal == -1:
        return {"!==": True, "!=": True, ">": True, "===": False, "==": False, "<=": False}.get(op)
    if literal == 0:
        return {">=": True, "<": False}.get(op)
    return None


def _property(member: Any) -> str | None:
    if not member.computed and member.property.type == "Identifier":
        return member.property.name
    if (
        member.computed
        and member.property.type == "Literal"
        and isinstance(member.property.value, str)
    ):
        return member.property.value
    return None


def _key_name(prop: Any) -> str | None:
    if prop.computed:
        return None
    if prop.key.type == "Identifier":
        return prop.key.name
    if prop.key.type == "Literal":
        return str(prop.key.value)
    return None


def _literal(node: Any) -> Any:
    if node.type == "Literal" and getattr(node, "regex", None) is None:
        return node.value
    if (
        node.type == "UnaryExpression"
        and node.operator == "-"
        and node.argument.type == "Literal"
        and isinstance(node.argument.value, (int, float))
    ):
        return -node.argument.value
    if node.type == "TemplateLiteral" and not node.expressions:
        return node.quasis[0].value.cooked
    return MISSING


def _set(target: dict, path: tuple[str, ...], value: Any) -> None:
    for part in path[:-1]:
        nxt = target.get(part)
        if not isinstance(nxt, dict):
            nxt = {}
            target[part] = nxt
        target = nxt
    target[path[-1]] = value


def user_variants(text: str, typical_user: dict, limit: int = 40) -> list[tuple[str, dict]]:
    """``(name, user override)`` pairs: both outcomes of every condition the rule tests on
    a `user` field, with the enclosing tests' outcomes applied so the branch is reached."""
    from ..analyze import Analysis
    from ..parser import SyntaxProblem, parse

    try:
        parsed = parse(text)
    except SyntaxProblem:
        return []
    analysis = Analysis(parsed.program, parsed.anonymous_at)
    if analysis.rule is None or analysis.rule.bindings.get("user") is None:
        return []
    roots = {id(analysis.rule.bindings["user"]): ()}
    return variants(analysis, analysis.rule.function, text, roots, typical_user, limit)


def variants(
    analysis: Any,
    function: Any,
    text: str,
    roots: dict[int, tuple[str, ...]],
    typical_user: dict,
    limit: int = 40,
) -> list[tuple[str, dict]]:
    """``(name, override)`` pairs for the conditions ``function`` tests on the values of
    ``roots`` (``id(binding)`` -> the path of its value in ``typical_user``)."""
    if not roots:
        return []
    finder = Finder(analysis, text, roots)
    atoms = finder.run(function)
    wanted: list[tuple[str, list[tuple[Atom, bool]], list[tuple[Atom, bool]]]] = []
    for atom in atoms:
        for outcome in (True, False):
            name = f"{atom.text} → {'true' if outcome else 'false'}"
            wanted.append((name, [(atom, outcome)], atom.constraints))
    for text_, parts, constraints in finder.joints:
        wanted.append((f"{text_} → true", parts, constraints))
    hints: dict[tuple[str, ...], str] = {}
    for atom in atoms:
        if atom.kind == "length" or (atom.kind == "includes" and not isinstance(atom.arg, str)):
            hints.setdefault(atom.path, "list")
        elif atom.kind == "includes":
            current = _get(typical_user, atom.path)
            hints.setdefault(atom.path, "str" if isinstance(current, str) else "list")
        elif atom.kind in ("startsWith", "endsWith"):
            hints.setdefault(atom.path, "str")
        elif atom.kind == "compare" and atom.op in (">", ">=", "<", "<="):
            hints.setdefault(atom.path, "number")

    def value(atom: Atom, outcome: bool) -> Any:
        return copy.deepcopy(value_for(atom, outcome, typical_user, hints.get(atom.path, "")))

    out = []
    for name, parts, constraints in wanted:
        override: dict = {}
        paths = [atom.path for atom, _ in parts]
        for other, outcome in constraints:
            if any(_overlaps(other.path, path) for path in paths):
                continue
            _set(override, other.path, value(other, outcome))
        for atom, outcome in parts:
            _set(override, atom.path, value(atom, outcome))
        out.append((name, override))
        if len(out) >= limit:
            break
    return out


def _overlaps(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return a[: len(b)] == b or b[: len(a)] == a
