"""Issue 10: "may run twice" is decided by control-flow paths, not by counting assignments
(`fixers._helpers.exclusive`, used by the MFA, scopes and primary-user conversions)."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_bytes

A = "context.multifactor = { provider: 'guardian', allowRememberBrowser: false };"
B = "context.multifactor = { provider: 'any', allowRememberBrowser: true };"
DONE = "return callback(null, user, context);"

EXCLUSIVE = {
    "if/else": f"if (x) {{ {A} }} else {{ {B} }}",
    "early return": f"if (x) {{ {A} {DONE} }} {B}",
    "early throw": f"if (x) {{ {A} throw new Error('no'); }} {B}",
    "unbraced early return": f"if (x) {{ {A} return callback(null, user, context); }}\n{B}",
    "else-if chain": f"if (x) {{ {A} }} else if (y) {{ {B} }}",
    "switch with break": f"switch (x) {{ case 1: {A} break; case 2: {B} break; }}",
    "switch with return": f"switch (x) {{ case 1: {A} {DONE} default: {B} }}",
    "both branches return": f"if (x) {{ {A} {DONE} }} else {{ {DONE} }} {B}",
}
REPEATED = {
    "default then override": f"{A} if (x) {{ {B} }}",
    "branch without return": f"if (x) {{ {A} callback(null, user, context); }} {B}",
    "switch fall-through": f"switch (x) {{ case 1: {A} case 2: {B} break; }}",
    "break after the switch": f"switch (x) {{ case 1: {A} break; }} {B}",
    "return in one branch only": f"if (x) {{ {A} if (y) {{ {DONE} }} }} {B}",
    "caught throw": f"try {{ {A} throw new Error('x'); }} catch (e) {{ {B} }}",
    "finally": f"try {{ {A} {DONE} }} finally {{ {B} }}",
    "labelled break lands before it": f"out: {{ if (x) {{ {A} break out; }} }} {B}",
    "in a loop": f"for (const f of factors) {{ if (f) {{ {A} {DONE} }} }}",
}


def _codes(body: str) -> list[str]:
    rule = (
        f"function (user, context, callback) {{\n  {body}\n  callback(null, user, context);\n}}\n"
    )
    result = convert_bytes("rule.js", rule.encode())
    assert result.action is not None, result.findings
    return [f.code for f in result.findings]


@pytest.mark.parametrize("body", EXCLUSIVE.values(), ids=EXCLUSIVE.keys())
def test_assignments_no_path_runs_both_of_convert(body):
    assert "R2A323" not in _codes(body)


@pytest.mark.parametrize("body", REPEATED.values(), ids=REPEATED.keys())
def test_assignments_one_path_may_run_both_of_are_reported(body):
    assert "R2A323" in _codes(body)


REQUEST = "request.get('https://risk.example.com', function (err, response, body) {{ {} }});"
AWAITED = {
    "early return, then a callback": (
        f"if (x) {{ {A} {DONE} }} " + REQUEST.format(f"if (body.high) {{ {B} }} {DONE}"),
        False,
    ),
    "set before the call and in its callback": (
        f"if (x) {{ {A} }} " + REQUEST.format(f"if (body.high) {{ {B} }} {DONE}"),
        True,
    ),
}


@pytest.mark.parametrize("body, reported", AWAITED.values(), ids=AWAITED.keys())
def test_a_callback_awaited_in_place_continues_its_host_statement(body, reported):
    rule = f"function (user, context, callback) {{\n  {body}\n}}\n"
    result = convert_bytes("rule.js", rule.encode())
    assert ("R2A323" in [f.code for f in result.findings]) is reported
