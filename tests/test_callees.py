"""Issue 11: roles flow into helpers; `global` helpers travel with the Action; `context`
read as a whole."""

from __future__ import annotations

import pytest

from converter import tenant as tenant_module
from converter.migrate import plan
from converter.pipeline import convert_bytes


def convert(text: str):
    result = convert_bytes("rule.js", text.encode())
    assert result.action is not None, result.findings
    body = result.action.split("exports.onExecutePostLogin = async (event, api) => {\n", 1)[1]
    return body, [f.code for f in result.findings]


def test_arrow_helper_without_parentheses_keeps_valid_parameters():
    body, codes = convert("""function (user, context, callback) {
  const mfa = ctx => { ctx.multifactor = { provider: 'any' }; };
  mfa(context);
  callback(null, user, context);
}""")
    assert "const mfa = () => { api.multifactor.enable('any', {" in body
    assert "  mfa();\n" in body
    assert "R2A300" not in codes


def test_only_the_parameters_that_take_a_role_go():
    body, codes = convert("""function (user, context, callback) {
  function claim(name, ctx, value) { ctx.idToken[name] = value; }
  claim('a', context, 1);
  claim('b', context, 2);
  callback(null, user, context);
}""")
    assert "function claim(name, value) { api.idToken.setCustomClaim(name, value); }" in body
    assert "claim('a', 1);" in body and "claim('b', 2);" in body
    assert codes == []


def test_a_helper_whose_use_is_not_converted_keeps_its_argument():
    body, codes = convert("""function (user, context, callback) {
  function keep(ctx) { ctx.sso.with_auth0 = false; }
  keep(context);
  callback(null, user, context);
}""")
    assert "keep(context);" in body  # left, and reported where it stands
    assert "function keep(ctx)" in body
    assert "R2A300" in codes or "R2A304" in codes


def test_a_returned_context_used_otherwise_stays():
    body, codes = convert("""function (user, context, callback) {
  function tag(ctx) { ctx.idToken.x = 1; return ctx; }
  const tagged = tag(context);
  console.log(tagged.clientID);
  callback(null, user, context);
}""")
    assert "return ctx;" in body
    assert "tag(context)" in body
    assert "R2A300" in codes


def test_code_after_a_callback_with_a_helper_call_is_not_skipped():
    body, codes = convert("""function (user, context, callback) {
  function tag(ctx) { ctx.idToken.x = 1; return ctx; }
  callback(null, user, tag(context));
  console.log('after');
}""")
    assert "R2A111" in codes or "R2A120" in codes


def test_destructuring_with_an_unknown_key_is_left():
    body, codes = convert("""function (user, context, callback) {
  const { clientID, sso } = context;
  console.log(clientID, sso);
  callback(null, user, context);
}""")
    assert "const { clientID, sso } = context;" in body
    assert "R2A300" in codes


def test_no_view_for_code_that_may_write():
    body, codes = convert("""function (user, context, callback) {
  Object.assign(context, { a: 1 });
  _.extend(context, { b: 2 });
  callback(null, user, context);
}""")
    assert "rulesContext" not in body
    assert codes.count("R2A300") == 2


def rules(*texts: str) -> list:
    return [
        tenant_module.TenantRule(name=f"r{i}", path=f"r{i}.js", code=text.encode())
        for i, text in enumerate(texts, 1)
    ]


