"""Property test (issue 10, point 1): every fixture, in every shape a rule is written in,
converts to an Action that V8 accepts.

The variants are derived mechanically from each fixture under fixtures/rules/ by editing
its text through the esprima AST's ranges (never by regex):

- ``async``: the rule function becomes ``async``;
- ``async-await``: ``async``, with a plain ``await`` as its first statement;
- ``arrows``: inner functions (callbacks, helpers, ``global`` helpers) become arrow
  functions with block bodies, function declarations ``const NAME = (...) => {...};``;
- ``concise``: the same, with an expression body where a function only returns a value;
- ``short-names``: the rule's parameters renamed ``u``, ``ctx``, ``cb``;
- ``action-names``: renamed ``event``, ``api``, ``next`` (the Action's own names);
- ``helper-names``: renamed ``results``, ``settled``, ``resolve`` (names the converter
  gives its own variables);
- ``swapped-names``: renamed ``context``, ``user``, ``err`` (bound by position, not name);
- ``exports``: ``module.exports = function (user, context, callback) {...};``;
- ``exports-async``: ``module.exports = async function ...``;
- ``exports-named``: ``module.exports = function rule(...) {...};``;
- ``exports-arrow``: ``module.exports = async (user, context, callback) => {...};``;
- ``exports-variable``: ``const rule = function ...;`` then ``module.exports = rule;``;
- ``exports-declaration``: ``function rule(...) {...}`` then ``module.exports = rule;``;
- ``exports-object``: ``const rule = function ...;`` then ``module.exports = { rule };``;
- ``exports-guarded``: ``if (typeof module !== 'undefined') { module.exports = rule; }``;
- ``exports-strict``: ``'use strict';`` above ``module.exports = function ...``;
- ``exports-handler``: ``exports.handler = function ...``;
- ``async-arrows-renamed``: the three first together.

Each variant must convert (no R2A002 "no rule function", R2A006 "does not parse", R2A007
"internal error"), its Action must keep its exports (no ``module.exports = rule;`` left)
and pass Node's checks (as a Script, and as ``node --check`` compiles a CommonJS module;
all Actions in one Node process). Variants that only rename, wrap or rewrite functions as
arrows must also give the same finding codes as the fixture itself.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable

import pytest

from conftest import RULES, convert_path, fixture_id
from converter.analyze import Analysis
from converter.astutil import STATEMENT_LISTS, VISITOR_KEYS, walk
from converter.crossrule import helper_definitions
from converter.parser import parse
from converter.pipeline import convert_bytes
from converter.source import SourceFile

NODE = shutil.which("node")

# Variants that fail for a reason owned by another piece of work: (fixture id, variant) →
# reason. Empty: every variant converts.
XFAIL: dict[tuple[str, str], str] = {}


# -- deriving variants ------------------------------------------------------------------


@dataclass
class Rule:
    """One fixture, parsed and analysed, with the means to edit its text."""

    text: str
    newline: str
    analysis: Analysis
    anonymous_at: int | None

    @classmethod
    def load(cls, text: str, newline: str = "\n") -> "Rule":
        parsed = parse(text)
        return cls(
            text, newline, Analysis(parsed.program, parsed.anonymous_at), parsed.anonymous_at
        )

    @property
    def function(self) -> Any:
        return self.analysis.rule.function

    def taken(self) -> set[str]:
        return set(self.analysis.bound_names) | set(self.analysis.globals)

    def fresh(self, base: str, taken: set[str] | None = None) -> str:
        taken = self.taken() if taken is None else taken
        name, number = base, 2
        while name in taken:
            name, number = f"{base}{number}", number + 1
        return name


def apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Apply non-overlapping ``(start, end, text)`` edits (insertions at one offset keep
    their order)."""
    ordered = sorted(enumerate(edits), key=lambda item: (item[1][0], item[1][1], item[0]))
    out, position = [], 0
    for _, (start, end, new) in ordered:
        assert start >= position, f"overlapping edits at {start}"
        out.append(text[position:start])
        out.append(new)
        position = end
    out.append(text[position:])
    return "".join(out)


def _skip_space_back(text: str, position: int) -> int:
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _parenthesised(text: str, node: Any) -> bool:
    before = _skip_space_back(text, node.range[0])
    after = _skip_space(text, node.range[1])
    return text[before - 1 : before] == "(" and text[after : after + 1] == ")"


def _async_edits(rule: Rule) -> list[tuple[int, int, str]]:
    function = rule.function
    if function.isAsync:
        return []
    return [(function.range[0], function.range[0], "async ")]


