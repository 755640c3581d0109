"""`-j N`: the same output, in the same order, whatever N; one bad file never stops the batch.
And validation: V8 in a long-lived Node process, esprima as the fallback, same results."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, INVALID, RULES, ACTIONS, convert_path, fixture_id
from converter import validator
from converter.cli import main
from converter.parser import validate


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Every fixture (rules, invalid inputs, Actions), several times over."""
    root = tmp_path_factory.mktemp("corpus")
    for copy in range(3):
        for path in RULES + INVALID + ACTIONS:
            target = root / f"c{copy}" / path.relative_to(FIXTURES)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    return root


def test_convert_output_and_report_do_not_depend_on_jobs(corpus, tmp_path):
    outputs = {}
    for jobs in ("1", "2", "3", "0"):
        out = tmp_path / f"j{jobs}"
        result = run("convert", corpus, "-o", out, "-j", jobs)
        assert result.exit_code == 1  # the invalid inputs
        outputs[jobs] = (digest(out), result.stderr)
    assert outputs["1"][0] and all(o == outputs["1"] for o in outputs.values())
    assert "failed 24" in outputs["1"][1]


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_check_output_does_not_depend_on_jobs(corpus, fmt):
    first = run("check", corpus, "--format", fmt, "-j", "1")
    for jobs in ("2", "0"):
        other = run("check", corpus, "--format", fmt, "-j", jobs)
        assert (other.exit_code, other.stdout, other.stderr) == (
            first.exit_code,
            first.stdout,
            first.stderr,
        )


def test_a_dead_worker_does_not_stop_the_batch(monkeypatch, corpus):
    import concurrent.futures
    from concurrent.futures.process import BrokenProcessPool

    class DyingPool:
        def __init__(self, *args, **kwargs):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def map(self, function, items, chunksize=1):
            yield function(items[0])  # one result, then a worker is killed
            raise BrokenProcessPool("a worker died")

    serial = run("check", corpus, "-j", "1")
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", DyingPool)
    parallel = run("check", corpus, "-j", "2")
    assert (parallel.exit_code, parallel.stdout) == (serial.exit_code, serial.stdout)


# -- validation ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", RULES, ids=fixture_id)
def test_esprima_validation_gives_the_same_result(path, monkeypatch):
    with_node = convert_path(path)
    monkeypatch.setenv("RULES2ACTIONS_VALIDATOR", "esprima")
    with_esprima = convert_path(path)
    assert with_esprima.action == with_node.action
    assert with_esprima.to_dict() == with_node.to_dict()


def test_node_rejects_what_does_not_parse():
    assert shutil.which("node"), "Node.js is required for the tests"
    assert validator.check("exports.x = 1;\n") is validator.VALID
    message, line = validator.check("var ok = 1;\nexports.x = {;\n")
    assert line == 2 and "Unexpected token" in message
    problem = validate("var ok = 1;\nexports.x = {;\n")
    assert problem is not None and problem.message == "Unexpected token ;"


def test_v8_has_the_last_word_when_esprima_accepts(monkeypatch):
    monkeypatch.setattr(validator, "check", lambda text: ("Unexpected strict mode reserved", 2))
    problem = validate("var a = 1;\nvar b = 2;\n")
    assert problem is not None
    assert problem.message == "Unexpected strict mode reserved" and problem.offset == 11


def test_without_node_esprima_validates(monkeypatch):
    monkeypatch.setattr(validator, "_process", None)
    monkeypatch.setattr(validator, "_disabled", False)
    monkeypatch.setattr(validator.shutil, "which", lambda name: None)
    assert validator.check("exports.x = 1;") is None
    assert validate("exports.x = 1;") is None
    assert validate("exports.x = {;").message == "Unexpected token ;"


def test_a_dying_node_falls_back_to_esprima(monkeypatch):
    monkeypatch.setattr(validator, "_process", None)
    monkeypatch.setattr(validator, "_disabled", False)
    process = validator._start()
    process.kill()
    process.wait()
    assert validator.check("exports.x = 1;") is None
    assert validate("exports.x = {;").message == "Unexpected token ;"
    assert validate("exports.x = 1;") is None


def test_node_is_recycled_so_memory_stays_flat(monkeypatch):
    monkeypatch.setattr(validator, "RECYCLE", 2)
    monkeypatch.setattr(validator, "_disabled", False)
    validator.stop()
    pids = set()
    for number in range(5):
        assert validator.check(f"exports.n = {number};") is validator.VALID
        pids.add(validator._process.pid)
    assert len(pids) == 3
    assert validator.check("exports.n = {;") is not validator.VALID


def test_a_few_files_are_checked_without_starting_node():
    """The pre-commit case: esprima re-parses the Actions of a few files; Node is not started
    (its boot costs more), and a later batch uses Node again."""
    validator.stop()
    result = run("check", RULES[0], "-j", "2")
    assert result.exit_code in (0, 1)
    assert validator._process is None
    assert validator._small is False  # the run is over: nothing leaks into the next one
    assert validator.check("exports.x = 1;") is validator.VALID  # Node for a direct call
