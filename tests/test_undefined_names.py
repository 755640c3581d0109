"""No Action uses a name defined nowhere without a TODO line above it (issue 11, point 4).

A real scope check, ESLint's `no-undef` with Node's globals (ESLint 9, flat config, the
`globals` package), runs over the Action of every fixture under fixtures/rules/ and
fixtures/corpus/, and over the Actions `migrate` plans for the corpus tenants and
fixtures/tenants/. ESLint and
`globals` are installed like the packages `verify` installs (converter/verify/modules.py,
into `.cache/verify` or $RULES2ACTIONS_NODE_MODULES); every Action is linted in one Node
process (tests/no_undef.js, ESLint's `Linter` API).

Every `no-undef` error must sit in a statement with a `// TODO(rules2actions ...)` line in
the comment lines right above it: such a name throws a ReferenceError, which the converter
must say (R2A440 for a name the rule itself left undefined; the safety net's codes for
`context`, `auth0`, ...).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, RULES, convert_path, relative

needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="ESLint needs Node.js")

ESLINT = ("eslint", "9.39.4")
GLOBALS = ("globals", "16.3.0")

CORPUS = sorted((FIXTURES / "corpus").rglob("*.js"))
# Tenant exports `migrate` reads: the corpus's Deploy CLI folders and fixtures/tenants/*.
TENANTS = sorted(
    p.parent.relative_to(FIXTURES).as_posix()
    for p in (FIXTURES / "corpus").rglob("rules")
    if p.is_dir() and any(p.glob("*.json"))
) + sorted(p.relative_to(FIXTURES).as_posix() for p in (FIXTURES / "tenants").iterdir())

# Actions whose undefined names come from code other engineers are rewriting: the async
# fallback (branch `region`) and helpers receiving `context`/`user`/`callback` (branch
# `callees`). Keyed by case id; not strict, so that their fixes turn these into passes.
KNOWN: dict[str, str] = {}


def _case_id(path: Path) -> str:
    return path.relative_to(FIXTURES).with_suffix("").as_posix()


CASES = [_case_id(p) for p in RULES + CORPUS]


def _mark(case: str):
    reason = KNOWN.get(case)
    return pytest.param(case, marks=pytest.mark.xfail(reason=reason)) if reason else case


@pytest.fixture(scope="session")
def eslint_dirs() -> dict[str, str]:
    from converter.verify.modules import ensure

    prefix = Path(os.environ.get("RULES2ACTIONS_NODE_MODULES") or ROOT / ".cache" / "verify")
    found = ensure({ESLINT, GLOBALS}, prefix.resolve())
    return {name: found[name][version] for name, version in (ESLINT, GLOBALS)}


def _migrated() -> dict[str, str]:
    from converter.migrate import plan
    from converter.tenant import load

    actions = {}
    for tenant in TENANTS:
        for number, item in enumerate(plan(load(relative(FIXTURES / tenant))).migrated, 1):
            if item.result.action is not None:
                actions[f"migrate:{tenant}/{number}:{item.rule.name}"] = item.result.action
    return actions


@pytest.fixture(scope="session")
def actions() -> dict[str, str]:
    texts = {}
    for path in RULES + CORPUS:
        result = convert_path(path)
        if result.action is not None:
            texts[_case_id(path)] = result.action
    texts.update(_migrated())
    return texts


def _lint(texts: dict[str, str], dirs: dict[str, str]) -> dict[str, list[dict]]:
    """ESLint's `no-undef` messages per text, all texts in one Node process."""
    from converter.parser import mask_keywords

    files = [
        {"name": name, "text": mask_keywords(text.lstrip("\ufeff"))[0]}
        for name, text in texts.items()
    ]
    payload = json.dumps({"eslint": dirs["eslint"], "globals": dirs["globals"], "files": files})
    done = subprocess.run(
        ["node", str(ROOT / "tests" / "no_undef.js")],
        input=payload,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="session")
def undefined(actions, eslint_dirs) -> dict[str, list[dict]]:
    return _lint(actions, eslint_dirs)


_MASK = re.compile(r"'(\$\$\w+\$\$|\$_\w+_\$)' is not defined")


def _untodo(text: str, messages: list[dict]) -> list[str]:
    """The `no-undef` errors of ``text`` whose statement has no TODO line above it."""
    from converter.analyze import Analysis
    from converter.parser import mask_keywords, parse
    from converter.source import SourceFile

    source = SourceFile.from_text("action.js", mask_keywords(text)[0])
    parsed = parse(source.text)
    analysis = Analysis(parsed.program, parsed.anonymous_at)
    at = {ref.range[0]: ref for refs in analysis.globals.values() for ref in refs}
    lines = source.text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    problems = []
    for message in messages:
        where = f"line {message['line']}: {message['message']}"
        if message["fatal"]:
            problems.append(f"{where} (does not parse)")
            continue
        if _MASK.search(message["message"]):
            continue  # a Deploy CLI keyword marker, not a name
        ref = at.get(starts[message["line"] - 1] + message["column"] - 1)
        if ref is None:
            problems.append(f"{where} (no such reference in the Action)")
            continue
        if not any(_todo_above(lines, line) for line in _statement_lines(analysis, source, ref)):
            problems.append(where)
    return problems


