"""Every fixture rule → its Action and findings, compared with reviewed snapshots."""

from __future__ import annotations

import pytest

from conftest import ACTIONS, INVALID, RULES, convert_path, fixture_id


@pytest.mark.parametrize("path", RULES, ids=fixture_id)
def test_action(path, snapshot_js):
    result = convert_path(path)
    assert result.action is not None, result.findings
    assert result.action == snapshot_js


@pytest.mark.parametrize("path", RULES, ids=fixture_id)
def test_findings(path, snapshot_json):
    result = convert_path(path)
    report = result.to_dict()
    assert report == snapshot_json


@pytest.mark.parametrize("path", INVALID, ids=fixture_id)
def test_invalid_input_is_a_located_error(path, snapshot_text):
    from converter import report

    result = convert_path(path)
    assert result.status == "failed"
    assert result.action is None
    assert [f.severity for f in result.findings] == ["error"]
    assert report.text_report([result]) == snapshot_text


@pytest.mark.parametrize("path", ACTIONS, ids=fixture_id)
def test_actions_are_skipped(path):
    result = convert_path(path)
    assert result.status == "skipped"
    assert result.action is None
    assert [f.code for f in result.findings] == ["R2A005"]
