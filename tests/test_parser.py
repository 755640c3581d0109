"""The parse stage: rule shapes, positions, and syntax errors."""

from __future__ import annotations

import pytest

from converter.analyze import Analysis
from converter.parser import SyntaxProblem, parse


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