def make_async(rule: Rule) -> str | None:
    edits = _async_edits(rule)
    return apply(rule.text, edits) if edits else None


def make_awaiting(rule: Rule) -> str | None:
    """``async``, and a plain ``await`` as the body's first statement (the rule now awaits
    at its own level, whatever it does after)."""
    statements = [s for s in rule.function.body.body if getattr(s, "directive", None) is None]
    if not statements:
        return None
    first = statements[0].range[0]
    line_start = rule.text.rfind("\n", 0, first) + 1
    indent = rule.text[line_start:first]
    if indent.strip():
        insertion = (first, first, "await Promise.resolve(); ")
    else:
        insertion = (line_start, line_start, f"{indent}await Promise.resolve();{rule.newline}")
    return apply(rule.text, _async_edits(rule) + [insertion])


# - functions as arrows -


def _own_nodes(function: Any) -> list[Any]:
    """Nodes of ``function``'s body that belong to it, not to a nested non-arrow function."""
    found, stack = [], [function.body, *function.params]
    while stack:
        node = stack.pop()
        found.append(node)
        for child in _children(node):
            if child.type in ("FunctionExpression", "FunctionDeclaration"):
                continue
            stack.append(child)
    return found


def _children(node: Any) -> list[Any]:
    children = []
    for key in VISITOR_KEYS.get(node.type, ()):
        value = getattr(node, key, None)
        if isinstance(value, list):
            children.extend(v for v in value if v is not None)
        elif value is not None and hasattr(value, "type"):
            children.append(value)
    return children


# Slots of a parent where an arrow function stands without parentheses.
def _arrow_fits(parent: Any, node: Any) -> bool:
    kind = parent.type
    if kind in ("CallExpression", "NewExpression"):
        return node is not parent.callee
    if kind in ("ArrayExpression", "SequenceExpression", "TemplateLiteral", "SpreadElement"):
        return True
    if kind == "Property":
        return node is parent.value
    if kind in ("VariableDeclarator", "AssignmentPattern"):
        return node is getattr(parent, "init", None) or node is getattr(parent, "right", None)
    if kind == "AssignmentExpression":
        return node is parent.right
    if kind in ("ReturnStatement", "ArrowFunctionExpression", "YieldExpression"):
        return True
    if kind == "ConditionalExpression":
        return node is not parent.test
    return False


def _convertible(rule: Rule, function: Any) -> bool:
    if function is rule.function or function.generator:
        return False
    analysis = rule.analysis
    parent = analysis.parent(function)
    if function.type == "FunctionExpression":
        if parent.type == "Property" and (parent.method or parent.kind != "init"):
            return False
        if parent.type == "MethodDefinition":
            return False
        if function.id is not None:
            binding = analysis.declaration(function.id)
            if binding is None or binding.references:
                return False
    else:
        if parent.type not in STATEMENT_LISTS:
            return False  # `if (x) function f() {}`
        binding = analysis.declaration(function.id)
        if binding is None or binding.node is not function.id or binding.redeclared:
            return False
        for ref in binding.references:
            if ref.range[0] < function.range[0]:
                return False  # used before it is declared: a `const` would not be there yet
            holder = analysis.parent(ref)
            if holder.type == "NewExpression" and holder.callee is ref:
                return False
            if holder.type == "MemberExpression" and holder.object is ref:
                if getattr(holder.property, "name", None) == "prototype":
                    return False
    return _arrow_safe(rule, function)


def _arrow_safe(rule: Rule, function: Any) -> bool:
    """No duplicate parameters, no ``this``, ``arguments``, ``super``, ``new.target``, and
    no use of the function's own name."""
    if function.generator:
        return False
    if function.type == "FunctionExpression" and function.id is not None:
        binding = rule.analysis.declaration(function.id)
        if binding is None or binding.references:
            return False
    names = [p.name for p in function.params if p.type == "Identifier"]
    if len(names) != len(set(names)):
        return False
    for node in _own_nodes(function):
        if node.type in ("ThisExpression", "Super", "MetaProperty"):
            return False
        if node.type == "Identifier" and node.name == "arguments":
            return False
    return True


def _params_text(rule: Rule, function: Any) -> tuple[int, str]:
    """Offset where the parameter list starts, and its text up to its closing ``)``."""
    text = rule.text
    start = function.id.range[1] if function.id is not None else function.range[0]
    if function.id is None:
        start += len("async") if function.isAsync else 0
        start = text.index("function", start) + len("function")
    opening = text.index("(", start)
    closing = _skip_space_back(text, function.body.range[0])
    assert text[closing - 1] == ")", text[function.range[0] : function.body.range[0]]
    return opening, text[opening:closing]


