"""The parse stage's Node fast path (converter/validator.js, parser._parse_in_node).

esprima-next in the converter's Node process must give the tree esprima-fork gives: the same
node types, attributes, values and ranges (in code points, mapped back over the ``_=``
prefix), and the same comments. It is checked on every text the tests have: the fixtures,
the measurement corpus, the examples and every variant test_variants.py derives. Whatever it
is not checked on (validator.js's KNOWN types, astral characters, BigInt, a hashbang, HTML
comments, any syntax error) goes to esprima-fork.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, RULES
from converter import parser, validator
from converter.astutil import VISITOR_KEYS
from converter.parser import bare_function_start, esprima_only, mask_keywords, parse
from converter.pipeline import convert_bytes

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")

TEXTS = sorted(p for folder in (FIXTURES, ROOT / "examples") for p in folder.rglob("*.js"))


def tree(value):
    """Plain data of a parsed tree: every attribute but esprima-fork's private ones."""
    if isinstance(value, list):
        return [tree(item) for item in value]
    if hasattr(value, "__dict__"):
        return {
            key: tree(item)
            for key, item in value.__dict__.items()
            if not key.startswith("_") and key != "loc"
        }
    return value


def both(text: str):
    """(esprima-fork's tree, esprima-next's tree or None) of one text, comments included."""
    with esprima_only():
        try:
            reference = parse(text)
        except parser.SyntaxProblem:
            reference = None
    answer = validator.parse(text, bare_function_start(text), parser._tree)
    fast = parser._parse_in_node(text, bare_function_start(text)) if answer else None
    shape = None if reference is None else (tree(reference.program), tree(reference.comments))
    faster = None if fast is None else (tree(fast.program), tree(fast.comments))
    return shape, faster, reference, fast


def _texts():
    import test_variants

    for path in TEXTS:
        text = mask_keywords(path.read_bytes().decode("utf-8-sig", errors="replace"))[0]
        name = path.relative_to(ROOT).as_posix()
        yield name, text
        if path.parent.name != "corpus-real":
            # Other line ends (templates and comments hold them).
            lines = text.replace("\r\n", "\n").replace("\r", "\n")
            yield f"{name}#crlf", lines.replace("\n", "\r\n")
            yield f"{name}#cr", lines.replace("\n", "\r")
    for path in RULES:
        for name, text in test_variants.derive(path).items():
            yield f"{path.relative_to(ROOT).as_posix()}#{name}", mask_keywords(text)[0]


def test_node_gives_esprima_forks_tree_on_every_text():
    compared = left = 0
    for name, text in _texts():
        shape, faster, reference, fast = both(text)
        if faster is None:
            left += 1  # parsed by esprima-fork in the converter too
            continue
        assert reference is not None, f"{name}: only esprima-next accepts it"
        assert faster == shape, name
        assert fast.anonymous_at == reference.anonymous_at, name
        compared += 1
    assert compared > 4500 and left < compared / 50, (compared, left)


@pytest.mark.parametrize(
    "text",
    [
        "function (user, context, callback) { var s = '😀'; callback(null, user, context); }",
        "function (user, context, callback) { var n = 12n; callback(null, user, context); }",
        "#!/usr/bin/env node\nfunction rule(user, context, callback) {}",
        "x = 1 <!-- an HTML-like comment\nfunction rule(user, context, callback) {}",
        "class A { #x = 1; }\nfunction rule(user, context, callback) {}",
        "function rule(user, context, callback) { return new.target; }",
        "function (user, context, callback) { callback(null, user, context) ",
        "const x = require('x');\nfunction (user, context, callback) {}",
        "function (user, context, callback) { const a = 1; const a = 2; }",
        "function (user, context, callback) { var t = `a\u2028b`; }",
        "function (user, context, callback) { var x = 1e400; }",
        "function (user, context, callback) { var x = 0xFFFFFFFFFFFFFFFFF; }",
        "function (user, context, callback) { var x = " + "(" * 50 + "1" + ")" * 50 + "; }",
        "function (user, context, callback) { if (a) b(); " + "else if (a) b(); " * 130 + "}",
    ],
    ids=[
        "astral",
        "bigint",
        "hashbang",
        "html-comment",
        "class",
        "meta",
        "error",
        "code-before",
        "early-error",
        "line-separator-in-template",
        "infinite",
        "past-2-53",
        "deep-brackets",
        "deep-tree",
    ],
)
def test_what_is_not_checked_goes_to_esprima_fork(text):
    assert validator.parse(text, bare_function_start(text), parser._tree) is None
    shape, _, _, _ = both(text)
    if shape is not None:
        assert (tree(parse(text).program), tree(parse(text).comments)) == shape