def _statement_lines(analysis, source, ref) -> list[int]:
    """0-based first lines of the statement holding ``ref`` and of the statements around it
    that start at most two lines higher (a TODO line above `try {` that the conversion wrapped
    around the statement still sits above it)."""
    statement = analysis.enclosing_statement(ref)
    first = source.position(statement.range[0])[0] - 1
    found = [first]
    node = statement
    while True:
        parent = analysis.parent(node)
        if parent is None:
            return found
        node = analysis.enclosing_statement(parent)
        line = source.position(node.range[0])[0] - 1
        if line < first - 2 or node.type == "Program":
            return found
        found.append(line)


def _todo_above(lines: list[str], line: int) -> bool:
    """A TODO(rules2actions) line among the `//` lines right above ``line``."""
    for previous in reversed(lines[:line]):
        if not previous.strip().startswith("//"):
            return False
        if "TODO(rules2actions" in previous:
            return True
    return False


@needs_node
@pytest.mark.parametrize("case", [_mark(c) for c in CASES])
def test_undefined_names_have_a_todo(case, actions, undefined):
    if case not in actions:
        pytest.skip("no Action (the conversion fails)")
    assert not _untodo(actions[case], undefined[case])


@needs_node
@pytest.mark.parametrize("case", [_mark(f"migrate:{t}") for t in TENANTS])
def test_migrated_undefined_names_have_a_todo(case, actions, undefined):
    tenant = case.removeprefix("migrate:")
    found = {n: t for n, t in actions.items() if n.startswith(f"migrate:{tenant}/")}
    problems = [
        f"{name}: {p}" for name, text in found.items() for p in _untodo(text, undefined[name])
    ]
    assert not problems


@needs_node
def test_the_check_sees_undefined_names(actions, undefined, eslint_dirs):
    """The check itself: the fixture with names defined nowhere has them, each under its
    TODO line; the same Action without its R2A440 lines fails the check."""
    case = "rules/shapes/undefined_names"
    names = {m["message"].split("'")[1] for m in undefined[case]}
    assert {"logToSplunk", "displayName", "client", "id", "getLegacyRoles"} <= names
    assert not _untodo(actions[case], undefined[case])
    stripped = re.sub(r"(?m)^[ \t]*// TODO\(rules2actions R2A440\).*\n", "", actions[case])
    assert stripped != actions[case]
    messages = _lint({"stripped": stripped}, eslint_dirs)["stripped"]
    assert len(_untodo(stripped, messages)) == len(messages) >= 5


def _r2a440(body: str) -> list[str]:
    from converter.pipeline import convert_bytes

    text = (
        "function (user, context, callback) {\n" + body + "\n  callback(null, user, context);\n}\n"
    )
    result = convert_bytes("rule.js", text.encode())
    assert result.converted
    return [f.message for f in result.findings if f.code == "R2A440"]


def test_names_every_rule_may_use_are_not_reported():
    assert not _r2a440("""
  const body = JSON.stringify({ at: Date.now(), pid: process.pid, b: Buffer.from('x') });
  if (typeof optionalHelper === 'function') { console.log(body); }
  const all = function () { return arguments.length; };
  const first = () => arguments[0];
  request.get(configuration.URL + _.trim(auth0.domain) + '@@KEYWORD@@', () => {});
  global.count = (global.count || 0) + 1;
  if (!user.email) throw new UnauthorizedError('no email');
  context.idToken['https://example.com/n'] = all() + first();
""")


def test_a_name_defined_nowhere_is_reported_where_it_is_used():
    (message,) = _r2a440("  context.idToken['https://example.com/r'] = getRoles(user);")
    assert message.startswith("`getRoles` is defined nowhere")


def test_a_dashed_key_is_reported_once_and_declares_no_secret():
    from converter.pipeline import convert_bytes

    messages = _r2a440("  const clientId = configuration.node-client-id;")
    assert messages == [
        "`configuration.node-client-id` reads `configuration.node - client - id`, and "
        "`client`, `id` are defined nowhere: the rule throws a ReferenceError here; the key "
        "is probably `configuration['node-client-id']`"
    ]
    rule = b"function (user, context, callback) {\n  const clientId = configuration.node-client-id;\n}\n"
    assert convert_bytes("rule.js", rule).secrets == []


def test_a_subtraction_is_not_a_dashed_key():
    from converter.pipeline import convert_bytes

    messages = _r2a440("  const left = configuration.MAX - used;")
    assert messages == [
        "`used` is defined nowhere (not a variable, a parameter, a Rules sandbox global or a "
        "Node.js global): the rule throws a ReferenceError here, unless another rule sets "
        "`global.used`"
    ]
    rule = b"function (user, context, callback) {\n  const n = 1;\n  const left = configuration.MAX-n;\n}\n"
    result = convert_bytes("rule.js", rule)
    assert result.secrets == ["MAX"] and not [f for f in result.findings if f.code == "R2A440"]


def test_an_implicit_global_is_reported_as_such():
    messages = _r2a440("  total = 1;\n  context.idToken['https://example.com/t'] = total;")
    assert len(messages) == 2 and all("assigned but declared nowhere" in m for m in messages)
