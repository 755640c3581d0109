"""`require('name@1.2.3')` → `require('name')` plus the dependency `name@1.2.3`.

Rules pinned module versions in the require string (the sandbox's `verquire` accepts an
exact version and an optional sub-path: `require('auth0@2.9.1/lib/x')`). Actions
declare dependencies beside the code, so the version moves into the Action's header and
reports; an unpinned package becomes a dependency with no version (the latest when
added). Node core modules need no dependency.
"""

from __future__ import annotations

import re
from typing import Any

from .. import catalog
from . import FixContext, Fixes

NAME = "modules"
ORDER = 20
CODES = ()

# verquire: an exact semver after the package name, then an optional sub-path.
_VERSIONED = re.compile(
    r"^(?P<name>@?[^@/]+(?:/[^@/]+)?)@(?P<version>\d+\.\d+\.\d+[^/]*)(?P<path>/.*)?$"
)
_PACKAGE = re.compile(r"^(?P<name>@[^/]+/[^/]+|[^/]+)(?P<path>/.*)?$")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    core = set(catalog.mappings()["node"]["core"])
    for ref in ctx.analysis.global_references("require"):
        call = ctx.analysis.parent(ref)
        if call is None or call.type != "CallExpression" or call.callee is not ref:
            continue
        if len(call.arguments) != 1:
            continue
        argument = call.arguments[0]
        if argument.type != "Literal" or not isinstance(argument.value, str):
            continue
        _require(ctx, fixes, argument, core)
    return fixes


def _require(ctx: FixContext, fixes: Fixes, literal: Any, core: set[str]) -> None:
    spec = literal.value
    if spec.startswith((".", "/", "node:")):
        return
    versioned = _VERSIONED.match(spec)
    if versioned:
        name, version, path = versioned["name"], versioned["version"], versioned["path"] or ""
        quote = ctx.text[literal.range[0]]
        fixes.replace_node(literal, f"{quote}{name}{path}{quote}")
    else:
        plain = _PACKAGE.match(spec)
        if plain is None:
            return
        name, version = plain["name"], ""
    if name not in core:
        fixes.dependency(name, version)
