"""The project's data, in one place: finding codes and the Rules → Actions mapping tables.

Both live as TOML under ``converter/data/`` so that the fixers, ``rules2actions explain``
and the generated documentation (``docs/codes.md``) read the very same facts.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
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
