"""Property and fuzz tests: no input makes the converter crash, hang or write a bad Action.

Inputs come from two places: rules generated from the idiom grammar (the shapes and idioms
of real rules, /work/shared/reference/rule-idioms.md), and the real fixtures, mutated
(truncated, garbage inserted, nested deeply, huge literals, unicode including astral
characters and lone surrogates in escapes, mixed CRLF, BOM).

Every outcome must be a ``Result``; a converted Action must parse, be deterministic, and
converting it again must change nothing. ``RULES2ACTIONS_DEBUG`` is on (conftest.py), so
a bug anywhere surfaces as a failing example with its traceback.

The budget is modest in ``make test``; for a longer run: ``HYPOTHESIS_PROFILE=fuzz pytest
tests/test_robustness.py`` (see tests/conftest.py).
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from conftest import RULES
from converter.parser import validate_with_esprima
from converter.pipeline import FAILED, SKIPPED, Result, convert_bytes
from converter.source import SourceFile

FIXTURE_BYTES = [path.read_bytes() for path in RULES]

# -- the idiom grammar ---------------------------------------------------------------------

NAMESPACE = st.sampled_from(["https://example.com/", "http://acme.io/claims/", "urn:x:"])
FIELD = st.sampled_from(["email", "user_id", "name", "nickname", "picture", "email_verified"])
CONFIG_KEY = st.sampled_from(["API_KEY", "SLACK_HOOK_URL", "ENV", "personapi_url", "x"])
CONTEXT_READ = st.sampled_from(
    [
        "context.clientID",
        "context.clientName",
        "context.connection",
        "context.protocol",
        "context.request.ip",
        "context.request.query.prompt",
        "context.stats.loginsCount",
        "context.request.geoip.country_code",
        "context.accessToken.scope",
        "context.primaryUser",
    ]
)


@st.composite
def statements(draw, cb: str) -> str:
    kind = draw(st.integers(0, 15))
    field = draw(FIELD)
    ns = draw(NAMESPACE)
    key = draw(CONFIG_KEY)
    if kind == 0:
        return f"context.idToken['{ns}{field}'] = user.{field};"
    if kind == 1:
        return f"var ns = '{ns}';\ncontext.accessToken[ns + '{field}'] = user.{field};"
    if kind == 2:
        return f"context.idToken[`${{'{ns}'}}{field}`] = user.{field};"
    if kind == 3:
        return f"var value = configuration.{key} || configuration['{key}'];"
    if kind == 4:
        return f"var read = {draw(CONTEXT_READ)};"
    if kind == 5:
        return f"if (!user.email_verified) {{ return {cb}(new UnauthorizedError('verify')); }}"
    if kind == 6:
        return (
            "user.app_metadata = user.app_metadata || {};\n"
            "user.app_metadata.n = 1;\n"
            "auth0.users.updateAppMetadata(user.user_id, user.app_metadata)\n"
            f"  .then(function () {{ {cb}(null, user, context); }})\n"
            f"  .catch(function (e) {{ {cb}(e); }});"
        )
    if kind == 7:
        return "context.multifactor = { provider: 'any', allowRememberBrowser: false };"
    if kind == 8:
        return (
            "if (context.protocol === 'redirect-callback') "
            f"{{ return {cb}(null, user, context); }}\n"
            "context.redirect = { url: 'https://example.com/consent' };"
        )
    if kind == 9:
        return "context.samlConfiguration.mappings = { 'http://x/upn': 'upn' };"
    if kind == 10:
        return "global.log = global.log || console.log;\nglobal.log(user.email);"
    if kind == 11:
        return "var request = require('request@2.81.0');\nvar _ = require('lodash');"
    if kind == 12:
        inner = f"{cb}(null, user, context);"
        for _ in range(draw(st.integers(1, 3))):
            inner = (
                f"request.post({{ url: configuration.{key} }}, function (err, res, body) {{\n"
                f"  if (err) return {cb}(err);\n  {inner}\n}});"
            )
        return inner
    if kind == 13:
        return f"{cb}(null, user, context);"
    if kind == 14:
        return "delete user.password;\nuser.transient = context.connection;"
    return f"return {cb}(new Error('no: ' + user.{field}));"


@st.composite
def generated_rules(draw) -> str:
    cb = draw(st.sampled_from(["callback", "callback", "done", "cb"]))
    body = draw(st.lists(statements(cb), min_size=0, max_size=8))
    if draw(st.booleans()):
        body.append(f"{cb}(null, user, context);")
    asyncness = "async " if draw(st.booleans()) else ""
    inner = "\n".join("  " + line for text in body for line in text.split("\n"))
    shape = draw(st.integers(0, 3))
    if shape == 0:
        return f"{asyncness}function (user, context, {cb}) {{\n{inner}\n}}\n"
    if shape == 1:
        return f"{asyncness}function rule(user, context, {cb}) {{\n{inner}\n}}\n"
    if shape == 2:
        return f"/** doc */\n{asyncness}function (user, context, {cb}) {{\n{inner}\n}};\n"
    return f"({asyncness}function myRule(user, context, {cb}) {{\n{inner}\n}})\n"


# -- mutations of real fixtures ------------------------------------------------------------

UNICODE = st.sampled_from(
    [
        "é",
        "\u2028",
        "\u2029",
        "😀",
        "\U0001d518",
        "'\\ud800'",
        "'\\udc00x'",
        '"\\u{1F600}"',
        "`\\ud83d`",
        "\ufeff",
        "\u200b",
        "/*😀*/",
    ]
)


@st.composite
def mutated_fixtures(draw) -> bytes:
    data = draw(st.sampled_from(FIXTURE_BYTES))
    text = data.decode("utf-8")
    kind = draw(st.integers(0, 7))
    at = draw(st.integers(0, len(text)))
    if kind == 0:  # truncation
        text = text[:at]
    elif kind == 1:  # garbage bytes
        garbage = draw(st.binary(min_size=1, max_size=8))
        raw = text.encode("utf-8")
        cut = min(at, len(raw))
        return raw[:cut] + garbage + raw[cut:]
    elif kind == 2:  # garbage text
        text = text[:at] + draw(st.text(min_size=1, max_size=12)) + text[at:]
    elif kind == 3:  # unicode
        text = text[:at] + draw(UNICODE) + text[at:]
    elif kind == 4:  # line endings and BOM
        text = text.replace("\n", draw(st.sampled_from(["\r\n", "\r", "\n"])))
        if draw(st.booleans()):
            text = text.replace("\r\n", "\n", draw(st.integers(0, 5)))
        if draw(st.booleans()):
            text = "\ufeff" + text
    elif kind == 5:  # a statement inserted at a line start
        line = text.rfind("\n", 0, at) + 1
        text = text[:line] + draw(st.sampled_from(SNIPPETS)) + "\n" + text[line:]
    elif kind == 6:  # deep nesting
        depth = draw(st.integers(10, 400))
        line = text.rfind("\n", 0, at) + 1
        nested = draw(
            st.sampled_from(
                [
                    "var deep = " + "(" * depth + "1" + ")" * depth + ";",
                    "var deep = " + "[" * depth + "]" * depth + ";",
                    "if (a) {" * depth + "}" * depth,
                    "var deep = " + "{a:" * depth + "1" + "}" * depth + ";",
                ]
            )
        )
        text = text[:line] + nested + "\n" + text[line:]
    else:  # huge literal
        size = draw(st.integers(1_000, 200_000))
        line = text.rfind("\n", 0, at) + 1
        text = text[:line] + "var big = '" + "x" * size + "';\n" + text[line:]
    return text.encode("utf-8", "surrogatepass")


SNIPPETS = [
    "context.idToken['https://x/a'] = 1;",
    "callback(null, user, context);",
    "return callback(new UnauthorizedError('x'));",
    "var k = configuration.KEY;",
    "user.app_metadata.x = 1;",
    "}",
    "{",
    "function (user, context, callback) {",
    "exports.onExecutePostLogin = async (event, api) => {};",
    "context.redirect = { url: 'x' };",
    "label: for (;;) { break label; }",
    "with (user) { email; }",
    "var user = 1;",
    "let context = 2;",
]


# -- the properties ------------------------------------------------------------------------


def check_result(result: Result, data: bytes) -> None:
    assert isinstance(result, Result)
    assert result.status in ("clean", "needs-review", "skipped", "failed")
    if result.status == FAILED:
        assert result.action is None
        assert result.findings and result.findings[0].severity == "error"
    if result.action is None:
        return
    action = SourceFile.from_text("a.js", result.action).text
    # Every written Action parses (V8 already said so in the pipeline; esprima agrees).
    assert validate_with_esprima(action) is None
    # Deterministic.
    again = convert_bytes(result.path, data)
    assert again.action == result.action
    assert [f.to_dict() for f in again.findings] == [f.to_dict() for f in result.findings]
    # Converting the Action again changes nothing: it is skipped as already an Action.
    twice = convert_bytes("again.js", result.action.encode("utf-8"))
    assert twice.status == SKIPPED
    assert twice.action is None


def convert_checked(data: bytes) -> Result:
    started = time.perf_counter()
    result = convert_bytes("rule.js", data)
    assert time.perf_counter() - started < 30, "one file took too long"
    check_result(result, data)
    return result


COMMON = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@COMMON
@given(generated_rules())
def test_generated_rules_convert(text):
    result = convert_checked(text.encode("utf-8"))
    assert result.status != FAILED, [f.to_dict() for f in result.findings]


@COMMON
@given(mutated_fixtures())
@example(b"function (user, context, callback) {" * 300)
@example(
    b"\xef\xbb\xbf\r\nfunction (user, context, callback) {\r\n callback(null, user, context)\r}"
)
@example("function (user, context, callback) { var s = '\\ud800'; callback(); }".encode())
def test_mutated_fixtures_never_crash(data):
    convert_checked(data)


@COMMON
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_crash(data):
    convert_checked(data)


@COMMON
@given(st.text(alphabet=st.sampled_from(list("(){}[];,.'\"`/\\*=+-!?:<>\n $_ab01")), max_size=200))
def test_javascript_punctuation_soup_never_crashes(text):
    assume(text.strip())
    convert_checked(text.encode("utf-8"))


# -- parser limits: R2A009 -----------------------------------------------------------------


@pytest.mark.parametrize(
    "nested",
    [
        "var deep = " + "(" * 3000 + "1" + ")" * 3000 + ";",
        "var deep = " + "[" * 3000 + "]" * 3000 + ";",
        "if (a) {" * 3000 + "}" * 3000,
        "var f = " + "function () { return " * 1500 + "1" + "}" * 1500 + ";",
        "var deep = " + "-" * 5000 + "1;",
    ],
    ids=["parens", "arrays", "blocks", "functions", "unary"],
)
def test_deep_nesting_is_a_clean_r2a009(nested):
    data = f"function (user, context, callback) {{\n{nested}\ncallback(null, user, context);\n}}\n"
    started = time.perf_counter()
    result = convert_bytes("deep.js", data.encode())
    assert time.perf_counter() - started < 30
    assert result.status == FAILED
    assert [f.code for f in result.findings] == ["R2A009"]
    assert "exceeds parser limits" in result.findings[0].message


def test_multi_megabyte_input_is_a_clean_r2a009_quickly():
    data = b"function (user, context, callback) {\n" + b"var x = 1;\n" * 300_000 + b"}\n"
    started = time.perf_counter()
    result = convert_bytes("huge.js", data)
    assert time.perf_counter() - started < 5
    assert result.status == FAILED
    assert [f.code for f in result.findings] == ["R2A009"]
    assert "3,300," in result.findings[0].message


def test_recursion_error_anywhere_is_r2a009_even_in_debug_mode(monkeypatch):
    from converter import pipeline

    def explode(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(pipeline, "Analysis", explode)
    result = convert_bytes("r.js", b"function (user, context, callback) { callback(); }")
    assert [f.code for f in result.findings] == ["R2A009"]


# -- the command line, as users run it (no RULES2ACTIONS_DEBUG): never a traceback ---------


@settings(max_examples=40, suppress_health_check=list(HealthCheck))
@given(st.one_of(mutated_fixtures(), st.binary(max_size=200)))
def test_the_cli_never_shows_a_traceback(tmp_path_factory, data):
    import os

    from click.testing import CliRunner

    from converter.cli import main

    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "rule.js").write_bytes(data)
    saved = os.environ.pop("RULES2ACTIONS_DEBUG", None)
    try:
        for args in (
            ["convert", str(folder), "-o", str(folder / "out"), "--force"],
            ["check", str(folder / "rule.js"), "--format", "json"],
        ):
            result = CliRunner().invoke(main, args)
            assert result.exit_code in (0, 1, 2)
            assert isinstance(result.exception, (SystemExit, type(None))), result.exc_info
            assert "Traceback" not in result.output
    finally:
        if saved is not None:
            os.environ["RULES2ACTIONS_DEBUG"] = saved