@pytest.mark.parametrize(
    "text",
    [
        "x = [1, 1.0, 1.5, 1e3, 0x1F, 0o17, 0b11, 1_000, 9007199254740991, .5, 5., -0, 1e-300];",
        "x = [010, 08, 1e-7, 0.1, 4.35, 1.10, 2.5e-8, 123.456e2];",
        "x = 'a\\x41\\u0042\\u{43}\\\nb' + `a\\x41${b}\\u0042` + t`\\unicode`;",
        "'use strict'; x = {get a() { return 1 }, set a(v) {}, b() {}, [c]: 1, d, ...e};",
        "x = a?.(); y = a?.b?.[c]; z = a ?? b; w ||= 1; v &&= 2; u ??= 3; t **= 2;",
        "x = [/a\\/b[/]c/gimsuy, /(?<year>\\d{4})/d, /[\\p{L}]/u];",
        "label: for (const [a, { b = 1, ...c }] of d) { if (a) continue label; else break; }",
        "async function f(a = 1, ...r) { for await (const x of y) {} return await g(...r); }",
        "var s = 'it\\'s \"q\" \\0', \\u0061b = 1, ℮ = 2; // trailing\n/* block */",
    ],
)
def test_node_gives_esprima_forks_tree_on_awkward_syntax(text):
    shape, faster, _, _ = both(text)
    assert faster is not None and faster == shape


def test_known_types_are_the_converters_node_types():
    script = (ROOT / "converter" / "validator.js").read_text()
    block = re.search(r"const KNOWN = new Set\(\[(.*?)\]\);", script, re.S).group(1)
    known = set(re.findall(r'"(\w+)"', block))
    assert known - {"Line", "Block"} <= set(VISITOR_KEYS)


def test_a_failure_is_decided_by_esprima_fork():
    """An input esprima-next accepts and the converter fails on is converted again with
    esprima-fork's tree, so a failure reads as it does without Node."""
    for path in sorted((FIXTURES / "invalid").rglob("*.js")):
        data = path.read_bytes()
        with_node = convert_bytes(path.name, data)
        with esprima_only():
            without = convert_bytes(path.name, data)
        assert with_node.to_dict() == without.to_dict(), path.name


def test_parses_sent_ahead_are_claimed_in_any_order():
    kept = validator.AHEAD
    texts = [
        f"function rule{i}(user, context, callback) {{ callback(null, user, {i}); }}"
        for i in range(kept + 2)
    ]
    for text in texts:
        validator.parse_ahead(text, None, parser._tree)
    assert validator.check("exports.x = 1;") is validator.VALID
    for text in reversed(texts[-kept:]):  # the last ones are still claimable
        program = validator.parse(text, None, parser._tree)
        assert program.body[0].id.name == text.split("(")[0][9:]
    # The first answers were dropped as they came: asked again.
    assert validator.parse(texts[0], None, parser._tree).body[0].id.name == "rule0"
    assert not validator._answers and not validator._decoders
    assert validator._read == validator._sent


def test_a_dead_node_leaves_the_parse_to_esprima_fork(monkeypatch):
    text = "function rule(user, context, callback) { callback(null, user, context); }"
    validator.parse_ahead(text, None, parser._tree)
    monkeypatch.setattr(validator, "_disabled", False)
    validator._process.kill()
    validator._process.wait()
    try:
        assert validator.parse(text, None, parser._tree) is None
        assert parse(text).program.body[0].id.name == "rule"
    finally:
        monkeypatch.setattr(validator, "_disabled", False)
        validator.stop()


def test_a_parse_sent_ahead_survives_the_restart_of_node(monkeypatch):
    monkeypatch.setattr(validator, "RECYCLE", 1)
    text = "function rule(user, context, callback) { callback(null, user, context); }"
    validator.parse_ahead(text, None, parser._tree)
    first = validator._process
    assert validator.check("exports.x = 1;") is validator.VALID
    assert validator.check("exports.y = 2;") is validator.VALID  # a fresh Node
    assert validator._process is not first
    assert validator.parse(text, None, parser._tree).body[0].id.name == "rule"


def test_the_vendored_parser_is_the_one_recorded():
    import hashlib

    vendor = ROOT / "converter" / "vendor"
    recorded = re.search(r"sha256 `([0-9a-f]{64})`", (vendor / "README.md").read_text()).group(1)
    assert hashlib.sha256((vendor / "esprima-next.cjs").read_bytes()).hexdigest() == recorded
