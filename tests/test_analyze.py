"""The analyze stage: the rule's parameters are bound by position, shadowing respected."""

from __future__ import annotations

from converter.analyze import Analysis
from converter.parser import parse


def refs(text, role):
    parsed = parse(text)
    analysis = Analysis(parsed.program, parsed.anonymous_at)
    return [text[r.range[0] : r.range[1] + 12] for r in analysis.role_references(role)]


def test_parameters_are_bound_by_position_whatever_their_names():
    text = "function (u, ctx, done) { done(null, u, ctx); }"
    assert len(refs(text, "user")) == 1
    assert len(refs(text, "context")) == 1
    assert len(refs(text, "callback")) == 1


def test_shadowing_is_respected():
    text = """function (user, context, callback) {
  user.a;
  function helper(user) { return user.b; }
  try { x(); } catch (user) { user.c; }
  { let user = 1; user.d; }
  [1].map(user => user.e);
  const f = function user() { return user.f; };
  for (const user of []) { user.g; }
  class K { m(user) { return user.h; } }
  var g = ({ user }) => user.i;
  var h = function () { var user = 2; if (true) { user.j; } };
  user.k;
}"""
    assert [r[:7] for r in refs(text, "user")] == ["user.a;", "user.k;"]


def test_var_hoisting_and_function_declarations_shadow_too():
    text = """function (user, context, callback) {
  function inner() { callback(); var callback = 1; }
  function context() {}
  context.x;
  callback(null, user, context);
}"""
    assert refs(text, "context") == []  # the function declaration rebinds it
    assert len(refs(text, "callback")) == 1


def test_globals_are_collected():
    text = "function (user, context, callback) { configuration.A; auth0.users; var q = 1; q; }"
    parsed = parse(text)
    analysis = Analysis(parsed.program, parsed.anonymous_at)
    assert set(analysis.globals) == {"configuration", "auth0"}


def rule_of(text):
    parsed = parse(text)
    return Analysis(parsed.program, parsed.anonymous_at).rule


def test_module_wrappers_are_rules():
    """Issue 10: rules from repositories that unit-test them are modules."""
    body = "(user, context, callback) { callback(null, user, context); }"
    shapes = {
        f"module.exports = function {body};": (None, 0),
        f"module.exports = async function {body};": (None, 0),
        f"module.exports = function rule{body};": ("rule", 0),
        f"'use strict';\nmodule.exports = function {body};": (None, 0),
        f"exports.handler = function {body};": (None, 0),
        f"module.exports.handler = function {body};": (None, 0),
        f"module.exports = {body.replace(') {', ') => {')};": (None, 0),
        f"const rule = function {body};\nmodule.exports = rule;": ("rule", 1),
        f"let rule = async {body.replace(') {', ') => {')};\nexports.rule = rule;": ("rule", 1),
        f"function rule{body}\nmodule.exports = rule;": ("rule", 1),
        f"module.exports = rule;\nfunction rule{body}": ("rule", 1),
        f"function rule{body}\nmodule.exports = {{ rule }};": ("rule", 1),
        f"const rule = function {body};\nmodule.exports = {{ handler: rule }};": ("rule", 1),
        f"function rule{body}\nif (typeof module !== 'undefined') {{ module.exports = rule; }}": (
            "rule",
            1,
        ),
    }
    for text, (name, exports) in shapes.items():
        rule = rule_of(text)
        assert rule is not None, text
        assert rule.exported, text
        assert rule.name == name, text
        assert len(rule.exports) == exports, text
        assert len(rule.bindings) == 3, text


def test_the_exported_function_is_the_rule():
    helper = "function check(user, context) { return !!user; }\n"
    text = helper + "const rule = function (u, c, cb) { cb(null, u, c); };\nmodule.exports = rule;"
    assert rule_of(text).name == "rule"
    # What the file assigns to `module.exports` is the rule, not a helper exported for tests.
    text = (
        "function rule(user, context, callback) { callback(null, user, context); }\n"
        "module.exports = rule;\n"
        "module.exports.check = function (user, context) { return !!user; };\n"
    )
    assert rule_of(text).name == "rule"
    # A function kept in a variable and not exported is not taken for the rule.
    assert rule_of("const f = function (user, context, callback) {};") is None
    # Not an export: a parenthesised function.
    assert not rule_of("(function (user, context, callback) {});").exported


def analyse(text):
    parsed = parse(text)
    return Analysis(parsed.program, parsed.anonymous_at)


def test_roles_flow_into_helpers_aliases_and_nested_calls():
    text = """function (user, context, callback) {
  const c = context;
  function setClaim(target, name, value) { target.idToken[name] = value; }
  const addAll = (ctx, profile) => { setClaim(ctx, 'email', profile.email); };
  (function (done) { done(null, user, c); })(callback);
  addAll(c, user);
}"""
    analysis = analyse(text)
    names = {role: [b.name for b in analysis.role_bindings(role)] for role in ROLE_NAMES}
    assert names == {
        "user": ["user", "profile"],
        "context": ["context", "c", "ctx", "target"],
        "callback": ["callback", "done"],
    }
    assert [r.name for r in analysis.role_references("context")] == [
        "context", "target", "ctx", "c", "c",
    ]  # fmt: skip
    assert analysis.role_notes == []


ROLE_NAMES = ("user", "context", "callback")


def test_a_helper_called_with_other_values_or_passed_on_takes_no_role():
    text = """function (user, context, callback) {
  function describe(source) { return source.clientName; }
  describe(context);
  describe({ clientName: 'x' });
  const flag = function (ctx) { ctx.idToken.x = 1; };
  [context].forEach(flag);
  flag(context);
  function reassigns(ctx) { ctx = {}; return ctx; }
  reassigns(context);
  callback(null, user, context);
}"""
    analysis = analyse(text)
    assert [b.name for b in analysis.role_bindings("context")] == ["context"]
    codes = [
        (code, node.name, message.split(":")[0]) for code, node, message, _ in analysis.role_notes
    ]
    assert codes == [
        ("R2A306", "context", "`describe` receives `context` here, but at line {line} it is "
         "called with another value in that position"),
        ("R2A306", "context", "`flag` receives `context` here but is also passed on or stored "
         "(line {line}), so not every call of it can be seen; its body is not converted"),
        ("R2A306", "context", "`reassigns` receives `context` here, but its parameter `ctx` is "
         "reassigned"),
    ]  # fmt: skip


def test_helpers_outside_the_rule_function_and_returned_context():
    text = """function outside(ctx) { ctx.idToken.a = 1; }
function rule(user, context, callback) {
  const toErrorPage = (code, ctx) => { ctx.redirect = { url: code }; return ctx; };
  outside(context);
  callback(null, user, toErrorPage('x', context));
}"""
    analysis = analyse(text)
    (note,) = analysis.role_notes
    assert note[0] == "R2A308"
    (returning,) = analysis.returns_role.values()
    assert returning == "context"
    call = analysis.nodes("CallExpression")[-1]
    assert analysis.passes_role(call, "context")
    assert not analysis.passes_role(call, "user")
