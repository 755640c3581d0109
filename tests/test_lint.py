"""CI linting: GitHub annotations, SARIF, configuration, inline suppressions, convert --check."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import FIXTURES, ROOT
from converter.cli import main
from converter.pipeline import convert_bytes

REVIEW_RULE = FIXTURES / "rules" / "context" / "renamed_objects.js"
CLEAN_RULE = FIXTURES / "rules" / "shapes" / "renamed_params.js"
BROKEN_RULE = FIXTURES / "invalid" / "syntax_error.js"
# SARIF 2.1.0 JSON schema (rtm.5, the final 2.1.0 schema), copied from the npm package
# @microsoft/jest-sarif 1.0.0-beta.0 (MIT), lib/schemas/sarif-2.1.0-rtm.5.json.
SARIF_SCHEMA = Path(__file__).parent / "sarif-schema-2.1.0.json"


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def rule(body: str) -> bytes:
    text = "function (user, context, callback) {\n" + textwrap.indent(
        textwrap.dedent(body).strip("\n"), "  "
    )
    return (text + "\n}\n").encode()


GLOBAL_RULE = rule("""
    global.audit(user);
    callback(null, user, context);
    """)


# -- GitHub annotations -------------------------------------------------------------------


def test_github_annotations(tmp_path):
    result = run("check", "--format", "github", REVIEW_RULE)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("::warning file=") for line in lines)
    assert lines[0] == (
        f"::warning file={REVIEW_RULE},line=3,col=15,endLine=3,endColumn=36,"
        "title=rules2actions (R2A301)::`context.request.geoip` is used as a whole; "
        "its keys have other names in Actions"
    )


def test_github_escapes_and_multiline_spans():
    from converter.findings import Finding
    from converter.pipeline import REVIEW, Result
    from converter.report import github_report

    finding = Finding("R2A110", "info", "50% done\nnext: a,b", "dir,x/a:b.js", 2, 3, 4, 5)
    text = github_report([Result("x", REVIEW, findings=[finding])])
    assert text == (
        "::notice file=dir%2Cx/a%3Ab.js,line=2,endLine=4,title=rules2actions (R2A110)"
        "::50%25 done%0Anext: a,b\n"
    )


def test_github_syntax_error_is_an_error_annotation():
    result = run("check", "--format", "github", BROKEN_RULE)
    assert result.exit_code == 1
    assert result.stdout.startswith(f"::error file={BROKEN_RULE},line=")
    assert "title=rules2actions (R2A001)" in result.stdout


# -- SARIF ----------------------------------------------------------------------------------


def test_sarif_is_valid_and_complete():
    result = run("check", "--format", "sarif", REVIEW_RULE, CLEAN_RULE, BROKEN_RULE)
    assert result.exit_code == 1
    sarif = json.loads(result.stdout)
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text()))
    run_ = sarif["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids)) and "R2A301" in ids and "R2A900" in ids
    entry = rules[ids.index("R2A301")]
    assert entry["name"] == "renamed-keys-object"
    assert entry["shortDescription"]["text"] and entry["help"]["text"]
    results = run_["results"]
    assert {r["ruleId"] for r in results} >= {"R2A301", "R2A001"}
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        location = r["locations"][0]["physicalLocation"]
        assert not location["artifactLocation"]["uri"].startswith("/")
        region = location["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
    first = next(r for r in results if r["ruleId"] == "R2A301")
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3,
        "startColumn": 15,
        "endLine": 3,
        "endColumn": 36,
    }


def test_sarif_without_findings_is_valid():
    result = run("check", "--format", "sarif", CLEAN_RULE)
    assert result.exit_code == 0
    sarif = json.loads(result.stdout)
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text()))
    assert sarif["runs"][0]["results"] == []


# -- configuration --------------------------------------------------------------------------


@pytest.fixture
def repo(tmp_path, monkeypatch):
    root = tmp_path / "repo"
    (root / "rules" / "legacy").mkdir(parents=True)
    (root / "rules" / "cache.js").write_bytes(GLOBAL_RULE)
    (root / "rules" / "legacy" / "old.js").write_bytes(GLOBAL_RULE)
    shutil.copy(REVIEW_RULE, root / "rules" / "nested.js")
    monkeypatch.chdir(root)
    return root


def codes(result) -> list[str]:
    return sorted({line.split()[1] for line in result.stdout.splitlines()})


def test_no_configuration(repo):
    result = run("check", "rules")
    assert codes(result) == ["R2A301", "R2A422"]
    assert result.exit_code == 1


@pytest.mark.parametrize("name", ["rules2actions.toml", ".rules2actions.toml"])
def test_configuration_file(repo, name):
    (repo / name).write_text(
        'ignore = ["global-from-another-rule"]\nexclude = ["rules/legacy/**"]\n'
    )
    result = run("check", "rules")
    assert codes(result) == ["R2A301"]
    assert "legacy" not in result.stdout


def test_pyproject_table_and_nearest_wins(repo):
    (repo / "pyproject.toml").write_text('[tool.rules2actions]\nignore = ["R2A301"]\n')
    assert codes(run("check", "rules")) == ["R2A422"]
    # a nearer file wins over the pyproject.toml above it
    (repo / "rules" / "rules2actions.toml").write_text('ignore = ["R2A42"]\n')
    assert codes(run("check", "rules")) == ["R2A301"]
    # a pyproject.toml without the table is passed over
    (repo / "rules" / "rules2actions.toml").unlink()
    (repo / "rules" / "pyproject.toml").write_text("[tool.black]\n")
    assert codes(run("check", "rules")) == ["R2A422"]


def test_cli_flags_override_the_configuration(repo):
    (repo / "rules2actions.toml").write_text('ignore = ["R2A301"]\nfail-on = "error"\n')
    result = run("check", "rules")
    assert codes(result) == ["R2A422"] and result.exit_code == 0
    result = run("check", "--ignore", "R2A422", "--fail-on", "warning", "rules")
    assert codes(result) == ["R2A301"] and result.exit_code == 1
    assert codes(run("check", "--select", "R2A422", "rules")) == ["R2A422"]
    assert codes(
        run("check", "--isolated", "--select", "global-from-another-rule,R2A3", "rules")
    ) == [
        "R2A301",
        "R2A422",
    ]
    assert codes(run("check", "--isolated", "rules")) == ["R2A301", "R2A422"]
    other = repo / "other.toml"
    other.write_text('select = ["R2A301"]\n')
    assert codes(run("check", "--config", other, "rules")) == ["R2A301"]


def test_per_file_ignores_and_explicit_files_are_excluded(repo):
    (repo / "rules2actions.toml").write_text(
        '[per-file-ignores]\n"rules/cache.js" = ["R2A422"]\n"nested.js" = ["R2A3"]\n'
        'exclude = ["rules/legacy/*"]\n'
    )
    # exclude under a table is a per-file-ignores key: a configuration error
    result = run("check", "rules")
    assert result.exit_code == 2 and "unknown code" in result.stderr
    (repo / "rules2actions.toml").write_text(
        'exclude = ["rules/legacy/*"]\n'
        '[per-file-ignores]\n"rules/cache.js" = ["R2A422"]\n"nested.js" = ["R2A3"]\n'
    )
    result = run("check", "rules")
    assert result.exit_code == 0 and result.stdout == ""
    result = run("check", "rules/legacy/old.js")
    assert result.stdout == "" and result.exit_code == 0


def test_configuration_errors_exit_2(repo):
    (repo / "rules2actions.toml").write_text('selct = ["R2A301"]\n')
    result = run("check", "rules")
    assert result.exit_code == 2 and "unknown key(s) selct" in result.stderr
    (repo / "rules2actions.toml").write_text('fail-on = "never"\n')
    assert run("check", "rules").exit_code == 2
    (repo / "rules2actions.toml").write_text("ignore = [\n")
    assert run("check", "rules").exit_code == 2
    assert run("check", "--isolated", "--ignore", "R2A77", "rules").exit_code == 2


# -- inline suppressions --------------------------------------------------------------------


def test_ignore_comment_covers_the_next_statement():
    data = rule("""
        // rules2actions: ignore[global-from-another-rule]
        if (global.isAllowed(context.clientID)) {
          global.audit(user);
        }
        global.other(user);
        callback(null, user, context);
        """)
    result = convert_bytes("r.js", data)
    assert [(f.code, f.line) for f in result.findings] == [("R2A422", 6)]
    assert len(result.suppressed) == 2
    # the TODO lines stay in the Action: the code still needs a person
    assert result.action.count("TODO(rules2actions R2A422)") == 3
    assert result.status == "needs-review"


def test_ignore_comment_at_the_end_of_a_line_covers_that_line():
    data = rule("""
        global.a(user); // rules2actions: ignore[R2A422]
        global.b(user);
        callback(null, user, context);
        """)
    result = convert_bytes("r.js", data)
    assert [(f.code, f.line) for f in result.findings] == [("R2A422", 3)]


def test_unused_and_invalid_suppressions_are_reported():
    data = rule("""
        // rules2actions: ignore[R2A110, R2A422]
        global.a(user);
        /* rules2actions: ignore[nope] */
        global.b(user); // rules2actions: ignor R2A422
        callback(null, user, context);
        """)
    found = [(f.code, f.line) for f in convert_bytes("r.js", data).findings]
    assert ("R2A900", 2) in found and ("R2A901", 4) in found and ("R2A901", 5) in found
    assert ("R2A422", 5) in found and ("R2A422", 3) not in found
    message = next(f.message for f in convert_bytes("r.js", data).findings if f.code == "R2A900")
    assert "R2A110" in message and "R2A422" not in message


def test_text_in_strings_is_not_a_suppression():
    data = rule("""
        const s = '// rules2actions: skip-file';
        global.a('// rules2actions: ignore[R2A422]');
        callback(null, user, context);
        """)
    result = convert_bytes("r.js", data)
    assert result.status == "needs-review"
    assert [f.code for f in result.findings] == ["R2A422"]


def test_skip_file(tmp_path):
    data = b"// rules2actions: skip-file\n" + GLOBAL_RULE
    result = convert_bytes("r.js", data)
    assert result.status == "skipped" and result.findings == [] and result.action is None
    path = tmp_path / "r.js"
    path.write_bytes(data)
    checked = run("check", path)
    assert checked.exit_code == 0 and checked.stdout == ""


def test_suppressed_findings_do_not_fail_check(tmp_path):
    path = tmp_path / "r.js"
    path.write_bytes(rule("""
        global.a(user); // rules2actions: ignore[R2A422]
        callback(null, user, context);
        """))
    result = run("check", path)
    assert result.exit_code == 0 and result.stdout == ""


# -- convert --check ------------------------------------------------------------------------


def test_convert_check(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    shutil.copy(CLEAN_RULE, rules / "a.js")
    shutil.copy(REVIEW_RULE, rules / "b.js")
    out = tmp_path / "actions"
    result = run("convert", "--check", rules, "-o", out, "-q")
    assert result.exit_code == 1
    assert "would write" in result.stdout and "(missing)" in result.stdout
    assert not out.exists()
    assert run("convert", rules, "-o", out, "-q").exit_code == 0
    result = run("convert", "--check", rules, "-o", out, "-q")
    assert result.exit_code == 0 and result.stdout == ""
    assert "every Action is up to date" in result.stderr
    (out / "a.js").write_text("// edited by hand\n")
    before = (out / "a.js").read_text()
    result = run("convert", "--check", rules, "-o", out, "-q")
    assert result.exit_code == 1 and "a.js (stale)" in result.stdout
    assert "b.js" not in result.stdout
    assert (out / "a.js").read_text() == before


def test_convert_check_needs_an_output_folder():
    result = run("convert", "--check", CLEAN_RULE)
    assert result.exit_code == 2 and "--check" in result.stderr


def test_convert_fail_on_write(tmp_path):
    out = tmp_path / "actions"
    result = run("convert", "--fail-on-write", "--force", CLEAN_RULE, "-o", out, "-q")
    assert result.exit_code == 1 and "wrote " in result.stderr
    result = run("convert", "--fail-on-write", "--force", CLEAN_RULE, "-o", out, "-q")
    assert result.exit_code == 0


def test_help_documents_the_exit_codes():
    for command in ("convert", "check"):
        text = run(command, "--help").stdout
        assert "--check: 0" in text and "migrate  0" in text


def test_schema_file_is_the_sarif_schema():
    schema = json.loads(SARIF_SCHEMA.read_text())
    assert "2.1.0" in schema["title"]
    assert (ROOT / "tests" / SARIF_SCHEMA.name).exists()


def test_each_file_uses_its_nearest_configuration(repo):
    (repo / "rules2actions.toml").write_text('ignore = ["R2A301"]\n')
    (repo / "rules" / "legacy" / "rules2actions.toml").write_text(
        'ignore = ["R2A422"]\nfail-on = "error"\n'
    )
    result = run("check", "rules/legacy/old.js", "rules/cache.js")
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["rules/cache.js"] * len(lines)
    assert result.exit_code == 1  # rules/cache.js: R2A422 under fail-on warning
    result = run("check", "rules/legacy/old.js")
    assert result.stdout == "" and result.exit_code == 0


def test_configuration_of_standard_input(repo):
    (repo / "rules2actions.toml").write_text('ignore = ["global-from-another-rule"]\n')
    result = run("check", "-", input=GLOBAL_RULE.decode())
    assert result.stdout == "" and result.exit_code == 0


def test_convert_root_mirrors_sub_folders_for_named_files(tmp_path):
    rules = tmp_path / "rules"
    (rules / "team").mkdir(parents=True)
    shutil.copy(CLEAN_RULE, rules / "team" / "a.js")
    shutil.copy(CLEAN_RULE, tmp_path / "outside.js")
    out = tmp_path / "actions"
    result = run(
        "convert", "--root", rules, rules / "team" / "a.js", tmp_path / "outside.js", "-o", out
    )
    assert result.exit_code == 0
    assert (out / "team" / "a.js").is_file() and (out / "outside.js").is_file()
    # the same layout as converting the folder itself
    assert run("convert", "--check", rules, "-o", out, "-q").exit_code == 0
