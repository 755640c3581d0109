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
