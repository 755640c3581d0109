"""The flow analysis (converter/flow.py): the callback strategy is decided per region,
before the fixers run, and the fallback never hangs a login."""

from __future__ import annotations

import json
import shutil
import subprocess
import textwrap

import pytest

from conftest import RULES, convert_path, fixture_id
from converter.analyze import Analysis
from converter.fixers import FixContext
from converter.parser import parse
from converter.pipeline import convert_bytes
from converter.source import SourceFile

NODE = shutil.which("node")


def _flow(text: str):
    source = SourceFile.from_text("rule.js", textwrap.dedent(text))
    parsed = parse(source.text)
    ctx = FixContext(source, Analysis(parsed.program, parsed.anonymous_at), parsed.comments)
    ctx.analyse_flow()
    return ctx.flow


def _convert(text: str) -> str:
    result = convert_bytes("rule.js", textwrap.dedent(text).encode())
    assert result.action is not None, result.findings
    return result


@pytest.mark.parametrize("path", RULES, ids=fixture_id)
def test_no_promise_executor_is_async(path):
    """An async executor swallows a rejection and leaves the login waiting."""
    action = convert_path(path).action
    assert "new Promise((async" not in action
    assert "new Promise(async" not in action


def test_a_synchronous_rule_gets_no_fallback():
    flow = _flow("""\
        function (user, context, callback) {
          function addClaims(ctx) { ctx.idToken['https://example.com/a'] = 1; return ctx; }
          if (!user.email) return callback(null, user, context);
          return callback(null, user, addClaims(context));
        }
        """)
    assert flow.regions == []


def test_the_fallback_wraps_only_the_region_that_needs_it():
    result = _convert("""\
        function (user, context, callback) {
          request.get({ url: 'https://geo.example.com/' + context.request.ip, json: true }, function (err, res, body) {
            if (err) return callback(err);
            setTimeout(function () {
              callback(null, user, context);
            }, 10);
          });
        }
        """)
    action = result.action
    assert "const [err, res, body] = await new Promise" in action
    assert action.count("await new Promise") == 2
    (finding,) = [f for f in result.findings if f.code == "R2A120"]
    assert "nested function" in finding.message
    assert finding.line == 4


def test_each_handler_is_decided_on_its_own():
    result = _convert("""\
        function (user, context, callback) {
          if (context.protocol === 'redirect-callback') {
            return request.post({ url: 'https://sms.example.com/verify', json: true }, function (err, res, body) {
              if (err) return callback(err);
              callback(null, user, context);
            });
          }
          context.redirect = { url: 'https://sms.example.com/enter' };
          callback(null, user, context);
        }
        """)
    assert "R2A120" not in {f.code for f in result.findings}
    execute, resumed = result.action.split("exports.onContinuePostLogin")
    assert "await" not in execute
    assert "const [err, res, body] = await new Promise" in resumed


@pytest.mark.skipif(NODE is None, reason="needs Node.js")
@pytest.mark.parametrize(
    "body, outcome",
    [
        ("throw new Error('boom');", "rejected: boom"),
        ("await Promise.reject(new Error('down'));", "rejected: down"),
        ("", "denied: nope"),
    ],
)
def test_an_async_region_that_throws_fails_the_login(tmp_path, body, outcome):
    """A throw or a rejection in an `async` rule's fallback region fails the login."""
    result = _convert(f"""\
        async function (user, context, callback) {{
          if (!user.email_verified) {{
            callback(new Error('nope'));
          }}
          {body}
          callback(null, user, context);
        }}
        """)
    assert ("(async () => {" in result.action) == ("await" in body)
    action = tmp_path / "action.js"
    action.write_text(result.action, encoding="utf-8")
    script = f"""
      const action = require({json.dumps(str(action))});
      let denied = null;
      const api = {{ access: {{ deny: (m) => {{ denied = m; }} }} }};
      const event = {{ user: {{ email_verified: false }} }};
      const timer = setTimeout(() => {{ console.log('hung'); process.exit(0); }}, 2000);
      action.onExecutePostLogin(event, api).then(
        () => {{ console.log(denied ? 'denied: ' + denied : 'allowed'); clearTimeout(timer); }},
        (e) => {{ console.log('rejected: ' + e.message); clearTimeout(timer); }},
      );
    """
    out = subprocess.run([NODE, "-e", script], capture_output=True, text=True, timeout=30)
    # The first callback decides (a deny), unless the region threw before settling it
    # after: here the deny comes first, so a later throw changes nothing...
    expected = "denied: nope" if outcome != "denied: nope" else outcome
    assert out.stdout.strip() == expected, out.stderr
    # ...and with a verified email, the throw or the rejection fails the login.
    script = script.replace("email_verified: false", "email_verified: true")
    out = subprocess.run([NODE, "-e", script], capture_output=True, text=True, timeout=30)
    assert out.stdout.strip() == (outcome if outcome != "denied: nope" else "allowed")
