"""Issue 10: a deny reason is the string `new Error(x)` makes of its argument."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_bytes

CASES = {
    "'text'": "'text'",
    "`code ${n}`": "`code ${n}`",
    "'status ' + n": "'status ' + n",
    "n + ' failed'": "n + ' failed'",
    "body": "String(body)",
    "n": "String(n)",
    "body.reason": "String(body.reason)",
    "JSON.stringify(body)": "String(JSON.stringify(body))",
    "String(body)": "String(body)",
    "undefined": "''",
    "void 0": "''",
    "": "''",
}


@pytest.mark.parametrize("argument, message", CASES.items(), ids=CASES.keys())
def test_deny_message(argument, message):
    rule = (
        "function (user, context, callback) {\n"
        "  const n = 1;\n"
        "  const body = user.app_metadata || {};\n"
        f"  if (body.blocked) return callback(new Error({argument}));\n"
        "  callback(null, user, context);\n"
        "}\n"
    )
    result = convert_bytes("rule.js", rule.encode())
    assert f"return api.access.deny({message});" in result.action


def test_the_message_of_a_caught_error_is_already_a_string():
    rule = (
        "async function (user, context, callback) {\n"
        "  try {\n"
        "    await fetch('https://example.com');\n"
        "  } catch (e) {\n"
        "    return callback(new UnauthorizedError(e.message));\n"
        "  }\n"
        "  callback(null, user, context);\n"
        "}\n"
    )
    result = convert_bytes("rule.js", rule.encode())
    assert "return api.access.deny(e.message);" in result.action