def _concise_body(rule: Rule, function: Any) -> str | None:
    body = function.body.body
    if len(body) != 1 or body[0].type != "ReturnStatement" or body[0].argument is None:
        return None
    inner = rule.text[function.body.range[0] + 1 : function.body.range[1] - 1]
    argument = body[0].argument
    if any(c.range[0] >= function.body.range[0] and c.range[1] <= function.body.range[1]
           for c in rule.analysis.program.comments):  # fmt: skip
        return None
    if "\n" in inner.strip():
        return None
    value = rule.text[argument.range[0] : argument.range[1]]
    if argument.type in ("ObjectExpression", "SequenceExpression") or value.startswith("{"):
        value = f"({value})"
    return value


def make_arrows(rule: Rule, concise: bool = False) -> str | None:
    edits = arrow_edits(rule, concise)
    return apply(rule.text, edits) if edits else None


def arrow_edits(rule: Rule, concise: bool = False) -> list[tuple[int, int, str]]:
    text = rule.text
    edits = []
    bodies: set[tuple[int, int]] = set()
    functions = [
        f
        for kind in ("FunctionExpression", "FunctionDeclaration")
        for f in rule.analysis.nodes(kind)
        if _convertible(rule, f)
    ]
    for function in functions:
        opening, params = _params_text(rule, function)
        head = ("async " if function.isAsync else "") + params + " => "
        body_start, body_end = function.body.range
        expression = _concise_body(rule, function) if concise else None
        if function.type == "FunctionDeclaration":
            head = f"const {function.id.name} = {head}"
        parent = rule.analysis.parent(function)
        wrap = (
            function.type == "FunctionExpression"
            and not _arrow_fits(parent, function)
            and not _parenthesised(text, function)
        )
        edits.append((function.range[0], body_start, ("(" if wrap else "") + head))
        if expression is not None:
            edits.append((body_start, body_end, expression))
            bodies.add((body_start, body_end))
        tail = ")" if wrap else ""
        if function.type == "FunctionDeclaration":
            tail += ";"
        if tail:
            edits.append((body_end, body_end, tail))
    # A concise body replaces the whole body: edits inside it (its own inner functions)
    # are dropped, those functions stay as they are.
    replaced = [(start, end) for start, end, new in edits if (start, end) in bodies]
    return [
        edit
        for edit in edits
        if not any(
            s <= edit[0] and edit[1] <= e and (edit[0], edit[1]) != (s, e) for s, e in replaced
        )
    ]


# - renamed parameters -


def rename(rule: Rule, names: dict[str, str]) -> str | None:
    rule_info = rule.analysis.rule
    renamed = {id(b) for role, b in rule_info.bindings.items() if role in names}
    # Every name in use, except the parameters' own (they can be swapped).
    taken = {b.name for b in rule.analysis.declared.values() if id(b) not in renamed}
    taken |= set(rule.analysis.globals)
    edits = []
    for role, wanted in names.items():
        binding = rule_info.bindings.get(role)
        if binding is None or binding.name == wanted:
            continue
        new = rule.fresh(wanted, taken)
        taken.add(new)
        for identifier in [binding.node, *binding.references]:
            holder = rule.analysis.parent(identifier)
            if holder is not None and holder.type == "Property" and holder.shorthand:
                edits.append((holder.range[0], holder.range[1], f"{binding.name}: {new}"))
            else:
                edits.append((identifier.range[0], identifier.range[1], new))
    return apply(rule.text, edits) if edits else None


# - module.exports wrappers -


def _rule_statement(rule: Rule) -> Any:
    return rule.analysis.rule.statement


def _exportable(rule: Rule) -> bool:
    statement = _rule_statement(rule)
    if rule.analysis.rule.exported:
        return False  # a module already
    if statement.type == "FunctionDeclaration":
        return True
    return rule.anonymous_at is not None and statement.range[0] == rule.anonymous_at


def _end_of_function(rule: Rule) -> tuple[int, str]:
    """Where the rule function ends, and ``;`` unless one follows already."""
    end = rule.function.range[1]
    after = _skip_space(rule.text, end)
    return end, "" if rule.text.startswith(";", after) else ";"


