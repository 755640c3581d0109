"""Shared fixtures: the fixture corpus, snapshot extensions, and a strict converter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings
from syrupy.extensions.json import JSONSnapshotExtension
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

# A bug in a fixer must fail the test with its traceback, not become an R2A007 finding.
os.environ["RULES2ACTIONS_DEBUG"] = "1"

# Property tests: a modest budget in `make test`; `HYPOTHESIS_PROFILE=fuzz` for long runs.
settings.register_profile("default", max_examples=150, deadline=None, print_blob=True)
settings.register_profile("fuzz", max_examples=5000, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def _corpus(folder: str) -> list[Path]:
    return sorted((FIXTURES / folder).rglob("*.js"))


RULES = _corpus("rules")
INVALID = _corpus("invalid")
ACTIONS = _corpus("actions")


def fixture_id(path: Path) -> str:
    """`fixtures/rules/callback/deny_forms.js` → `callback-deny_forms`."""
    relative = path.relative_to(FIXTURES).with_suffix("")
    return "-".join(relative.parts[1:])


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def convert_path(path: Path):
    from converter.pipeline import convert_bytes

    return convert_bytes(relative(path), path.read_bytes())


class JSSnapshot(SingleFileSnapshotExtension):
    """One reviewable `.js` file per snapshot, kept exactly: text diffs, but no newline
    translation, so CRLF and a BOM are part of what is compared."""

    file_extension = "js"
    _write_mode = WriteMode.TEXT

    def read_snapshot_data_from_location(self, *, snapshot_location, snapshot_name, session_id):
        try:
            with open(snapshot_location, encoding="utf-8", newline="") as handle:
                return handle.read()
        except FileNotFoundError:
            return None

    @classmethod
    def write_snapshot_collection(cls, *, snapshot_collection, name_order=None):
        data = next(iter(snapshot_collection)).data
        with open(snapshot_collection.location, "w", encoding="utf-8", newline="") as handle:
            handle.write(data)


class TextSnapshot(SingleFileSnapshotExtension):
    file_extension = "txt"
    _write_mode = WriteMode.TEXT


@pytest.fixture
def snapshot_js(snapshot):
    return snapshot.use_extension(JSSnapshot)


@pytest.fixture
def snapshot_json(snapshot):
    return snapshot.use_extension(JSONSnapshotExtension)


@pytest.fixture
def snapshot_text(snapshot):
    return snapshot.use_extension(TextSnapshot)
