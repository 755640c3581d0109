"""`migrate --merge`: rules handing data to each other on `user` run in one Action."""

from __future__ import annotations

import json
import shutil
import subprocess

from click.testing import CliRunner

from conftest import FIXTURES
from converter.cli import main

TENANT = FIXTURES / "tenants" / "merge-folder"

# Runs an Action's handler with a recording `api`; prints what the login got.
RUN = r"""
const fs = require('fs');
const vm = require('vm');
const exported = {};
const module_ = { exports: exported };
vm.runInThisContext(
  '(function (exports, require, module) {' + fs.readFileSync(process.argv[1], 'utf8') + '\n})'
)(exported, require, module_);
const effects = { claims: {}, denied: null };
const api = {
  access: { deny: (reason) => { if (effects.denied === null) effects.denied = reason; } },
  idToken: { setCustomClaim: (k, v) => { effects.claims[k] = v; } },
};
const event = JSON.parse(process.argv[2]);
module_.exports.onExecutePostLogin(event, api).then(() => console.log(JSON.stringify(effects)));
"""


def migrate(tmp_path, *extra):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["migrate", str(TENANT), "-o", str(out), *extra])
    return result, out


def run_action(path, user):
    event = json.dumps({"user": user})
    done = subprocess.run(
        [shutil.which("node"), "-e", RUN, str(path), event], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_without_merge_the_hand_over_is_reported(tmp_path):
    result, out = migrate(tmp_path)
    assert result.exit_code == 0
    assert "R2A510 `user.groups` is read here" in result.stderr
    assert sorted(p.name for p in (out / "actions").glob("*.json")) == [
        "01-set-groups.json", "02-deny-guests.json", "03-groups-claim.json",
    ]  # fmt: skip


def test_merge_runs_the_rules_in_order_in_one_action(tmp_path):
    result, out = migrate(tmp_path, "--merge")
    assert result.exit_code == 0, result.stderr
    assert "R2A510" not in result.stderr and "R2A201" not in result.stderr
    (code,) = (out / "actions").glob("*/code.js")
    text = code.read_text()
    assert text.index("Rule 1: 01-set-groups") < text.index("Rule 2: 02-deny-guests")
    assert text.index("Rule 2: 02-deny-guests") < text.index("Rule 3: 03-groups-claim")
    assert "TODO(rules2actions" not in text
    triggers = json.loads((out / "triggers" / "triggers.json").read_text())
    assert triggers["post-login"] == [
        {"action_name": "01-set-groups", "display_name": "01-set-groups"}
    ]
    report = json.loads((out / "migration.json").read_text())
    merged = {r["name"]: r["merged_into"] for r in report["rules"]}
    assert merged == {
        "01-set-groups": None, "02-deny-guests": "01-set-groups", "03-groups-claim": "01-set-groups",
    }  # fmt: skip

    # The value the first rule puts on `user` reaches the claim set by the third.
    effects = run_action(code, {"app_metadata": {"groups": ["staff"]}})
    assert effects == {"claims": {"https://example.com/groups": ["staff"]}, "denied": None}
    # A deny in the second rule stops the third, as the Rules pipeline did.
    effects = run_action(code, {"app_metadata": {"groups": ["guests"]}})
    assert effects == {"claims": {}, "denied": "Guests may not log in"}