def make_exports(
    rule: Rule,
    target: str = "module.exports",
    is_async: bool = False,
    named: bool = False,
    strict: bool = False,
) -> str | None:
    if not _exportable(rule):
        return None
    function = rule.function
    edits = list(_async_edits(rule)) if is_async else []
    start = function.range[0]
    edits.insert(0, (start, start, f"{target} = "))
    if named and function.id is None:
        keyword = rule.text.index("function", start) + len("function")
        edits.append((keyword, keyword, " " + rule.fresh("rule")))
    end, semicolon = _end_of_function(rule)
    if semicolon:
        edits.append((end, end, semicolon))
    if strict:  # before anything else inserted at offset 0
        edits.insert(0, (0, 0, f"'use strict';{rule.newline}{rule.newline}"))
    return apply(rule.text, edits)


def make_exported_arrow(rule: Rule) -> str | None:
    """``module.exports = async (user, context, callback) => {...};``"""
    function = rule.function
    if not _exportable(rule) or not _arrow_safe(rule, function):
        return None
    opening, params = _params_text(rule, function)
    end, semicolon = _end_of_function(rule)
    head = f"module.exports = async {params} => "
    return apply(
        rule.text, [(function.range[0], function.body.range[0], head), (end, end, semicolon)]
    )


def make_exported_later(
    rule: Rule, declaration: bool, guarded: bool = False, in_object: bool = False
) -> str | None:
    """``const rule = function ...;`` / ``function rule(...) {...}``, then
    ``module.exports = rule;`` at the end of the file (inside ``if (typeof module !==
    'undefined') {...}`` when ``guarded``)."""
    if not _exportable(rule):
        return None
    function = rule.function
    start = function.range[0]
    edits = []
    if declaration:
        if function.type == "FunctionDeclaration":
            name = function.id.name
        else:
            name = rule.fresh("rule")
            keyword = rule.text.index("function", start) + len("function")
            edits.append((keyword, keyword, " " + name))
    else:
        name = function.id.name if function.id is not None else rule.fresh("rule")
        edits.append((start, start, f"const {name} = "))
        end, semicolon = _end_of_function(rule)
        if semicolon:
            edits.append((end, end, semicolon))
    tail = rule.text.rstrip()
    nl = rule.newline
    export = f"module.exports = {{ {name} }};" if in_object else f"module.exports = {name};"
    if guarded:
        export = f"if (typeof module !== 'undefined') {{{nl}  {export}{nl}}}"
    edits.append((len(tail), len(rule.text), f"{nl}{nl}{export}{nl}"))
    return apply(rule.text, edits)


def make_combined(rule: Rule) -> str | None:
    edits = _async_edits(rule) + arrow_edits(rule)
    text = apply(rule.text, edits)
    renamed = rename(
        Rule.load(text, rule.newline), {"user": "u", "context": "ctx", "callback": "cb"}
    )
    return renamed or text


VARIANTS: dict[str, Callable[[Rule], str | None]] = {
    "async": make_async,
    "async-await": make_awaiting,
    "arrows": make_arrows,
    "concise": lambda rule: make_arrows(rule, concise=True),
    "short-names": lambda rule: rename(rule, {"user": "u", "context": "ctx", "callback": "cb"}),
    "action-names": lambda rule: rename(
        rule, {"user": "event", "context": "api", "callback": "next"}
    ),
    "helper-names": lambda rule: rename(
        rule, {"user": "results", "context": "settled", "callback": "resolve"}
    ),
    "swapped-names": lambda rule: rename(
        rule, {"user": "context", "context": "user", "callback": "err"}
    ),
    "exports": make_exports,
    "exports-async": lambda rule: make_exports(rule, is_async=True),
    "exports-named": lambda rule: make_exports(rule, named=True),
    "exports-arrow": make_exported_arrow,
    "exports-variable": lambda rule: make_exported_later(rule, declaration=False),
    "exports-declaration": lambda rule: make_exported_later(rule, declaration=True),
    "exports-object": lambda rule: make_exported_later(rule, declaration=False, in_object=True),
    "exports-guarded": lambda rule: make_exported_later(rule, declaration=True, guarded=True),
    "exports-strict": lambda rule: make_exports(rule, strict=True),
    "exports-handler": lambda rule: make_exports(rule, target="exports.handler"),
    "async-arrows-renamed": make_combined,
}


def derive(path) -> dict[str, str]:
    """Every applicable variant of one fixture: name → rule text."""
    source = SourceFile.from_bytes(str(path), path.read_bytes())
    rule = Rule.load(source.text, source.newline)
    found = {}
    for name, make in VARIANTS.items():
        text = make(rule)
        if text is not None and text != source.text:
            found[name] = text
    return found


# -- the property -------------------------------------------------------------------------

