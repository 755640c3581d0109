"""The project's data, in one place: finding codes and the Rules → Actions mapping tables.

Both live as TOML under ``converter/data/`` so that the fixers, ``rules2actions explain``
and the generated documentation (``docs/codes.md``) read the very same facts.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from dataclasses import dataclass
from typing import Any

SEVERITIES = ("info", "warning", "error")


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    severity: str
    summary: str
    explanation: str
    fix: str
    example_rule: str = ""
    example_action: str = ""


def _load(name: str) -> dict[str, Any]:
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", name)
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:  # not a plain directory (a zip import, say)
        from importlib import resources

        data = resources.files("converter").joinpath("data").joinpath(name).read_text("utf-8")
        return tomllib.loads(data)


@functools.cache
def codes() -> dict[str, Code]:
    table = _load("codes.toml")
    result = {}
    for code, entry in sorted(table.items()):
        result[code] = Code(code=code, **entry)
    return result


def code(code_id: str) -> Code:
    return codes()[code_id]


# `[R2Axxx]` followed by its `name` and `severity` lines, as codes.toml writes every code.
_HEADER = re.compile(
    r'^\[(R2A\d+)\]\r?\nname = "([^"\\]*)"\r?\nseverity = "([^"\\]*)"\r?$', re.MULTILINE
)


@functools.cache
def _severities() -> dict[str, str]:
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "codes.toml")
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError:
        return {}
    return {match.group(1): match.group(3) for match in _HEADER.finditer(text)}


def severity(code_id: str) -> str:
    """A code's severity without parsing all of codes.toml (the explanations are most of
    it): a look at the `[CODE]` headers, the full parse when a header is not as expected
    (a test checks both agree on every code)."""
    found = _severities().get(code_id)
    return found if found is not None else code(code_id).severity


def find_code(query: str) -> Code | None:
    """Look a code up by its id (any case) or its kebab-case name."""
    query = query.strip()
    table = codes()
    if query.upper() in table:
        return table[query.upper()]
    for entry in table.values():
        if entry.name == query.lower():
            return entry
    return None


@functools.cache
def mappings() -> dict[str, Any]:
    return _load("mappings.toml")


@functools.cache
def npm_versions() -> dict[str, list[str]]:
    """The versions npm offers for the packages whose versions the tables name."""
    return _load("npm.toml")["offered"]
