"""Side effects on `context` (MFA, SAML, scopes, primaryUser): the cases fixtures do not pin."""

from __future__ import annotations

from converter.pipeline import convert_bytes


def convert(body: str):
    rule = (
        "function (user, context, callback) {\n" + body + "\n  callback(null, user, context);\n}\n"
    )
    return convert_bytes("rule.js", rule.encode("utf-8"))


def codes(result) -> list[str]:
    return [f.code for f in result.findings]


def test_mfa_in_both_branches_of_an_if_converts_both():
    result = convert(
        "  if (user.email_verified) {\n"
        "    context.multifactor = { provider: 'guardian', allowRememberBrowser: false };\n"
        "  } else {\n"
        "    context.multifactor = { provider: 'any', allowRememberBrowser: false };\n"
        "  }"
    )
    assert "api.multifactor.enable('guardian', { allowRememberBrowser: false });" in result.action
    assert "api.multifactor.enable('any', { allowRememberBrowser: false });" in result.action
    assert result.status == "clean"


def test_mfa_variable_declared_after_the_assignment_is_left():
    result = convert(
        "  context.multifactor = mfa;\n  var mfa = { provider: 'any', allowRememberBrowser: true };"
    )
    assert "R2A320" in codes(result)
    assert "context.multifactor = mfa;" in result.action


def test_mfa_duo_options_split_by_another_key_are_left():
    result = convert(
        "  context.multifactor = { provider: 'duo', ikey: 'i', allowRememberBrowser: false,"
        " skey: 's', host: 'h' };"
    )
    assert codes(result) == ["R2A320"]
    assert "api.multifactor" not in result.action


def test_mfa_in_an_array_iterator_may_run_twice():
    result = convert(
        "  user.roles.forEach(function (r) {\n"
        "    if (r === 'admin') context.multifactor = { provider: 'any' };\n"
        "  });"
    )
    assert "R2A323" in codes(result)
    assert "context.multifactor = { provider: 'any' };" in result.action


def test_saml_paths_resolve_with_optional_access_below_the_first_level():
    result = convert(
        "  context.samlConfiguration.mappings = {\n"
        "    a: 'identities.0.connection',\n"
        "    b: 'user_metadata.x-y',\n"
        "    c: 'nickname',\n"
        "  };"
    )
    assert "setAttribute('a', event.user.identities?.[0]?.connection);" in result.action
    assert "setAttribute('b', event.user.user_metadata?.['x-y']);" in result.action
    assert "setAttribute('c', event.user.nickname);" in result.action


def test_saml_emptied_mappings_are_left():
    result = convert("  context.samlConfiguration.mappings = {};")
    assert codes(result) == ["R2A330"]


def test_scopes_string_keeps_the_files_quote_style():
    result = convert('  var x = "a";\n  context.accessToken.scope = "openid  email";')
    assert 'const scopes = ["openid", "email"];' in result.action
    assert codes(result) == ["R2A340"]


def test_scope_push_before_a_replacement_is_left():
    result = convert(
        "  context.accessToken.scope.push('x');\n  context.accessToken.scope = ['openid'];"
    )
    assert codes(result) == ["R2A343", "R2A343"]


def test_scope_names_do_not_clash_with_the_rules_own():
    result = convert(
        "  var scopes = ['openid'];\n  var scope = 1;\n  context.accessToken.scope = scopes;"
    )
    assert "const newScopes = Array.isArray(scopes)" in result.action
    assert "for (const scope of newScopes)" in result.action


def test_primary_user_in_exclusive_branches_converts():
    result = convert(
        "  if (user.app_metadata.a) context.primaryUser = user.app_metadata.a;\n"
        "  else context.primaryUser = user.app_metadata.b;"
    )
    assert result.action.count("api.authentication.setPrimaryUser(") == 2
    assert codes(result) == ["R2A350", "R2A350"]


def test_saml_mapping_of_a_whole_object_is_left():
    result = convert("  context.samlConfiguration.mappings = { meta: 'app_metadata' };")
    assert codes(result) == ["R2A335"]
    assert "context.samlConfiguration.mappings = { meta: 'app_metadata' };" in result.action