# Compiles each text as a Script and as a CommonJS module (what `node --check` does).
_CHECK = r"""
const vm = require('vm');
const { wrap } = require('module');
const texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = texts.map((text) => {
  try {
    new vm.Script(text);
    new vm.Script(wrap(text));
    return null;
  } catch (error) {
    return String(error.message);
  }
});
process.stdout.write(JSON.stringify(out));
"""


def node_check(texts: list[str]) -> list[str | None]:
    done = subprocess.run(
        [NODE, "-e", _CHECK], input=json.dumps(texts), capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


# Variants that must convert with the very findings of the fixture itself (codes, with
# their counts): a renamed parameter, a module wrapper or an arrow function changes nothing
# the converter reports, except the notes on the names and the export themselves.
SAME_FINDINGS = {
    "arrows",
    "concise",
    "short-names",
    "action-names",
    "helper-names",
    "swapped-names",
    "exports",
    "exports-named",
    "exports-arrow",
    "exports-variable",
    "exports-declaration",
    "exports-object",
    "exports-guarded",
    "exports-strict",
    "exports-handler",
}
NOTES = {"R2A010", "R2A012"}


def _codes(result) -> Counter:
    return Counter(f.code for f in result.findings if f.code not in NOTES)


def _replaces_exports(action: str) -> bool:
    """Whether the Action assigns ``module.exports`` (or ``exports``) as a whole, which
    would throw its handler away."""
    for node in walk(parse(action).program):
        if node.type != "AssignmentExpression":
            continue
        target = node.left
        if target.type == "Identifier" and target.name == "exports":
            return True
        if (
            target.type == "MemberExpression"
            and getattr(target.object, "name", None) == "module"
            and getattr(target.property, "name", None) == "exports"
        ):
            return True
    return False


@pytest.fixture(scope="module")
def outcomes():
    assert NODE, "Node.js is required: the property test checks every Action with Node"
    return check_variants()


def check_variants() -> dict[tuple[str, str], str | None]:
    """(fixture id, variant) → problem (None when the variant converts and parses)."""
    results: dict[tuple[str, str], str | None] = {}
    actions: list[tuple[tuple[str, str], str]] = []
    for path in RULES:
        original = _codes(convert_path(path))
        for name, text in derive(path).items():
            key = (fixture_id(path), name)
            result = convert_bytes(f"{name}.js", text.encode("utf-8"))
            if result.findings and result.findings[0].code == "R2A001":
                # A bug of the variant, not of the converter; or a rule that is not valid
                # strict-mode code (an octal literal, say) under 'use strict'.
                assert name == "exports-strict", (key, result.findings[0].message, text)
                continue
            bad = [
                f"{f.code} {f.message}"
                for f in result.findings
                if f.code in ("R2A002", "R2A006", "R2A007")
            ]
            if bad or not result.converted:
                results[key] = "; ".join(bad) or result.status
                continue
            if _replaces_exports(result.action):
                results[key] = "the Action still assigns `module.exports`"
                continue
            if name in SAME_FINDINGS and _codes(result) != original:
                results[key] = (
                    f"findings differ from the fixture's: {sorted(_codes(result).items())} "
                    f"instead of {sorted(original.items())}"
                )
                continue
            results[key] = None
            actions.append((key, result.action))
            if "global." in text:
                # What `migrate` copies into the Actions of later rules (issue 10: an arrow
                # helper was copied as `global.f = global.f || (a) => {...};`).
                for helper in helper_definitions(name, text).values():
                    actions.append((key, helper.declaration))
    for (key, text), problem in zip(actions, node_check([a for _, a in actions])):
        if problem is not None:
            what = "the Action" if "onExecutePostLogin" in text else "a copied global helper"
            results[key] = f"node rejects {what}: {problem}"
    return results


VARIANT_NAMES = list(VARIANTS)


@pytest.mark.parametrize("variant", VARIANT_NAMES)
def test_every_variant_converts_and_parses(variant, outcomes):
    failures = {
        fixture: problem
        for (fixture, name), problem in outcomes.items()
        if name == variant and problem is not None and (fixture, name) not in XFAIL
    }
    assert not failures, "\n".join(f"{k}: {v}" for k, v in sorted(failures.items()))


def test_variants_cover_every_fixture(outcomes):
    """Each fixture yields variants (every fixture has a rule function to vary)."""
    covered = {fixture for fixture, _ in outcomes}
    assert covered == {fixture_id(p) for p in RULES}
    assert len(outcomes) >= 8 * len(RULES)


def test_expected_failures_still_fail(outcomes):
    stale = [key for key in XFAIL if outcomes.get(key) is None]
    assert not stale, f"these variants convert now; drop them from XFAIL: {stale}"
