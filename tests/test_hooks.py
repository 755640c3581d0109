"""Legacy Hooks: every fixture Hook → its Action and findings (snapshots), the invariants
of every conversion, and how a file is recognised as a Hook of one trigger."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, ROOT, fixture_id, relative
from converter import hooks
from converter.analyze import Analysis
from converter.parser import parse
from converter.pipeline import convert_bytes
from converter.source import SourceFile

HOOKS = sorted((FIXTURES / "hooks").rglob("*.js"))
NODE = shutil.which("node")
# Files of these triggers carry no type of their own: the test names it, as `--hook-type`
# (or the tenant's `triggerId`) would. The others are recognised by their signature.
NAMED = set(hooks.AMBIGUOUS)


def hook_type_of(path: Path) -> str | None:
    trigger = path.parent.name
    return trigger if trigger in NAMED else None


def convert_hook(path: Path, hook_type: str | None = None):
    return convert_bytes(
        relative(path), path.read_bytes(), hook_type=hook_type or hook_type_of(path)
    )


@pytest.fixture(scope="module")
def converted():
    return {path: convert_hook(path) for path in HOOKS}


def test_at_least_five_fixtures_per_trigger():
    for trigger in hooks.TRIGGER_IDS:
        assert len(list((FIXTURES / "hooks" / trigger).glob("*.js"))) >= 5, trigger


@pytest.mark.parametrize("path", HOOKS, ids=fixture_id)
def test_action(path, snapshot_js, converted):
    result = converted[path]
    assert result.action is not None, result.findings
    assert result.hook_type == path.parent.name
    assert result.action == snapshot_js


@pytest.mark.parametrize("path", HOOKS, ids=fixture_id)
def test_findings(path, snapshot_json, converted):
    assert converted[path].to_dict() == snapshot_json


# -- invariants ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", HOOKS, ids=fixture_id)
def test_handler_is_the_triggers(path, converted):
    trigger = hooks.trigger(path.parent.name)
    action = converted[path].action
    assert f"exports.{trigger.handler} = async (event, api) =>" in action
    assert "onExecutePostLogin" not in action
    assert f"Auth0 {trigger.id} Action converted from the Hook" in action


def test_node_accepts_every_action(converted, tmp_path):
    assert NODE, "Node.js is required: the tests check every Action with `node --check`"
    for index, (path, result) in enumerate(sorted(converted.items())):
        target = tmp_path / f"{index:03d}_{path.name}"
        target.write_bytes(result.action.encode("utf-8"))
        done = subprocess.run([NODE, "--check", str(target)], capture_output=True, text=True)
        assert done.returncode == 0, (path, done.stderr)


@pytest.mark.parametrize("path", HOOKS, ids=fixture_id)
def test_converting_the_action_again_is_a_skip(path, converted):
    again = convert_bytes("again.js", converted[path].action.encode("utf-8"))
    assert again.status == "skipped"
    assert [f.code for f in again.findings] == ["R2A005"]
    named = convert_bytes("again.js", converted[path].action.encode(), hook_type=path.parent.name)
    assert named.status == "skipped"


@pytest.mark.parametrize("path", HOOKS, ids=fixture_id)
def test_every_comment_survives(path, converted):
    source = SourceFile.from_bytes(str(path), path.read_bytes())
    for comment in parse(source.text).comments:
        assert comment.value.strip() in converted[path].action, f"lost comment {comment.value!r}"


@pytest.mark.parametrize("path", HOOKS, ids=fixture_id)
def test_conversion_is_deterministic(path, converted):
    again = convert_hook(path)
    assert again.action == converted[path].action
    assert again.to_dict() == converted[path].to_dict()


def _parameters(path: Path) -> dict[str, str]:
    parsed = parse(SourceFile.from_bytes(str(path), path.read_bytes()).text)
    trigger = hooks.trigger(path.parent.name)
    rule = Analysis(parsed.program, parsed.anonymous_at, hook=trigger).rule
    return {role: p.name for role, p in rule.params.items() if p.type == "Identifier"}


@pytest.mark.parametrize("path", HOOKS, ids=fixture_id)
def test_every_leftover_hook_name_has_a_todo(path, converted):
    """A free reference to the Hook's arguments or error classes fails at run time: each
    one must sit under a TODO(rules2actions) line."""
    suspicious = set(_parameters(path).values()) | set(hooks.ERROR_CLASSES)
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


@pytest.mark.parametrize("path", HOOKS, ids=fixture_id)
def test_clean_actions_use_cb_only_in_the_fallback(path, converted):
    result = converted[path]
    name = _parameters(path).get("callback")
    if result.status != "clean" or name is None:
        return
    code = re.sub(r"//[^\n]*|/\*.*?\*/", "", result.action, flags=re.S)
    uses = re.findall(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", code)
    if any(f.code == "R2A120" for f in result.findings):
        assert f"const {name} = (error) =>" in code
    else:
        assert not uses, f"`{name}` is still used in a clean Action"


# -- recognising a Hook -------------------------------------------------------------------


def _convert(text: str, hook_type: str | None = None):
    return convert_bytes("hook.js", text.encode(), hook_type=hook_type)


def test_signature_decides_credentials_exchange_and_send_phone_message():
    ce = _convert("module.exports = function (client, scope, audience, context, cb) { cb(); };")
    assert ce.hook_type == "credentials-exchange"
    assert "exports.onExecuteCredentialsExchange" in ce.action
    spm = _convert("module.exports = function (recipient, text, context, cb) { cb(); };")
    assert spm.hook_type == "send-phone-message"
    assert "exports.onExecuteSendPhoneMessage" in spm.action


@pytest.mark.parametrize(
    "text",
    [
        "module.exports = function (user, context, cb) { cb(); };",
        "module.exports = function (user, context, cb) { context.webtask.storage.get(cb); };",
        "function (user, context, cb) { var s = context.webtask.secrets.A; cb(); }",
        "function (user, context, cb) { cb(new PreUserRegistrationError('no')); }",
        "function (user, context, cb) { cb(null, { user: { app_metadata: { a: 1 } } }); }",
    ],
)
def test_three_parameter_hook_without_a_type_is_an_error_that_says_so(text):
    result = _convert(text)
    assert result.status == "failed"
    [finding] = result.findings
    assert finding.code == "R2A601"
    assert "--hook-type" in finding.message
    assert "post-change-password" in finding.message


def test_a_rule_stays_a_rule():
    text = "function (user, context, callback) {\n  callback(null, user, context);\n}\n"
    result = _convert(text)
    assert result.hook_type is None
    # Exported and calling back as a Rule does: a Rule (repositories that unit-test their
    # Rules export them).
    exported = _convert(
        "module.exports = function (user, context, cb) { cb(null, user, context); };"
    )
    assert exported.hook_type is None and exported.status == "clean"
    assert "exports.onExecutePostLogin" in result.action
    assert "hook_type" not in result.to_dict()


def test_hook_type_rule_forces_a_rule():
    text = "function (user, context, cb) {\n  cb(new PreUserRegistrationError('x'));\n}\n"
    assert _convert(text).findings[0].code == "R2A601"
    assert "exports.onExecutePostLogin" in _convert(text, "rule").action


@pytest.mark.parametrize(
    "text, hook_type",
    [
        ("module.exports = function (client, scope, audience, context, cb) { cb(); };", "pre-user-registration"),
        ("module.exports = function (user, context, cb) { cb(); };", "no-such-trigger"),
    ],
)  # fmt: skip
def test_a_type_that_does_not_fit_is_an_error(text, hook_type):
    result = _convert(text, hook_type)
    assert result.status == "failed"
    assert [f.code for f in result.findings] == ["R2A602"]


def test_client_credentials_exchange_alias():
    text = "module.exports = function (client, scope, audience, context, cb) { cb(); };"
    assert _convert(text, "client-credentials-exchange").hook_type == "credentials-exchange"


def test_placeholders_pass_through_untouched():
    text = (
        "module.exports = function (user, context, cb) {\n"
        "  const a = '@@API_URL@@';\n"
        "  const b = ##TIMEOUT##;\n"
        "  const c = 'https://${domain}/x';\n"
        "  const d = '%%auth0domain%%';\n"
        "  console.log(a, b, c, d, user.email);\n"
        "  cb();\n"
        "};\n"
    )
    action = _convert(text, "post-user-registration").action
    for placeholder in (
        "'@@API_URL@@'",
        "##TIMEOUT##",
        "'https://${domain}/x'",
        "'%%auth0domain%%'",
    ):
        assert placeholder in action


def test_secrets_are_listed_in_the_header():
    text = (
        "module.exports = function (user, context, cb) {\n"
        "  const { A, B: b } = context.webtask.secrets;\n"
        "  const s = context.webtask.secrets;\n"
        "  console.log(A, b, s.C, context.webtask.secrets['D'], context.webtask.data.E);\n"
        "  cb();\n"
        "};\n"
    )
    result = _convert(text, "post-change-password")
    assert result.secrets == ["A", "B", "C", "D", "E"]
    assert "const { A, B: b } = event.secrets;" in result.action


def test_non_blocking_error_in_the_fallback_throws():
    text = (
        "module.exports = function (user, context, cb) {\n"
        "  setTimeout(function () { cb(new Error('late')); }, 10);\n"
        "};\n"
    )
    action = _convert(text, "post-user-registration").action
    assert "Promise.reject" in action and "access.deny" not in action


# -- command line and configuration -------------------------------------------------------


def test_cli_hook_type_and_configuration(tmp_path):
    from converter.cli import main

    hook = tmp_path / "hooks" / "notify.js"
    hook.parent.mkdir()
    hook.write_text(
        "module.exports = function (user, context, cb) {\n"
        "  const url = context.webtask.secrets.URL;\n  cb();\n};\n"
    )
    runner = CliRunner()
    failed = runner.invoke(main, ["convert", "--isolated", str(hook)])
    assert failed.exit_code == 1 and "R2A601" in failed.output
    done = runner.invoke(
        main, ["convert", "--isolated", "--hook-type", "post-change-password", str(hook)]
    )
    assert done.exit_code == 0, done.output
    assert "exports.onExecutePostChangePassword" in done.output
    (tmp_path / "rules2actions.toml").write_text(
        'hook-type = "post-user-registration"\n'
        '[hook-types]\n"hooks/notify.js" = "pre-user-registration"\n'
    )
    configured = runner.invoke(main, ["convert", str(hook)])
    assert "exports.onExecutePreUserRegistration" in configured.output
    overridden = runner.invoke(main, ["check", "--hook-type", "post-change-password", str(hook)])
    assert "R2A600 converted as a post-change-password Hook" in overridden.output


def test_explain_mappings_shows_the_hook_tables():
    from converter.cli import main

    output = CliRunner().invoke(main, ["explain", "--mappings"]).output
    for trigger in hooks.triggers().values():
        assert trigger.handler in output
    assert "user.phoneNumber" in output and "event.user.phone_number" in output


def test_hook_fixers_are_documented_and_declare_their_codes():
    from converter.fixers import registry

    for fixer in registry("hook"):
        assert fixer.__doc__ and fixer.__doc__.strip(), fixer.__name__
        text = Path(fixer.__file__).read_text()
        for code in set(re.findall(r'"(R2A\d{3})"', text)):
            assert code in fixer.CODES, f"{fixer.NAME} reports {code} without declaring it"


def test_namespaced_claims():
    assert hooks.is_namespaced("https://example.com/roles")
    assert hooks.is_namespaced("http://foo/bar")
    assert not hooks.is_namespaced("roles")
    assert not hooks.is_namespaced("https://auth0.com/x")
    assert not hooks.is_namespaced("https://tenant.webtask.run/x")


_ = ROOT


# -- migrate: tenants with Rules and Hooks -------------------------------------------------

HOOK_TENANTS = ["hooks-directory", "hooks-yaml", "hooks-management-api.json"]


@pytest.fixture(scope="module")
def migrated_hooks(tmp_path_factory):
    import os

    from converter.cli import main

    tenants = FIXTURES / "tenants"
    before = {p: p.read_bytes() for p in tenants.rglob("*") if p.is_file()}
    outputs = {}
    cwd = os.getcwd()
    os.chdir(tenants)
    try:
        for export in HOOK_TENANTS:
            out = tmp_path_factory.mktemp("out") / export
            result = CliRunner().invoke(main, ["migrate", export, "-o", str(out)])
            outputs[export] = (result, out)
    finally:
        os.chdir(cwd)
    assert {p: p.read_bytes() for p in tenants.rglob("*") if p.is_file()} == before
    return outputs


def _load_json(path: Path):
    import json

    return json.loads(path.read_text())


def test_directory_tenant_with_rules_and_hooks(migrated_hooks):
    result, out = migrated_hooks["hooks-directory"]
    assert result.exit_code == 1  # two Hooks cannot be converted (reported)
    triggers = _load_json(out / "triggers" / "triggers.json")
    assert [b["action_name"] for b in triggers["post-login"]] == [
        "Require-Verified-Email",
        "Add-Tenant-Claim",
    ]
    assert triggers["credentials-exchange"] == [
        {"action_name": "m2m-claims", "display_name": "m2m-claims"}
    ]
    # `code`/`active` (older keys) read like `script`/`enabled`
    assert [b["action_name"] for b in triggers["post-user-registration"]] == ["crm-sync"]
    assert "post-change-password" not in triggers  # old-audit is disabled: written, unbound
    assert (out / "actions" / "old-audit" / "code.js").is_file()
    # no triggerId: the signature tells a send-phone-message Hook
    assert [b["action_name"] for b in triggers["send-phone-message"]] == ["twilio-sms"]
    crm = _load_json(out / "actions" / "crm-sync.json")
    assert crm["supported_triggers"] == [{"id": "post-user-registration", "version": "v2"}]
    assert {"name": "CRM_URL", "value": "##CRM_URL##"} in crm["secrets"]
    twilio = _load_json(out / "actions" / "twilio-sms.json")
    assert {"name": "twilio", "version": "3.84.0"} in twilio["dependencies"]
    assert "exports.onExecuteSendPhoneMessage" in (out / "actions/twilio-sms/code.js").read_text()
    report = _load_json(out / "migration.json")
    assert report["totals"]["rules"] == 2
    assert report["hook_totals"]["hooks"] == 7
    by_name = {h["name"]: h for h in report["hooks"]}
    assert [f["code"] for f in by_name["welcome-email"]["findings"]] == ["R2A601"]
    assert [f["code"] for f in by_name["legacy-password-exchange"]["findings"]] == ["R2A603"]
    markdown = (out / "MIGRATION.md").read_text()
    assert "## Hooks" in markdown and "## Hook findings" in markdown
    assert "_VALUE_NOT_SHOWN_" not in "".join(p.read_text() for p in out.rglob("*") if p.is_file())


def test_yaml_tenant_with_rules_and_hooks(migrated_hooks):
    import yaml

    result, out = migrated_hooks["hooks-yaml"]
    assert result.exit_code == 0, result.output
    document = yaml.safe_load((out / "tenant.yaml").read_text())
    names = [a["name"] for a in document["actions"]]
    assert names == ["Require-Verified-Email", "m2m-tenant-check", "sns-sms", "Seed Metadata"]
    assert set(document["triggers"]) == {"post-login", "credentials-exchange", "send-phone-message"}
    sns = next(a for a in document["actions"] if a["name"] == "sns-sms")
    assert sns["supported_triggers"] == [{"id": "send-phone-message", "version": "v2"}]
    assert {"name": "aws-sdk", "version": "2.1108.0"} in sns["dependencies"]
    seed = (out / "actions" / "Seed Metadata" / "code.js").read_text()
    assert "api.user.setUserMetadata('plan', PLAN_DEFAULT);" in seed


def test_management_api_hooks(migrated_hooks):
    result, out = migrated_hooks["hooks-management-api.json"]
    assert result.exit_code == 1  # the listed Hook without a script (reported)
    triggers = _load_json(out / "triggers" / "triggers.json")
    assert triggers["post-login"] == []
    assert set(triggers) == {"post-login", "credentials-exchange", "post-change-password"}
    report = _load_json(out / "migration.json")
    failed = [h for h in report["hooks"] if h["status"] == "failed"]
    assert [f["code"] for f in failed[0]["findings"]] == ["R2A503"]


def test_every_migrated_hook_action_passes_node_check(migrated_hooks, tmp_path):
    assert NODE
    for _export, (_result, out) in migrated_hooks.items():
        for code in out.rglob("code.js"):
            done = subprocess.run([NODE, "--check", str(code)], capture_output=True, text=True)
            assert done.returncode == 0, (code, done.stderr)


def test_a_hook_in_a_plain_folder_is_migrated_on_its_trigger(tmp_path):
    from converter.cli import main

    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "rule.js").write_text(
        "function (user, context, callback) {\n  callback(null, user, context);\n}\n"
    )
    (folder / "sms.js").write_bytes((FIXTURES / "hooks/send-phone-message/twilio.js").read_bytes())
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["migrate", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    triggers = _load_json(out / "triggers" / "triggers.json")
    assert [b["action_name"] for b in triggers["post-login"]] == ["rule"]
    assert [b["action_name"] for b in triggers["send-phone-message"]] == ["sms"]


def test_rules_of_an_export_stay_rules(tmp_path):
    from converter.migrate import plan
    from converter.tenant import load

    root = tmp_path / "tenant"
    (root / "rules").mkdir(parents=True)
    (root / "rules" / "r.js").write_text(
        "function (user, context, callback) {\n  callback(new PreUserRegistrationError('x'));\n}\n"
    )
    (root / "rules" / "r.json").write_text('{"name": "r", "script": "./r.js"}')
    [item] = plan(load(str(root))).migrated
    assert item.result.hook_type is None
    assert "onExecutePostLogin" in item.result.action


@pytest.mark.parametrize(
    "table",
    ['hook-type = "pre-login"\n', '[hook-types]\n"*.js" = "nope"\n'],
)
def test_bad_hook_types_in_the_configuration_are_errors(tmp_path, table):
    from converter.config import ConfigError, load_file

    path = tmp_path / "rules2actions.toml"
    path.write_text(table)
    with pytest.raises(ConfigError):
        load_file(str(path))


def test_a_rule_with_a_four_parameter_helper_stays_a_rule():
    text = (
        "function rule(user, context, callback) {\n"
        "  callback(null, user, context);\n"
        "}\n"
        "function pad(a, b, c, d) {\n"
        "  return a + b + c + d;\n"
        "}\n"
    )
    result = _convert(text)
    assert result.hook_type is None
    assert "exports.onExecutePostLogin" in result.action


def test_secrets_destructured_from_the_webtask_context():
    text = (
        "module.exports = function (user, context, cb) {\n"
        "  const { secrets } = context.webtask;\n"
        "  const { secrets: { API_KEY } } = context.webtask;\n"
        "  console.log(secrets.URL, API_KEY);\n"
        "  cb();\n"
        "};\n"
    )
    result = _convert(text, "post-user-registration")
    assert result.status == "clean"
    assert result.secrets == ["API_KEY", "URL"]
    assert "const { secrets } = event;" in result.action


@pytest.mark.parametrize("hook_type", hooks.TRIGGER_IDS)
def test_any_file_under_any_hook_type_is_never_an_internal_error(hook_type):
    """`--hook-type` over a folder of mixed files: every outcome is a result, never a
    bug (R2A006/R2A007 are internal errors)."""
    import os

    rules = sorted((FIXTURES / "rules").rglob("*.js"))[::7]
    for path in rules + HOOKS:
        os.environ.pop("RULES2ACTIONS_DEBUG", None)
        try:
            result = convert_bytes(relative(path), path.read_bytes(), hook_type=hook_type)
        finally:
            os.environ["RULES2ACTIONS_DEBUG"] = "1"
        assert not [f for f in result.findings if f.code in ("R2A006", "R2A007")], path