def test_copied_helpers_need_their_constants_and_no_clash():
    first = """function (user, context, callback) {
  const URL = configuration.ERRORS;
  let mutable = 1;
  mutable++;
  global.toErrors = function (ctx) { ctx.redirect = { url: URL }; return ctx; };
  global.counter = function () { return mutable; };
  callback(null, user, context);
}"""
    clash = """function (user, context, callback) {
  const URL = 'mine';
  return callback(null, user, global.toErrors(context));
}"""
    uses = """function (user, context, callback) {
  if (global.counter) { global.counter(); }
  return callback(null, user, global.toErrors(context));
}"""
    result = plan(tenant_module.Tenant("folder", "x", rules=rules(first, clash, uses)))
    first_item, clash_item, uses_item = result.migrated
    assert [f.code for f in clash_item.result.findings if f.code.startswith("R2A5")] == []
    assert "R2A422" in [f.code for f in clash_item.result.findings]
    action = uses_item.result.action
    assert "const URL = event.secrets.ERRORS;" in action
    assert "function toErrors() {" in action and "api.redirect.sendUserTo(URL);" in action
    assert "  toErrors();\n" in action
    codes = [f.code for f in uses_item.result.findings]
    assert "R2A511" in codes and codes.count("R2A422") == 1  # `counter` reads a variable
    first_codes = {f.code: f.message for f in first_item.result.findings}
    assert "'r3'" in first_codes["R2A423"]


@pytest.mark.parametrize("guard", [True, False])
def test_guarded_arrow_helpers_and_lines_of_findings(guard):
    helper = "global.deny = (cb, why) => cb(new UnauthorizedError(why));"
    if guard:
        helper = "if (!global.deny) {\n    " + helper + "\n  }"
    first = f"function (user, context, callback) {{\n  {helper}\n  callback();\n}}"
    later = """function (user, context, callback) {
  // line 2
  if (!user.email) {
    return global.deny(callback, 'no email');
  }
  callback(null, user, context);
}"""
    result = plan(tenant_module.Tenant("folder", "x", rules=rules(first, later)))
    item = result.migrated[1]
    assert "function deny(cb, why) {\n" in item.result.action
    lines = {f.code: (f.line, f.message) for f in item.result.findings}
    assert lines["R2A511"][0] == 4
    assert lines["R2A115"][0] == 4  # in the copy: located at the first use
    assert "in the copy of `global.deny` (from the rule 'r1', its line" in lines["R2A115"][1]


def test_a_cache_set_up_by_the_defining_rule_travels_with_the_copy():
    first = """function (user, context, callback) {
  global.tokens = global.tokens || {};
  global.tokenFor = function (audience) {
    return global.tokens[audience];
  };
  global.remember = function (audience, token) {
    global.seen = global.seen || [];
    global.seen.push(audience);
    global.tokens[audience] = token;
  };
  callback(null, user, context);
}"""
    later = """function (user, context, callback) {
  global.remember('api', 'abc');
  context.idToken['https://example.com/t'] = global.tokenFor('api');
  callback(null, user, context);
}"""
    result = plan(tenant_module.Tenant("folder", "x", rules=rules(first, later)))
    action = result.migrated[1].result.action
    assert action.count("global.tokens = global.tokens || {};") == 1
    assert "global.seen = global.seen || [];" in action  # inside `remember`, as written
    assert action.index("global.tokens = global.tokens") < action.index("function tokenFor(")
    codes = [f.code for f in result.migrated[1].result.findings]
    assert "R2A422" not in codes and "R2A420" in codes


def test_a_value_an_earlier_rule_sets_up_on_global_travels_too():
    first = """function (user, context, callback) {
  const BASE = configuration.API_BASE;
  global.apiBase = global.apiBase || BASE + '/v2';
  global.flags = computeFlags();
  callback(null, user, context);
}"""
    later = """function (user, context, callback) {
  context.idToken['https://example.com/api'] = global.apiBase;
  context.idToken['https://example.com/flags'] = global.flags;
  callback(null, user, context);
}"""
    result = plan(tenant_module.Tenant("folder", "x", rules=rules(first, later)))
    item = result.migrated[1]
    action = item.result.action
    assert "const BASE = event.secrets.API_BASE;" in action
    assert "global.apiBase = global.apiBase || BASE + '/v2';" in action
    assert "which sets up `global.apiBase`" in action
    codes = {f.code: f.message for f in item.result.findings}
    assert "set up by the earlier rule 'r1'" in codes["R2A511"]
    assert "`global.flags`" in codes["R2A422"]  # not a setup that can be copied
