"""Safe writes, each proven: atomic, inputs untouched, no overwrite without --force, no
escape from the output folder, no secret value anywhere in what rules2actions produces."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from converter import files
from converter.cli import main

CLEAN_RULE = FIXTURES / "rules" / "shapes" / "renamed_params.js"
REVIEW_RULE = FIXTURES / "rules" / "callback" / "nested_request.js"


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def rules(tmp_path):
    root = tmp_path / "rules"
    (root / "team").mkdir(parents=True)
    shutil.copy(CLEAN_RULE, root / "first-login.js")
    shutil.copy(REVIEW_RULE, root / "team" / "audit.js")
    return root


# -- atomic --------------------------------------------------------------------------------


class _FailingFile:
    """Writes half of the data, then fails, like a full disk or a kill mid-write."""

    def __init__(self, real):
        self.real = real
        self.name = real.name

    def write(self, data):
        self.real.write(data[: len(data) // 2])
        self.real.flush()
        raise OSError(28, "No space left on device")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.real.close()
        return False


def test_a_failure_mid_write_leaves_the_old_file_intact_and_no_temp_file(monkeypatch, tmp_path):
    target = tmp_path / "out" / "rule.js"
    target.parent.mkdir()
    target.write_text("// the previous Action\n")
    import tempfile  # files imports it when it first writes

    real = tempfile.NamedTemporaryFile
    monkeypatch.setattr(
        tempfile, "NamedTemporaryFile", lambda *a, **kw: _FailingFile(real(*a, **kw))
    )
    with pytest.raises(OSError):
        files.write_atomic(target, "exports.onExecutePostLogin = async () => {};\n" * 100)
    assert target.read_text() == "// the previous Action\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["rule.js"]


def test_a_failed_rename_leaves_no_temp_file(monkeypatch, tmp_path):
    target = tmp_path / "rule.js"
    target.write_text("old\n")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(PermissionError):
        files.write_atomic(target, "new\n")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["rule.js"]


def test_a_failed_write_fails_only_that_file_in_the_cli(monkeypatch, rules, tmp_path):
    out = tmp_path / "actions"
    calls = []
    original = files.write_atomic

    def flaky(target, text):
        calls.append(target.name)
        if target.name == "audit.js":
            raise OSError(28, "No space left on device")
        return original(target, text)

    monkeypatch.setattr(files, "write_atomic", flaky)
    result = run("convert", rules, "-o", out)
    assert result.exit_code == 1
    assert "R2A011 cannot write" in result.stderr and "No space left on device" in result.stderr
    assert result.stderr.splitlines()[-1].endswith("failed 1")
    assert (out / "first-login.js").read_text().startswith("/**")
    assert not list(out.rglob(".*.tmp"))


# -- inputs, --force, the output folder ----------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_inputs_are_never_modified(rules, tmp_path, jobs):
    before = digest(rules)
    stat = {p: p.stat().st_mtime_ns for p in rules.rglob("*.js")}
    out = tmp_path / "actions"
    assert run("convert", rules, "-o", out, "-j", jobs, "-q").exit_code == 0
    assert run("convert", rules, "-o", out, "-j", jobs, "--force", "-q").exit_code == 0
    assert run("check", rules, "-j", jobs).exit_code in (0, 1)
    assert digest(rules) == before
    assert {p: p.stat().st_mtime_ns for p in rules.rglob("*.js")} == stat


def test_no_overwrite_without_force(rules, tmp_path):
    out = tmp_path / "actions"
    out.mkdir()
    (out / "first-login.js").write_text("// mine\n")
    refused = run("convert", rules, "-o", out)
    assert refused.exit_code == 1 and "R2A008" in refused.stderr
    assert (out / "first-login.js").read_text() == "// mine\n"
    assert (out / "team" / "audit.js").exists(), "the other files are still written"
    assert run("convert", rules, "-o", out, "--force", "-q").exit_code == 0
    assert (out / "first-login.js").read_text() != "// mine\n"


def test_a_symlinked_folder_in_the_output_cannot_lead_outside(rules, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "actions"
    out.mkdir()
    os.symlink(outside, out / "team")
    result = run("convert", rules, "-o", out)
    assert result.exit_code == 1
    assert "R2A008" in result.stderr and "escapes" in result.stderr
    assert list(outside.iterdir()) == []
    assert (out / "first-login.js").exists()


def test_a_symlinked_file_in_the_output_cannot_lead_outside(rules, tmp_path):
    outside = tmp_path / "outside.js"
    outside.write_text("// not yours\n")
    out = tmp_path / "actions"
    out.mkdir()
    os.symlink(outside, out / "first-login.js")
    result = run("convert", rules, "-o", out, "--force")
    assert result.exit_code == 1 and "escapes" in result.stderr
    assert outside.read_text() == "// not yours\n"


@pytest.mark.parametrize("name", ["../evil.js", "../../evil.js", "/etc/evil.js", "a/../../evil.js"])
def test_a_stdin_name_cannot_lead_outside(tmp_path, name):
    out = tmp_path / "deep" / "actions"
    result = run("convert", "-", "-o", out, "--stdin-filename", name, input=CLEAN_RULE.read_text())
    assert result.exit_code == 0
    written = [p for p in tmp_path.rglob("*.js")]
    assert written == [out / "evil.js"]


def test_output_path_refuses_dot_dot():
    item = files.Input("x.js", "../x.js")
    with pytest.raises(files.InputError):
        files.output_path("out", item)


# -- secret values -------------------------------------------------------------------------

# Where secret values can live. Today rules read `configuration.NAME` and the converter only
# ever sees names; rules-configs (Deploy CLI) will add files with values: add a writer here
# that puts the values where that feature reads them, and the test covers it.
SECRETS = {
    "API_KEY": "sk_live_9f8e7d6c5b4a3f2e1d0c",
    "SLACK_HOOK_URL": "https://hooks.slack.example/T000/B000/XXXXSECRETXXXX",
    "DB_PASSWORD": "correct horse battery staple 42!",
}


def _values_in_environment(root: Path, monkeypatch) -> None:
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
        monkeypatch.setenv(f"RULES_CONFIG_{name}", value)


def _values_in_deploy_cli_files(root: Path, monkeypatch) -> None:
    # Deploy CLI directory format: rules-configs/ next to rules/ (not .js: never a rule).
    configs = root.parent / "rules-configs"
    configs.mkdir(exist_ok=True)
    for name, value in SECRETS.items():
        (configs / f"{name}.json").write_text(f'{{"key": "{name}", "value": "{value}"}}\n')
    (root.parent / "tenant.yaml").write_text(
        "rulesConfigs:\n" + "".join(f"  - key: {n}\n    value: '{v}'\n" for n, v in SECRETS.items())
    )


SECRET_SOURCES = [_values_in_environment, _values_in_deploy_cli_files]

RULE_WITH_SECRETS = """\
function (user, context, callback) {
  var key = configuration.API_KEY;
  var hook = configuration['SLACK_HOOK_URL'];
  const { DB_PASSWORD } = configuration;
  request.post({ url: hook, json: { key: key, pw: DB_PASSWORD } }, function (err) {
    if (err) return callback(err);
    callback(null, user, context);
  });
}
"""


@pytest.mark.parametrize("source", SECRET_SOURCES, ids=lambda f: f.__name__.strip("_"))
def test_no_secret_value_appears_in_outputs_reports_or_logs(source, tmp_path, monkeypatch):
    root = tmp_path / "repo" / "rules"
    root.mkdir(parents=True)
    (root / "secrets.js").write_text(RULE_WITH_SECRETS)
    source(root, monkeypatch)
    out = tmp_path / "actions"
    produced = []
    for args in (
        ["convert", root, "-o", out, "--force"],
        ["convert", root / "secrets.js"],
        ["check", root],
        ["check", root, "--format", "json"],
        ["check", root, "-j", "2", "--format", "json"],
        ["explain", "R2A400"],
    ):
        result = run(*args)
        produced += [result.stdout, result.stderr]
    produced += [p.read_text() for p in out.rglob("*") if p.is_file()]
    text = "\n".join(produced)
    for name, value in SECRETS.items():
        assert name in text, f"the name {name} is reported"
        assert value not in text, f"the value of {name} leaked"
