"""The parse stage: rule shapes, positions, and syntax errors."""

from __future__ import annotations

import pytest

from converter.analyze import Analysis
from converter.parser import SyntaxProblem, bare_function_start, esprima_only, parse


@pytest.mark.parametrize(
    "text",
    [
        "function (user, context, callback) {}",
        "function(user, context, callback) {}\n",
        "async function (user, context, callback) {}",
        "function /* a */ (user, context, callback) {}",
        "/** doc */\nfunction (user, context, callback) {};\n// end",
        "const x = require('x');\n\nfunction (user, context, callback) {}\n",
    ],
)
def test_bare_anonymous_rules_parse_with_their_own_positions(text):
    parsed = parse(text)
    rule = Analysis(parsed.program, parsed.anonymous_at).rule
    assert rule is not None
    start, end = rule.function.range
    assert text[start:].startswith(("function", "async"))
    assert text[end - 1] == "}"
    for comment in parsed.comments:
        assert text[comment.range[0] : comment.range[1]].startswith(("//", "/*"))


def test_syntax_errors_after_an_anonymous_head_keep_original_offsets():
    text = "function (user, context, callback) {\n  var = 1;\n}\n"
    with pytest.raises(SyntaxProblem) as info:
        parse(text)
    assert text[info.value.offset] == "="


def test_positions_are_code_points():
    text = (
        "function (user, context, callback) {\n  var s = '😀'; callback(null, user, context);\n}\n"
    )
    parsed = parse(text)
    call = parsed.program.body[0].expression.right.body.body[1]
    assert text[call.range[0] : call.range[1]] == "callback(null, user, context);"


@pytest.mark.parametrize(
    "text, start",
    [
        ("function (user, context, callback) {}", 0),
        ("function(user, context, callback) {}", 0),
        ("async function (user, context, callback) {}", 0),
        ("function* (user, context, callback) {}", 0),
        ("/** doc */\n// more\n'use strict';\nfunction /* a */ (user, context, cb) {}", 33),
        ("\u00a0\u2028function (user, context, callback) {}", 2),
        # Not the bare shape (or not one the scan is sure of): parsed as a Script first.
        ("function rule(user, context, callback) {}", None),
        ("functional(user, context, callback);", None),
        ("module.exports = function (user, context, callback) {};", None),
        ("const x = require('x');\nfunction (user, context, callback) {}", None),
        ("async\nfunction (user, context, callback) {}", None),
        ("function // a\n(user, context, callback) {}", None),
        ("'a\\'b';\nfunction (user, context, callback) {}", None),
        ("/* unclosed\nfunction (user, context, callback) {}", None),
    ],
)
def test_the_bare_shape_is_decided_before_the_parse(text, start):
    assert bare_function_start(text) == start


def test_one_parse_for_a_bare_rule(monkeypatch):
    import esprima

    calls = []
    real = esprima.parseScript
    monkeypatch.setattr(esprima, "parseScript", lambda *a, **k: calls.append(1) or real(*a, **k))
    with esprima_only():  # esprima-fork in this process (the Node path: test_node_parser.py)
        parse(
            "// rule\nasync function (user, context, callback) {\n"
            "  callback(null, user, context);\n}\n"
        )
        parse("function rule(user, context, callback) {}\n")
    assert len(calls) == 2


TRICKY_COMMENTS = [
    "var u = 'https://example.com/'; // a URL is not a comment\n",
    "var r = /\\/\\/not a comment/g, d = 4 / 2 /* a comment */ / 1;\n",
    "var t = `a // b ${ /* inside */ x // line\n } /* c */`; /**/\n",
    "var o = {'/*k*/': 1, [\"//\"]: 2};//end",
    "a = b;\n/* multi\nline */ /x/.test(c) // last",
    "var s = '\\u2028'; // \u2028 x",
    "f(`${`${'//'}`}`) /* nested */;",
    "x = 1 /*no newline at the end*/",
    "x = y\n// only a comment after",
]


@pytest.mark.parametrize("text", TRICKY_COMMENTS)
def test_comments_are_esprimas_comments(text):
    import esprima

    from converter.parser import OPTIONS, _comments

    expected = esprima.parseScript(text, OPTIONS).comments
    found = _comments(text, esprima.parseScript(text, {"range": True}))
    assert [(c.type, c.value, c.range) for c in found] == [
        (c.type, c.value, c.range) for c in expected
    ]


def test_every_fixture_has_esprimas_comments():
    import esprima

    from conftest import ACTIONS, RULES
    from converter.parser import OPTIONS

    for path in RULES + ACTIONS:
        text = path.read_bytes().decode("utf-8").lstrip("\ufeff")
        at = bare_function_start(text)
        if at is not None:
            text = text[:at] + "_=" + text[at:]
        try:
            expected = esprima.parseScript(text, OPTIONS).comments
        except esprima.Error:
            continue
        found = parse(text).comments
        assert [(c.type, c.value, c.range) for c in found] == [
            (c.type, c.value, c.range) for c in expected
        ], path


def test_an_assertion_of_esprima_is_a_located_syntax_error():
    """esprima-fork fails one of its own assertions on some invalid template literals: the
    converter reports a syntax error where the parser was, not an internal error."""
    text = "function (user, context, callback) {\n  context.idToken[`${ns=>}/x`] = 1;\n}\n"
    with esprima_only(), pytest.raises(SyntaxProblem) as raised:
        parse(text)
    assert raised.value.message == "Unexpected token"
    assert text[raised.value.offset] == "}"
