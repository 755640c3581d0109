"""The command line: exit codes, stdout/stderr, the summary, --force, stdin, check, explain."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from converter.cli import main

CLEAN_RULE = FIXTURES / "rules" / "shapes" / "renamed_params.js"
REVIEW_RULE = FIXTURES / "rules" / "metadata" / "unconvertible_updates.js"
INFO_RULE = FIXTURES / "rules" / "shapes" / "anonymous_bare.js"
BROKEN_RULE = FIXTURES / "invalid" / "syntax_error.js"
ACTION = FIXTURES / "actions" / "seed000_lazy_migration.js"


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture
def rules(tmp_path):
    """A small rules repository with a sub-folder, a broken rule and an Action."""
    root = tmp_path / "rules"
    (root / "team").mkdir(parents=True)
    shutil.copy(CLEAN_RULE, root / "first-login.js")
    shutil.copy(REVIEW_RULE, root / "team" / "audit.js")
    shutil.copy(ACTION, root / "already-action.js")
    (root / "notes.txt").write_text("not a rule")
    return root


def digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_convert_one_file_prints_the_action():
    result = run("convert", CLEAN_RULE)
    assert result.exit_code == 0
    assert result.stdout.startswith("/**\n * Auth0 post-login Action converted from the Rule")
    assert "exports.onExecutePostLogin = async (event, api) => {" in result.stdout
    assert result.stderr == "converted 1 (clean 1, needs review 0), skipped 0, failed 0\n"


def test_convert_reports_findings_on_stderr():
    result = run("convert", INFO_RULE)
    assert result.exit_code == 0
    line = result.stderr.splitlines()[0]
    assert line.startswith(f"{INFO_RULE}:4:21: R2A115 ")


def test_convert_stdin_to_stdout():
    result = run("convert", "-", input=CLEAN_RULE.read_text())
    assert result.exit_code == 0
    assert "api.idToken.setCustomClaim('https://example.com/first_login', true);" in result.stdout
    assert "the Rule stdin.js" not in result.stdout
    named = run("convert", "--stdin-filename", "first.js", "-", input=CLEAN_RULE.read_text())
    assert "converted from the Rule first.js" in named.stdout


def test_convert_folder_needs_an_output_folder(rules):
    result = run("convert", rules)
    assert result.exit_code == 2
    assert "-o/--out-dir" in result.stderr


def test_convert_folder_mirrors_it_and_never_touches_inputs(rules, tmp_path):
    before = digest(rules)
    out = tmp_path / "actions"
    result = run("convert", rules, "-o", out, "-q")
    assert result.exit_code == 0
    assert result.stderr == "converted 2 (clean 1, needs review 1), skipped 1, failed 0\n"
    assert sorted(digest(out)) == ["first-login.js", "team/audit.js"]
    assert digest(rules) == before
    assert "TODO(rules2actions R2A212)" in (out / "team" / "audit.js").read_text()
    assert not list(out.rglob(".*.tmp")), "temporary files left behind"


def test_converting_again_is_idempotent_and_existing_outputs_are_protected(rules, tmp_path):
    out = tmp_path / "actions"
    assert run("convert", rules, "-o", out).exit_code == 0
    again = run("convert", rules, "-o", out, "-q")
    assert again.exit_code == 0, "identical outputs count as converted"

    edited = out / "first-login.js"
    edited.write_text(edited.read_text() + "// hand edit\n")
    refused = run("convert", rules, "-o", out)
    assert refused.exit_code == 1
    assert "R2A008" in refused.stderr and "--force" in refused.stderr
    assert edited.read_text().endswith("// hand edit\n")
    assert "failed 1" in refused.stderr

    forced = run("convert", rules, "-o", out, "--force", "-q")
    assert forced.exit_code == 0
    assert not edited.read_text().endswith("// hand edit\n")


def test_one_bad_file_does_not_stop_the_batch(rules, tmp_path):
    shutil.copy(BROKEN_RULE, rules / "broken.js")
    out = tmp_path / "actions"
    result = run("convert", rules, "-o", out)
    assert result.exit_code == 1
    assert f"{rules / 'broken.js'}:2:28: R2A001 syntax error: Unexpected token ;" in result.stderr
    assert "   |                            ^" in result.stderr
    assert result.stderr.splitlines()[-1] == (
        "converted 2 (clean 1, needs review 1), skipped 1, failed 1"
    )
    assert (out / "first-login.js").exists() and not (out / "broken.js").exists()


def test_output_may_not_overwrite_its_input(tmp_path):
    rule = tmp_path / "rule.js"
    shutil.copy(CLEAN_RULE, rule)
    before = rule.read_bytes()
    result = run("convert", rule, "-o", tmp_path, "--force")
    assert result.exit_code == 1
    assert "overwrite the input" in result.stderr
    assert rule.read_bytes() == before


def test_missing_path_is_a_usage_error():
    result = run("convert", "no/such/rule.js")
    assert result.exit_code == 2
    assert "no such file or folder" in result.stderr


def test_check_exit_codes_follow_fail_on():
    assert run("check", CLEAN_RULE).exit_code == 0
    assert run("check", INFO_RULE).exit_code == 0
    assert run("check", "--fail-on", "info", INFO_RULE).exit_code == 1
    assert run("check", REVIEW_RULE).exit_code == 1
    assert run("check", "--fail-on", "error", REVIEW_RULE).exit_code == 0
    assert run("check", BROKEN_RULE).exit_code == 1
    assert run("check", ACTION).exit_code == 0
    assert run("check", "--fail-on", "sometimes", CLEAN_RULE).exit_code == 2


def test_check_text_output():
    result = run("check", REVIEW_RULE)
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{REVIEW_RULE}:3:3: R2A212 `user.app_metadata` is changed with a key known only at "
        "run time, so the keys to persist are unknown"
    )
    assert result.stderr == "converted 1 (clean 0, needs review 1), skipped 0, failed 0\n"


def test_check_json_output_has_findings_secrets_and_dependencies():
    result = run("check", "--format", "json", REVIEW_RULE, BROKEN_RULE)
    report = json.loads(result.stdout)
    first, second = report["files"]
    assert first["status"] == "needs-review"
    nested = run("check", "--format", "json", FIXTURES / "rules" / "callback" / "nested_request.js")
    (audit,) = json.loads(nested.stdout)["files"]
    assert audit["secrets"] == ["AUDIT_URL"]
    assert audit["dependencies"] == [{"name": "request", "version": "2.88.2"}]
    assert set(first["findings"][0]) == {
        "code",
        "severity",
        "message",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
    }
    assert second["status"] == "failed" and second["findings"][0]["code"] == "R2A001"
    assert report["summary"] == "converted 1 (clean 0, needs review 1), skipped 0, failed 1"


def test_explain_a_code_by_id_or_name():
    by_id = run("explain", "R2A110")
    assert by_id.exit_code == 0
    assert by_id.stdout.startswith("R2A110 callback-in-nested-function (warning)")
    assert "How to finish by hand:" in by_id.stdout
    assert run("explain", "callback-in-nested-function").stdout == by_id.stdout
    assert run("explain", "r2a110").stdout == by_id.stdout


def test_explain_unknown_code_is_a_usage_error():
    result = run("explain", "R2A999")
    assert result.exit_code == 2
    assert "unknown code" in result.stderr


def test_explain_lists_codes_and_mappings():
    from converter import catalog

    listing = run("explain").stdout
    for code in catalog.codes():
        assert code in listing
    mappings = run("explain", "--mappings").stdout
    assert "context.request.userAgent" in mappings and "event.request.user_agent" in mappings


def test_version_and_help_document_exit_codes():
    from converter import __version__

    assert run("--version").stdout == f"rules2actions, version {__version__}\n"
    for command in ("convert", "check"):
        help_text = run(command, "--help").stdout
        assert "Exit codes:" in help_text and "usage error" in help_text


def test_an_action_that_does_not_parse_is_never_written(monkeypatch, rules, tmp_path):
    import converter.render

    monkeypatch.setattr(converter.render, "render_action", lambda **kw: "exports.x = {;\n")
    out = tmp_path / "actions"
    result = run("convert", rules, "-o", out)
    assert result.exit_code == 1
    assert "R2A006 internal error: the converted Action does not parse" in result.stderr
    assert not out.exists() or not list(out.rglob("*.js"))
    assert run("check", rules).exit_code == 2


def test_a_crash_in_a_fixer_fails_only_that_file(monkeypatch, rules, tmp_path):
    from converter.fixers import user

    monkeypatch.delenv("RULES2ACTIONS_DEBUG")

    def broken(ctx):
        if "audit" in ctx.source.path:
            raise RuntimeError("boom")
        return original(ctx)

    original = user.fix
    monkeypatch.setattr(user, "fix", broken)
    out = tmp_path / "actions"
    result = run("convert", rules, "-o", out)
    assert result.exit_code == 1
    assert "R2A007 internal error: RuntimeError: boom" in result.stderr
    assert (out / "first-login.js").exists()
    checked = run("check", rules)
    assert checked.exit_code == 2
