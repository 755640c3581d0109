"""Properties every conversion must have, checked on every fixture without snapshots."""

from __future__ import annotations

import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor

import esprima
import pytest

from conftest import RULES, convert_path, fixture_id
from converter.pipeline import convert_bytes
from converter.source import SourceFile

NODE = shutil.which("node")


def _actions():
    return {path: convert_path(path) for path in RULES}


@pytest.fixture(scope="module")
def converted():
    return _actions()


@pytest.mark.parametrize("path", RULES, ids=fixture_id)
def test_action_reparses(path, converted):
    action = SourceFile.from_text("a.js", converted[path].action).text
    esprima.parseScript(action)


def test_node_accepts_every_action(converted, tmp_path):
    assert NODE, "Node.js is required: the tests check every Action with `node --check`"
    files = []
    for index, (path, result) in enumerate(sorted(converted.items())):
        target = tmp_path / f"{index:03d}_{path.name}"
        target.write_bytes(result.action.encode("utf-8"))
        files.append((path, target))

    def check(item):
        path, target = item
        done = subprocess.run([NODE, "--check", str(target)], capture_output=True, text=True)
        return path, done.returncode, done.stderr

    with ThreadPoolExecutor(max_workers=4) as pool:
        failures = [(p, err) for p, rc, err in pool.map(check, files) if rc != 0]
    assert not failures, failures


@pytest.mark.parametrize("path", RULES, ids=fixture_id)
def test_converting_the_action_again_is_a_skip(path, converted):
    action = converted[path].action
    again = convert_bytes("again.js", action.encode("utf-8"))
    assert again.status == "skipped"
    assert [f.code for f in again.findings] == ["R2A005"]


@pytest.mark.parametrize("path", RULES, ids=fixture_id)
def test_every_comment_survives(path, converted):
    source = SourceFile.from_bytes(str(path), path.read_bytes())
    from converter.parser import parse

    action = converted[path].action
    for comment in parse(source.text).comments:
        assert comment.value.strip() in action, f"lost comment {comment.value!r}"


@pytest.mark.parametrize("path", RULES, ids=fixture_id)
def test_conversion_is_deterministic(path, converted):
    again = convert_path(path)
    assert again.action == converted[path].action
    assert again.to_dict() == converted[path].to_dict()


@pytest.mark.parametrize("path", RULES, ids=fixture_id)
def test_line_endings_and_bom_survive(path, converted):
    data = path.read_bytes()
    action = converted[path].action.encode("utf-8")
    assert action.startswith(b"\xef\xbb\xbf") == data.startswith(b"\xef\xbb\xbf")
    if b"\r\n" in data:
        assert action.count(b"\n") == action.count(b"\r\n"), "a bare LF crept into a CRLF file"
    else:
        assert b"\r" not in action


@pytest.mark.parametrize("path", RULES, ids=fixture_id)
def test_every_leftover_rules_name_has_a_todo(path, converted):
    """In the Action, a free reference to the rule's parameters or to a Rules sandbox global
    would fail at run time; each one must sit under a TODO(rules2actions) line."""
    from converter import catalog
    from converter.analyze import Analysis
    from converter.parser import parse

    source = SourceFile.from_bytes(str(path), path.read_bytes())
    parsed = parse(source.text)
    rule = Analysis(parsed.program, parsed.anonymous_at).rule
    suspicious = {b.name for b in rule.bindings.values()}
    suspicious |= {"configuration", "auth0", "UnauthorizedError"}  # `global` exists in Node
    suspicious |= set(catalog.mappings()["sandbox"])

    action = SourceFile.from_text("action.js", converted[path].action)
    output = parse(action.text)
    analysis = Analysis(output.program, output.anonymous_at)
    lines = action.text.splitlines()
    for name in sorted(suspicious & set(analysis.globals)):
        for ref in analysis.globals[name]:
            statement = analysis.enclosing_statement(ref)
            line, _column = action.position(statement.range[0])
            above = lines[max(0, line - 6) : line - 1]
            assert any(
                "TODO(rules2actions" in text for text in above
            ), f"`{name}` on line {line} of the Action has no TODO line above it"
