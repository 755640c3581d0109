"""`migrate`: whole example tenants (fixtures/tenants/) → Deploy CLI layouts and reports."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import FIXTURES
from converter import tenant as tenant_module
from converter.cli import main
from converter.migrate import plan, sanitize
from converter.parser import mask_keywords, parse, unmask_keywords
from converter.pipeline import convert_bytes

TENANTS = FIXTURES / "tenants"
EXPORTS = ["directory", "yaml", "management-api.json", "global-helpers"]
NODE = shutil.which("node")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    """Each example tenant migrated once (from fixtures/tenants/, so paths are relative)."""
    import os

    outputs = {}
    before = digest(TENANTS)
    cwd = os.getcwd()
    os.chdir(TENANTS)
    try:
        for export in EXPORTS:
            out = tmp_path_factory.mktemp("out") / export
            result = run("migrate", export, "-o", out)
            outputs[export] = (result, out)
    finally:
        os.chdir(cwd)
    assert digest(TENANTS) == before  # inputs are never modified
    return outputs


@pytest.mark.parametrize("export", EXPORTS)
def test_layout_snapshot(migrated, export, snapshot_json, snapshot_text, snapshot_js):
    result, out = migrated[export]
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    layout = {}
    for name in files:
        text = (out / name).read_text()
        if name.endswith(".json"):
            layout[name] = json.loads(text)
        elif name.endswith(".yaml"):
            layout[name] = yaml.safe_load(text)
        else:
            layout[name] = None
    assert layout == snapshot_json(name="layout")
    assert (out / "MIGRATION.md").read_text() == snapshot_text(name="MIGRATION")
    for name in files:
        if name.endswith("/code.js"):
            assert (out / name).read_text() == snapshot_js(name=name.replace("/", "-"))


def test_directory_export(migrated):
    result, out = migrated["directory"]
    assert result.exit_code == 1  # Broken-Rule fails
    report = json.loads((out / "migration.json").read_text())
    assert report["source"] == {"kind": "directory", "path": "directory"}
    assert report["totals"]["failed"] == 1 and report["totals"]["bound"] == 4
    by_name = {r["name"]: r for r in report["rules"]}
    assert by_name["Broken-Rule"]["status"] == "failed" and by_name["Broken-Rule"]["action"] is None
    assert by_name["Require-Verified-Email"]["binding"] is None
    assert by_name["Log-Failures"]["binding"] is None
    assert [f["code"] for f in by_name["Log-Failures"]["findings"]] == ["R2A500"]
    triggers = json.loads((out / "triggers" / "triggers.json").read_text())
    assert list(triggers) == ["post-login"]  # other triggers are left alone
    assert [b["action_name"] for b in triggers["post-login"]] == [
        "Add-Roles-Claims",
        "Allowed-Clients",
        "Geo-Audit",
        "Notify-Slack",
    ]
    definition = json.loads((out / "actions" / "Geo-Audit.json").read_text())
    assert definition == {
        "name": "Geo-Audit",
        "code": "./actions/Geo-Audit/code.js",
        "runtime": "node22",
        "dependencies": [{"name": "request", "version": "2.88.2"}],
        "secrets": [{"name": "AUDIT_URL", "value": "##AUDIT_URL##"}],
        "supported_triggers": [{"id": "post-login", "version": "v3"}],
        "deployed": False,
    }
    # keyword markers survive in the Action, and are listed
    code = (out / "actions" / "Allowed-Clients" / "code.js").read_text()
    assert "const allowedClients = @@ALLOWED_CLIENTS@@;" in code
    assert report["keywords_in_code"] == ["ALLOWED_CLIENTS", "CLAIM_DOMAIN", "TENANT_LABEL"]


def test_yaml_export_names_and_secrets(migrated):
    result, out = migrated["yaml"]
    assert result.exit_code == 0
    document = yaml.safe_load((out / "tenant.yaml").read_text())
    names = [a["name"] for a in document["actions"]]
    assert names == [
        "Common-Functions",
        "Flag-Partner",
        "Usertype-Claims",
        "Global-Helpers",
        "Sign-Session",
        "Enrich Profile",
        "enrich profile-2",  # same folder as "Enrich Profile" on a case-insensitive disk
        "Partner-Claims",
        "escape-me",  # "../../escape/me" cannot escape the output folder
    ]
    for action in document["actions"]:
        assert (out / action["code"]).is_file()
    assert [b["action_name"] for b in document["triggers"]["post-login"]] == [
        "Common-Functions",
        "Flag-Partner",
        "Usertype-Claims",
        "Global-Helpers",
        "Sign-Session",
        "Enrich Profile",
        "Partner-Claims",
        "escape-me",
    ]
    report = json.loads((out / "migration.json").read_text())
    partner = next(r for r in report["rules"] if r["name"] == "Partner-Claims")
    assert "R2A510" in [f["code"] for f in partner["findings"]]
    # a helper an earlier rule defined on `global` is copied into the Action that calls it
    helpers = next(r for r in report["rules"] if r["name"] == "Global-Helpers")
    codes = [(f["code"], f["message"].split("`")[1]) for f in helpers["findings"]]
    assert ("R2A511", "global.isAllowedClient") in codes
    assert ("R2A422", "global.isAllowedClient") not in codes
    assert ("R2A423", "global.log") in codes  # it defines global.log itself (no later rule uses it)
    code = (out / "actions" / "Global-Helpers" / "code.js").read_text()
    # inside the handler, converted with the rule, and called under its own name
    assert code.index("exports.onExecutePostLogin") < code.index("function isAllowedClient(")
    assert "global.isAllowedClient(" not in code
    # the rulesConfigs value is never copied anywhere
    for path in out.rglob("*"):
        if path.is_file():
            assert "do-not-copy-this-secret-value" not in path.read_text()
    assert "do-not-copy-this-secret-value" not in result.output
    assert "SIGNING_KEY" in result.stderr


def test_management_api_export(migrated):
    result, out = migrated["management-api.json"]
    report = json.loads((out / "migration.json").read_text())
    assert [(r["name"], r["binding"]) for r in report["rules"]] == [
        ("ID-Token-Claims", 1),
        ("CRM-Sync", 2),
        ("Metadata-Claims", 3),
        ("Block-Scopes", None),
    ]
    assert report["rules"][0]["id"] == "rul_1AbCdEfGhIjKlMnO"


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("export", EXPORTS)
def test_every_action_passes_node_check(migrated, export, tmp_path):
    _, out = migrated[export]
    actions = sorted(out.rglob("code.js"))
    assert actions
    for action in actions:
        # Deploy CLI keywords are replaced before deploying; mask them as the parser does
        masked, _ = mask_keywords(action.read_text())
        checked = tmp_path / "action.js"
        checked.write_text(masked)
        result = subprocess.run([NODE, "--check", str(checked)], capture_output=True, text=True)
        assert result.returncode == 0, f"{action}: {result.stderr}"


def test_guard_with_rule_ids(tmp_path):
    out = tmp_path / "out"
    result = run("migrate", TENANTS / "management-api.json", "-o", out, "--guard-with-rule-ids")
    code = (out / "actions" / "CRM-Sync" / "code.js").read_text()
    assert "exports.onExecutePostLogin = async (event, api) => {\n" in code
    assert "  if (api.rules.wasExecuted('rul_8Xk2PqA1bC3dE4fG')) return;\n" in code
    assert result.exit_code == 0
    # a directory export has no rule ids: no guard
    out2 = tmp_path / "out2"
    run("migrate", TENANTS / "directory", "-o", out2, "--guard-with-rule-ids")
    assert "wasExecuted" not in (out2 / "actions" / "Geo-Audit" / "code.js").read_text()


def test_existing_outputs_are_protected(tmp_path):
    out = tmp_path / "out"
    assert run("migrate", TENANTS / "yaml", "-o", out).exit_code == 0
    assert run("migrate", TENANTS / "yaml", "-o", out).exit_code == 0  # unchanged: fine
    (out / "actions" / "escape-me" / "code.js").write_text("// mine\n")
    result = run("migrate", TENANTS / "yaml", "-o", out)
    assert result.exit_code == 1 and "nothing written" in result.stderr
    assert (out / "actions" / "escape-me" / "code.js").read_text() == "// mine\n"
    assert run("migrate", TENANTS / "yaml", "-o", out, "--force").exit_code == 0


def test_the_tenant_yaml_is_never_overwritten(tmp_path):
    tenant = tmp_path / "t"
    shutil.copytree(TENANTS / "yaml", tenant)
    result = run("migrate", tenant, "-o", tenant, "--force")
    assert result.exit_code == 1 and "would overwrite an input" in result.stderr
    assert (tenant / "tenant.yaml").read_text() == (TENANTS / "yaml" / "tenant.yaml").read_text()


def test_plain_folder_and_management_api_array(tmp_path):
    rules = FIXTURES.parent / "examples" / "rules"
    loaded = tenant_module.load(str(rules))
    assert loaded.kind == "folder" and len(loaded.rules) == 4
    array = tmp_path / "rules.json"
    data = json.loads((TENANTS / "management-api.json").read_text())["rules"]
    array.write_text(json.dumps(data))
    loaded = tenant_module.load(str(array))
    assert loaded.kind == "management-api"
    assert [r.name for r in loaded.rules][:2] == ["ID-Token-Claims", "CRM-Sync"]
    out = tmp_path / "out"
    assert run("migrate", rules, "-o", out).exit_code == 0
    assert (out / "triggers" / "triggers.json").is_file()


def test_unreadable_tenants_are_usage_errors(tmp_path):
    assert run("migrate", tmp_path / "missing", "-o", tmp_path / "o").exit_code == 2
    bad = tmp_path / "tenant.yaml"
    bad.write_text("rules: [\n")
    result = run("migrate", bad, "-o", tmp_path / "o")
    assert result.exit_code == 2 and "YAML" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("migrate", empty, "-o", tmp_path / "o").exit_code == 2


def test_missing_script_fails_that_rule_only(tmp_path):
    root = tmp_path / "export"
    shutil.copytree(TENANTS / "directory", root)
    (root / "rules" / "Geo-Audit.js").unlink()
    loaded = tenant_module.load(str(root))
    result = plan(loaded)
    geo = next(m for m in result.migrated if m.rule.name == "Geo-Audit")
    assert geo.result.status == "failed"
    assert [f.code for f in geo.result.findings] == ["R2A503"]
    assert sum(1 for m in result.migrated if m.binding) == 3


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Add-Roles", "Add-Roles"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "action"),
        ("a/b\\c:d", "a-b-c-d"),
        ("  spaced name ", "spaced name"),
        ("ünïcode", "n-code"),
    ],
)
def test_sanitize(name, expected):
    assert sanitize(name) == expected


def test_duplicate_names_are_made_unique(tmp_path):
    rules = [
        tenant_module.TenantRule(name=n, path=f"r{i}.js", code=b"function (u, c, cb) { cb(); }")
        for i, n in enumerate(["Same", "Same", "same", "S/ame", "S-ame"])
    ]
    loaded = tenant_module.Tenant("folder", "x", rules=rules)
    names = [m.action_name for m in plan(loaded).migrated]
    assert names == ["Same", "Same-2", "same-3", "S-ame", "S-ame-2"]
    assert len({n.lower() for n in names}) == len(names)


# -- keyword markers in the parse stage ---------------------------------------------------


def test_keywords_are_masked_with_the_same_length():
    text = "const a = @@LIST@@; const b = ##NUM## + 1; const c = '##NAME##';"
    masked, keywords = mask_keywords(text)
    assert len(masked) == len(text)
    parse(masked)  # valid JavaScript now
    assert unmask_keywords(masked, keywords) == text


def test_keywords_do_not_break_conversion_or_positions():
    data = (
        b"function (user, context, callback) {\n"
        b"  const max = ##MAX_LOGINS##;\n"
        b"  if (context.stats.loginsCount > max) global.x(@@FLAG@@);\n"
        b"  callback(null, user, context);\n"
        b"}\n"
    )
    result = convert_bytes("r.js", data)
    assert result.status == "needs-review"
    assert "const max = ##MAX_LOGINS##;" in result.action
    assert "global.x(@@FLAG@@);" in result.action
    assert [(f.code, f.line, f.column) for f in result.findings] == [("R2A422", 3, 40)]
    assert result.source.text == data.decode()  # code frames show the original text


def test_finding_messages_show_the_keywords():
    data = b"function (user, context, callback) { global[##KEY##] = 1; callback(); }"
    result = convert_bytes("r.js", data)
    assert all("$_" not in f.message for f in result.findings)
    found = convert_bytes("r.js", b"function (user, context, callback) { ##X##.y = user; }")
    assert "$_" not in " ".join(f.message for f in found.findings)


def test_a_mask_that_already_occurs_is_not_used():
    text = "var $$X$$ = 1; var y = @@X@@;"
    masked, keywords = mask_keywords(text)
    assert masked == text and keywords == {}


# -- data handed from rule to rule ----------------------------------------------------------


def _flow_findings(*codes: str) -> list[tuple[int, str, str, str]]:
    from converter.crossrule import data_flow, handed_over

    flows = [(f"r{i}", data_flow(code)) for i, code in enumerate(codes)]
    return [(i, read.path, written, name) for i, read, written, name, _ in handed_over(flows)]


def test_cross_rule_data_is_found_in_order_only():
    writer = """function (user, context, callback) {
      user.app_metadata = user.app_metadata || {};
      user.app_metadata.roles = ['admin'];
      context.isPartner = true;
      context.idToken['https://x/y'] = 1;
      callback(null, user, context);
    }"""
    reader = """function (u, ctx, cb) {
      if (ctx.isPartner && u.app_metadata.roles.length) {
        ctx.idToken['https://x/z'] = u.app_metadata.plan;
      }
      const idToken = ctx.idToken;
      cb(null, u, ctx);
    }"""
    assert _flow_findings(writer, reader) == [
        (1, "context.isPartner", "context.isPartner", "r0"),
        (1, "user.app_metadata.roles", "user.app_metadata.roles", "r0"),
    ]
    assert _flow_findings(reader, writer) == []  # a read before the write is not a hand-over


def test_cross_rule_data_ignores_shadowing_and_unparsable_rules():
    writer = (
        "function (user, context, callback) { context.flag = 1; callback(null, user, context); }"
    )
    shadowed = """function (user, context, callback) {
      [1].forEach(function (context) { return context.flag; });
      callback(null, user, context);
    }"""
    broken = "function (user, context, callback) { context.flag = ; }"
    assert _flow_findings(writer, shadowed) == []
    assert _flow_findings(broken, writer) == []


def test_only_self_contained_helpers_are_copied():
    from converter.crossrule import helper_definitions

    text = """function (user, context, callback) {
      const BASE = configuration.BASE_URL;
      let counter = 0;
      counter += 1;
      global.ok = function (a) { return JSON.stringify(a); };
      global.usesSandbox = function (id) { return request.get(BASE + id); };
      global.usesConfig = (k) => configuration[k];
      global.usesCounter = () => counter;
      global.usesUser = function () { return user.email; };
      global.notAFunction = 42;
      callback(null, user, context);
    }"""
    found = helper_definitions("Common", text)
    assert list(found) == ["ok", "usesSandbox", "usesConfig"]
    assert found["ok"].rule == "Common"
    assert found["ok"].declaration == "function ok(a) { return JSON.stringify(a); }"
    assert found["usesSandbox"].declaration.splitlines() == [
        "const BASE = configuration.BASE_URL;",
        "function usesSandbox(id) { return request.get(BASE + id); }",
    ]
    assert (
        found["usesConfig"].declaration == "function usesConfig(k) {\n  return configuration[k];\n}"
    )


def test_helpers_in_every_function_shape_are_copied_as_valid_code():
    """Issue 10: an arrow helper was copied as `global.f = global.f || (a) => {...};`,
    which does not parse ("Unexpected token =>"): the Action failed with R2A006."""
    definer = b"""function (user, context, callback) {
  global.block = (a, b) => {
    return a + b;
  };
  global.concise = global.concise || ((x) => ({ doubled: x * 2 }));
  global.later = async (id) => {
    await Promise.resolve();
    return String(id);
  };
  global.plain = global.plain || async function (x) { return x; };
  global.named = named;
  function named(n) {
    return n > 1 ? n * named(n - 1) : 1;
  }
  callback(null, user, context);
}
"""
    caller = b"""async function (user, context, callback) {
  context.idToken['https://example.com/sum'] = global.block(1, 2);
  context.idToken['https://example.com/twice'] = global.concise(2).doubled;
  context.idToken['https://example.com/id'] = await global.later(user.user_id);
  context.idToken['https://example.com/plain'] = await global.plain(1);
  context.idToken['https://example.com/fact'] = global.named(4);
  callback(null, user, context);
}
"""
    rules = [
        tenant_module.TenantRule(name="Helpers", path="a.js", code=definer),
        tenant_module.TenantRule(name="Caller", path="b.js", code=caller),
    ]
    result = plan(tenant_module.Tenant("folder", "x", rules=rules))
    action = result.migrated[1].result
    assert action.status == "clean", [f.message for f in action.findings]
    copied = [f.message.split("`")[1] for f in action.findings if f.code == "R2A511"]
    assert copied == [f"global.{n}" for n in ("block", "concise", "later", "plain", "named")]
    # Each copy is a function declaration in the handler, whatever shape defined it.
    assert "  function block(a, b) {\n    return a + b;\n  }" in action.action
    assert "  function concise(x) {\n    return { doubled: x * 2 };\n  }" in action.action
    assert "  async function later(id) {" in action.action
    assert "  async function plain(x) { return x; }" in action.action
    assert "  function named(n) {" in action.action
    assert NODE, "Node.js is required"
    done = subprocess.run(
        [NODE, "-e", "new (require('vm').Script)(require('fs').readFileSync(0, 'utf8'))"],
        input=action.action,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_helpers_of_disabled_rules_are_not_copied(tmp_path):
    helper = (
        b"function (user, context, callback) { global.h = function () { return 1; }; callback(); }"
    )
    caller = b"function (user, context, callback) { global.h(); callback(null, user, context); }"
    rules = [
        tenant_module.TenantRule(name="a", path="a.js", code=helper, enabled=False),
        tenant_module.TenantRule(name="b", path="b.js", code=caller),
    ]
    result = plan(tenant_module.Tenant("folder", "x", rules=rules))
    assert [f.code for f in result.migrated[1].result.findings] == ["R2A422"]
    rules[0].enabled = True
    result = plan(tenant_module.Tenant("folder", "x", rules=rules))
    assert [f.code for f in result.migrated[1].result.findings] == ["R2A511"]
    assert result.migrated[1].result.status == "clean"


def test_progress_callback_and_no_bar_off_a_terminal(tmp_path):
    loaded = tenant_module.load(str(TENANTS / "directory"))
    seen = []
    plan(loaded, on_rule=lambda rule: seen.append(rule.name))
    assert seen == [rule.name for rule in loaded.rules]
    result = run("migrate", TENANTS / "directory", "-o", tmp_path / "o", "-q")
    assert "Converting rules" not in result.stderr  # CliRunner's stderr is not a terminal
    assert "migrate" in run("migrate", "--help").stdout
