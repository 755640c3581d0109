"""Finding codes and fixers are documented, and the docs are generated from the same data."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT
from converter import catalog, explain
from converter.fixers import registry


def test_every_code_is_complete_and_stable():
    for code, entry in catalog.codes().items():
        assert re.fullmatch(r"R2A\d{3}", code)
        assert entry.severity in catalog.SEVERITIES
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry.name)
        assert entry.summary and entry.explanation.strip() and entry.fix.strip()
    names = [entry.name for entry in catalog.codes().values()]
    assert len(names) == len(set(names))


def test_the_quick_severity_look_up_agrees_with_the_full_parse():
    quick = catalog._severities()
    assert quick == {code: entry.severity for code, entry in catalog.codes().items()}
    assert catalog.severity("R2A001") == "error"


def test_every_code_is_used_and_every_used_code_exists():
    source = "\n".join(p.read_text() for p in (ROOT / "converter").rglob("*.py"))
    used = set(re.findall(r'"(R2A\d{3})"', source))
    assert used <= set(catalog.codes()), used - set(catalog.codes())
    assert set(catalog.codes()) <= used, set(catalog.codes()) - used


def test_fixers_are_documented_and_declare_their_codes():
    names = set()
    for fixer in registry():
        assert fixer.__doc__ and fixer.__doc__.strip(), fixer.__name__
        assert re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", fixer.NAME)
        names.add(fixer.NAME)
        text = Path(fixer.__file__).read_text()
        for code in set(re.findall(r'"(R2A\d{3})"', text)):
            assert code in fixer.CODES, f"{fixer.NAME} reports {code} without declaring it"
    assert len(names) == len(registry())


def test_generated_docs_are_up_to_date():
    assert (ROOT / "docs" / "codes.md").read_text() == explain.codes_markdown(), "run `make docs`"
    assert (
        ROOT / "docs" / "mappings.md"
    ).read_text() == explain.mappings_markdown(), "run `make docs`"


def test_explain_text_covers_every_code():
    for code in catalog.codes():
        text = explain.code_text(code)
        assert text.startswith(code) and "How to finish by hand:" in text


def test_every_version_the_tables_write_is_offered_by_npm():
    """Issue 10: a declared dependency installs. `data/npm.toml` records what
    `npm view NAME versions --json` answered, so this test needs no network."""
    tables = catalog.mappings()
    offered = catalog.npm_versions()
    written = [(name, version) for name, version in tables["unpinned"].items()]
    written += [(name, entry["current"]) for name, entry in tables["outdated"].items()]
    for name, version in written:
        assert name in offered, f"{name}: record its versions in converter/data/npm.toml"
        assert version in offered[name], f"npm does not offer {name}@{version}"


def test_an_outdated_pin_is_declared_at_the_version_that_installs():
    from converter.pipeline import convert_bytes

    rule = (
        b"function (user, context, callback) {\n"
        b"  const request = require('request@2.81.0');\n"
        b"  const _ = require('lodash@4.17.99');\n"
        b"  const moment = require('moment@2.29.4');\n"
        b"  context.idToken['https://example.com/seen'] = moment().toISOString();\n"
        b"  context.idToken['https://example.com/groups'] = _.uniq(user.groups || []);\n"
        b"  request.get('https://example.com', function () {\n"
        b"    callback(null, user, context);\n"
        b"  });\n"
        b"}\n"
    )
    result = convert_bytes("rule.js", rule)
    assert result.dependencies == {"request": "2.88.2", "lodash": "4.18.1", "moment": "2.29.4"}
    assert "request@2.88.2" in result.action and "2.81.0" not in result.action
    outdated = [f.message for f in result.findings if f.code == "R2A431"]
    assert len(outdated) == 2 and "lodash@4.17.99 is not a version npm offers" in outdated[1]
