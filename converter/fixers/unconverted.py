"""The safety net: every reference no fixer took care of gets a TODO line and a finding.

A reference left in the Action to `context`, `callback`, `auth0` or `UnauthorizedError`
would fail at run time, so each one is reported where it stands.
"""

from __future__ import annotations

from typing import Any

from .. import catalog
from . import FixContext, Fixes
from ._helpers import member_chain, path_text, usage

NAME = "unconverted"
ORDER = 1000
CODES = ("R2A300", "R2A303", "R2A112", "R2A410", "R2A117")

_GLOBAL_CODES = {"auth0": "R2A410", "UnauthorizedError": "R2A117"}


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    analysis = ctx.analysis
    effects = catalog.mappings()["effects"]
    for ref in analysis.role_references("context"):
        if ctx.is_handled(ref):
            continue
        chain = member_chain(ctx, ref)
        path = path_text(chain, "context")
        effect = _effect(path, effects)
        if path == "context":
            fixes.report("R2A300", ref, "`context` is used as a whole; Actions has no such object")
        elif effect is not None:
            fixes.report(
                "R2A300",
                ref,
                f"`{effect[0]}` was not converted; in Actions it is `{effect[1]}`",
            )
        elif any(usage(ctx, member) != "read" for _key, member in chain):
            fixes.report(
                "R2A303",
                ref,
                f"`{path}` is written; data on `context` does not reach other Actions",
            )
        else:
            fixes.report("R2A300", ref, f"`{path}` is not converted")
    for ref in analysis.role_references("callback"):
        if not ctx.is_handled(ref):
            fixes.report("R2A112", ref, "`callback` is used here and was not converted")
    for name, code in sorted(_GLOBAL_CODES.items()):
        for ref in analysis.global_references(name):
            if not ctx.is_handled(ref):
                fixes.report(code, ref, _message(ctx, name, ref))
    return fixes


def _effect(path: str, effects: dict[str, str]) -> tuple[str, str] | None:
    for name, call in effects.items():
        prefix = f"context.{name}"
        if path == prefix or path.startswith(prefix + ".") or path.startswith(prefix + "["):
            return prefix, call
    return None


def _message(ctx: FixContext, name: str, ref: Any) -> str:
    if name == "UnauthorizedError":
        return "`UnauthorizedError` does not exist in Actions"
    return f"`{path_text(member_chain(ctx, ref), name)}` is not converted"
